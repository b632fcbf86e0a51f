package io.github.gongwen.engine;

import io.github.gongwen.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;

/**
 * Reads and checks the metadata every rule must declare: {@code @id} (kebab-case),
 * {@code @category} (UPPER_SNAKE), {@code @severity} (error, warning or info) and
 * {@code @message}; {@code @title}, {@code @description} and {@code @fix} may be added.
 */
final class RuleMetadata {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

    private RuleMetadata() {
    }

    /**
     * The metadata of a compiled rule, or {@code null} with the problems added to {@code problems}.
     *
     * @param fromDrl whether the rule was compiled from DRL (its string escapes are still in its metadata)
     */
    static RuleInfo read(Rule rule, boolean fromDrl, String source, int line,
            List<RuleCompileException.Problem> problems) {
        Map<String, Object> meta = fromDrl ? unescaped(rule.getMetaData()) : rule.getMetaData();
        List<String> missing = new ArrayList<>();
        for (String k : List.of("id", "category", "severity", "message")) {
            Object v = meta.get(k);
            if (v == null || v.toString().isBlank()) {
                missing.add("@" + k);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new RuleCompileException.Problem(source, line, "rule \"" + rule.getName()
                    + "\" lacks required metadata " + String.join(", ", missing)));
            return null;
        }
        String id = str(meta, "id");
        String category = str(meta, "category");
        if (!ID.matcher(id).matches()) {
            problems.add(new RuleCompileException.Problem(source, line, "rule \"" + rule.getName() + "\": @id '" + id
                    + "' must be kebab-case (lower-case words joined by '-', e.g. house-banned-words)"));
            return null;
        }
        if (!CATEGORY.matcher(category).matches()) {
            problems.add(new RuleCompileException.Problem(source, line, "rule \"" + rule.getName() + "\": @category '"
                    + category + "' must be UPPER_SNAKE (e.g. HOUSE_STYLE)"));
            return null;
        }
        Severity severity;
        try {
            severity = Severity.parse(meta.get("severity").toString());
        } catch (IllegalArgumentException e) {
            problems.add(new RuleCompileException.Problem(source, line, "rule \"" + rule.getName() + "\": "
                    + e.getMessage()));
            return null;
        }
        String fix = str(meta, "fix");
        if (fix != null && !fix.equals(RuleSet.SAFE_FIX)) {
            problems.add(new RuleCompileException.Problem(source, line, "rule \"" + rule.getName() + "\": @fix '"
                    + fix + "' must be \"" + RuleSet.SAFE_FIX + "\" (leave it out when a suggestion needs an editor's look)"));
            return null;
        }
        return new RuleInfo(id, category, severity, str(meta, "message"),
                str(meta, "title"), description(meta), source, line, fix != null);
    }

    /** Drools files {@code @description} under the name of its own annotation class. */
    private static String description(Map<String, Object> meta) {
        String d = str(meta, "description");
        return d != null ? d : str(meta, org.kie.api.definition.type.Description.class.getName());
    }

    /**
     * Metadata of a rule compiled from DRL with the escapes of its string literals resolved
     * ({@code \\"} is {@code "}), as the executable model has them.
     */
    private static Map<String, Object> unescaped(Map<String, Object> meta) {
        Map<String, Object> out = new HashMap<>(meta);
        out.replaceAll((k, v) -> v instanceof String t && t.indexOf('\\') >= 0 ? unescape(t) : v);
        return out;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "\"'\\".indexOf(s.charAt(i + 1)) >= 0) {
                c = s.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String str(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null ? null : v.toString().strip();
    }
}
