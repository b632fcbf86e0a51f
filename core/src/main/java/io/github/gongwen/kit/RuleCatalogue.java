package io.github.gongwen.kit;

import io.github.gongwen.Checker;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the rule catalogue ({@code docs/rules.md}) from the rules' metadata and examples: a table
 * of every rule, then per category each rule's severity, source, description, message and its
 * first flagged and first passing example. The output depends only on the rules, so a test can
 * compare it with the committed file.
 */
public final class RuleCatalogue {
    /** The command that regenerates {@code docs/rules.md} in this repository. */
    public static final String REGENERATE = "mvn -B -o -q test -pl core,rules -Dtest=RuleCatalogueTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dgongwen.updateDocs=true";

    private RuleCatalogue() {
    }

    /** The catalogue of the checker's rules as declared (before any configuration), in Markdown. */
    public static String markdown(Checker checker) {
        Map<String, Example> flag = new HashMap<>();
        Map<String, Example> pass = new HashMap<>();
        for (RuleSource s : checker.ruleSources()) {
            if (s.examples() == null) {
                continue;
            }
            for (Example ex : ExampleFile.parse(RuleSource.examplesName(s.name()), s.examples())) {
                (ex.flag() ? flag : pass).putIfAbsent(ex.ruleId(), ex);
            }
        }
        List<RuleInfo> rules = checker.declaredRules();
        Map<String, List<RuleInfo>> byCategory = new TreeMap<>();
        rules.forEach(r -> byCategory.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r));

        StringBuilder b = new StringBuilder();
        b.append("# Gongwen rules\n\n");
        b.append("<!-- Generated from the rules' metadata and examples by io.github.gongwen.kit.RuleCatalogue: do not"
                + " edit.\n     Regenerate: ").append(REGENERATE).append(" -->\n\n");
        b.append(rules.size()).append(" rules in ").append(byCategory.size()).append(" categories. Severity: ")
                .append("`error` must be fixed before the report goes out, `warning` needs an editor's look, ")
                .append("`info` is worth knowing. A configuration file can turn rules off or change their ")
                .append("severity (see the README). A rule with a *safe fix* (`@fix(\"safe\")`) always suggests ")
                .append("the right correction: `gongwen fix` applies it, and a Word review offers it as a tracked ")
                .append("change.\n\n");
        b.append("| id | category | severity | title |\n|----|----------|----------|-------|\n");
        for (List<RuleInfo> group : byCategory.values()) {
            for (RuleInfo r : group) {
                b.append("| [`").append(r.id()).append("`](#").append(r.id()).append(") | ").append(r.category())
                        .append(" | ").append(r.severity().id()).append(" | ").append(cell(r.title())).append(" |\n");
            }
        }
        b.append('\n');
        for (Map.Entry<String, List<RuleInfo>> e : byCategory.entrySet()) {
            b.append("## ").append(e.getKey()).append('\n');
            for (RuleInfo r : e.getValue()) {
                rule(b, r, flag.get(r.id()), pass.get(r.id()));
            }
        }
        return b.toString().stripTrailing() + "\n";
    }

    private static void rule(StringBuilder b, RuleInfo r, Example flag, Example pass) {
        b.append("\n### ").append(r.id()).append("\n\n");
        b.append("**").append(r.title()).append("** · ").append(r.severity().id())
                .append(r.safeFix() ? " · safe fix" : "").append(" · `").append(r.source()).append("`\n\n");
        if (!r.description().isEmpty()) {
            b.append(r.description()).append("\n\n");
        }
        b.append("Message: ").append(r.message()).append("\n\n");
        if (flag != null) {
            b.append("Flagged").append(flag.document() ? " (a finding about the whole document)"
                    : flag.statesCorrections() ? " (at «…», with the correction after →)" : " (at «…»)")
                    .append(options(flag)).append(":\n\n");
            fence(b, marked(flag));
        }
        if (pass != null) {
            b.append("Not flagged").append(options(pass)).append(":\n\n");
            fence(b, pass.text());
        }
    }

    private static String options(Example ex) {
        List<String> o = new ArrayList<>();
        if (!ex.name().equals("example.txt")) {
            o.add("file " + ex.name());
        }
        if (ex.year() != null) {
            o.add("report year " + ex.year());
        }
        return o.isEmpty() ? "" : " (" + String.join(", ", o) + ")";
    }

    /** The example's text with its expected spans marked again. */
    static String marked(Example ex) {
        StringBuilder t = new StringBuilder(ex.text());
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < ex.spans().size(); k++) {
            order.add(k);
        }
        order.sort((x, y) -> Integer.compare(ex.spans().get(y)[0], ex.spans().get(x)[0]));
        for (int k : order) {
            int[] s = ex.spans().get(k);
            String c = ex.corrections().get(k);
            t.insert(s[1], (c == null ? "" : ExampleFile.ARROW + c) + ExampleFile.CLOSE);
            t.insert(s[0], ExampleFile.OPEN);
        }
        return t.toString();
    }

    private static void fence(StringBuilder b, String text) {
        String fence = "```";
        while (text.contains(fence)) {
            fence += "`";
        }
        b.append(fence).append("text\n").append(text).append('\n').append(fence).append("\n\n");
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
