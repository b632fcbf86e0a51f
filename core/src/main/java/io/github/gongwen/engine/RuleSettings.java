package io.github.gongwen.engine;

import io.github.gongwen.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the user says about rules, by rule id or by category: turn off, turn on, or use another
 * severity. A setting for a rule's id beats one for its category, so a category can be turned off
 * with one of its rules kept ({@code NUM_STYLE: off}, {@code marker-form: on}). Later settings for
 * the same name replace earlier ones. Mutable while a checker is being built; then only read.
 */
public final class RuleSettings {
    /** One setting: {@code on} false turns the rule off; a non-null severity replaces the declared one. */
    private record Setting(boolean on, Severity severity) {
    }

    private final Map<String, Setting> byName = new HashMap<>();

    /** Turns off the rules with this id or category. */
    public void off(String idOrCategory) {
        byName.put(Objects.requireNonNull(idOrCategory), new Setting(false, null));
    }

    /** Turns on the rules with this id or category, with their declared severity. */
    public void on(String idOrCategory) {
        byName.put(Objects.requireNonNull(idOrCategory), new Setting(true, null));
    }

    /** Turns on the rules with this id or category and gives their findings this severity. */
    public void severity(String idOrCategory, Severity severity) {
        byName.put(Objects.requireNonNull(idOrCategory), new Setting(true, Objects.requireNonNull(severity)));
    }

    /** A copy, unaffected by later changes to this one. */
    public RuleSettings copy() {
        RuleSettings c = new RuleSettings();
        c.byName.putAll(byName);
        return c;
    }

    /** The rule as the settings make it: {@code null} when it is off, else with its effective severity. */
    public RuleInfo apply(RuleInfo rule) {
        Setting s = byName.get(rule.id());
        if (s == null) {
            s = byName.get(rule.category());
        }
        if (s == null) {
            return rule;
        }
        if (!s.on()) {
            return null;
        }
        return s.severity() == null || s.severity() == rule.severity() ? rule : rule.withSeverity(s.severity());
    }
}
