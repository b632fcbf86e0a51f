package io.github.gongwen.engine;

import io.github.gongwen.fact.Spanned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.Drools;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The DRL global {@code findings} through which rules report. In a consequence, pass
 * {@code drools} (the rule context) so the finding carries the rule's metadata:
 *
 * <pre>
 * then
 *     findings.report(drools, $p, $p.getText());                 // message arguments {0}, {1}…
 *     findings.suggest(drools, $m, $m.getStandardText(), $m.getText());  // with a replacement
 *     findings.reportDocument(drools, "存在的问题");               // about the whole document
 * </pre>
 *
 * One instance per document; not thread-safe.
 */
public final class Findings {
    /** A finding as a rule reported it, before positions are resolved to lines and columns. */
    public record Raw(RuleInfo rule, int start, int end, String message, String suggestion, boolean document) {
    }

    /**
     * Findings kept per rule and document; more are only counted ({@link #dropped}). Bounds the
     * memory a pathological text can take (12 MB of {@code 的的} gives millions of findings).
     */
    public static final int KEEP_PER_RULE = 5_000;

    private final Map<String, RuleInfo> rules;
    private final List<Raw> raw = new ArrayList<>();
    private final Map<RuleInfo, int[]> counts = new HashMap<>();
    private final Map<RuleInfo, Integer> dropped = new HashMap<>();

    Findings(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    /** Reports the span of {@code at}; {@code args} fill the message template. */
    public void report(RuleContext ctx, Spanned at, Object... args) {
        add(ctx, at.getStart(), at.getEnd(), null, false, args);
    }

    /** Reports the span of {@code at} with a replacement text for it. */
    public void suggest(RuleContext ctx, Spanned at, String replacement, Object... args) {
        add(ctx, at.getStart(), at.getEnd(), replacement, false, args);
    }

    /** Reports the characters {@code [start, end)}, with a replacement text or {@code null}. */
    public void reportRange(RuleContext ctx, int start, int end, String replacement, Object... args) {
        add(ctx, start, end, replacement, false, args);
    }

    /** Reports about the whole document (line 0), e.g. a missing section. */
    public void reportDocument(RuleContext ctx, Object... args) {
        add(ctx, 0, 0, null, true, args);
    }

    // The same four for rules compiled to Drools' executable model, where drools is a Drools.

    /** {@link #report(RuleContext, Spanned, Object...)} in a rule of the executable model. */
    public void report(Drools ctx, Spanned at, Object... args) {
        report(context(ctx), at, args);
    }

    /** {@link #suggest(RuleContext, Spanned, String, Object...)} in a rule of the executable model. */
    public void suggest(Drools ctx, Spanned at, String replacement, Object... args) {
        suggest(context(ctx), at, replacement, args);
    }

    /** {@link #reportRange(RuleContext, int, int, String, Object...)} in a rule of the executable model. */
    public void reportRange(Drools ctx, int start, int end, String replacement, Object... args) {
        reportRange(context(ctx), start, end, replacement, args);
    }

    /** {@link #reportDocument(RuleContext, Object...)} in a rule of the executable model. */
    public void reportDocument(Drools ctx, Object... args) {
        reportDocument(context(ctx), args);
    }

    private static RuleContext context(Drools drools) {
        return drools instanceof RuleContext c ? c : drools.getContext(RuleContext.class);
    }

    private void add(RuleContext ctx, int start, int end, String suggestion, boolean document, Object[] args) {
        Rule r = ctx.getRule();
        RuleInfo info = rules.get(RuleSet.key(r.getPackageName(), r.getName()));
        if (info == null) {
            throw new IllegalStateException("rule " + r.getName() + " has no metadata");
        }
        int[] n = counts.computeIfAbsent(info, k -> new int[1]);
        if (++n[0] > KEEP_PER_RULE) {
            dropped.merge(info, 1, Integer::sum);
            return;
        }
        raw.add(new Raw(info, start, end, info.format(args), suggestion, document));
    }

    List<Raw> raw() {
        return raw;
    }

    /** How many findings of each rule were reported beyond {@link #KEEP_PER_RULE} and not kept. */
    Map<RuleInfo, Integer> dropped() {
        return dropped;
    }
}
