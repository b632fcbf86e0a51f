package io.github.gongwen.engine;

import io.github.gongwen.Severity;
import java.util.Objects;

/**
 * The metadata a rule declares in DRL: {@code @id}, {@code @category}, {@code @severity},
 * {@code @message} (a Chinese template with {@code {0}}, {@code {1}} … for the arguments the rule
 * passes), and optionally {@code @title} (a short Chinese name), {@code @description} and
 * {@code @fix("safe")}: the rule's suggestions are always right, so {@code gongwen fix} may apply them
 * without asking and a Word review offers them as tracked changes (absent: a suggestion is only shown).
 */
public final class RuleInfo {
    private final String id;
    private final String category;
    private final Severity severity;
    private final String message;
    private final String title;
    private final String description;
    private final String source;
    private final int line;
    private final boolean safeFix;

    public RuleInfo(String id, String category, Severity severity, String message, String title,
            String description, String source, int line) {
        this(id, category, severity, message, title, description, source, line, false);
    }

    public RuleInfo(String id, String category, Severity severity, String message, String title,
            String description, String source, int line, boolean safeFix) {
        this.id = Objects.requireNonNull(id);
        this.category = Objects.requireNonNull(category);
        this.severity = Objects.requireNonNull(severity);
        this.message = Objects.requireNonNull(message);
        this.title = title == null ? id : title;
        this.description = description == null ? "" : description;
        this.source = source;
        this.line = line;
        this.safeFix = safeFix;
    }

    public String id() {
        return id;
    }

    public String category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    /** The message template. */
    public String message() {
        return message;
    }

    /** Short Chinese name of the rule (the id when none is declared). */
    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The DRL file that declares the rule. */
    public String source() {
        return source;
    }

    /** The line of the {@code rule} keyword in {@link #source()}. */
    public int line() {
        return line;
    }

    /**
     * Whether the rule's suggestions are always right ({@code @fix("safe")}), so that they may be
     * applied without an editor's look.
     */
    public boolean safeFix() {
        return safeFix;
    }

    /** The same rule with another severity (a configuration override). */
    public RuleInfo withSeverity(Severity s) {
        return new RuleInfo(id, category, s, message, title, description, source, line, safeFix);
    }

    /** Fills the template: {@code {0}} is the first argument, and so on. */
    public String format(Object... args) {
        if (args == null || args.length == 0 || message.indexOf('{') < 0) {
            return message;
        }
        StringBuilder b = new StringBuilder(message.length() + 32);
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            int close = c == '{' ? message.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3) {
                String n = message.substring(i + 1, close);
                if (n.chars().allMatch(Character::isDigit)) {
                    int k = Integer.parseInt(n);
                    if (k < args.length) {
                        b.append(args[k]);
                        i = close + 1;
                        continue;
                    }
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return id + " [" + category + ", " + severity.id() + "]";
    }
}
