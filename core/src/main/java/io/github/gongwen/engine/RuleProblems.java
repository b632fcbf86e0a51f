package io.github.gongwen.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools' compile errors into problems a rule author can act on: an error in a consequence
 * points at the line that causes it rather than at the {@code rule} line, a missing import or
 * global says what to write, multi-line expression errors keep their gist, and the parser's
 * follow-up noise is dropped.
 */
final class RuleProblems {
    /** The package of the fact classes rules match. */
    static final String FACT_PACKAGE = "io.github.gongwen.fact.";

    private static final Pattern UNRESOLVED_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.]+)'");
    private static final Pattern CANNOT_RESOLVE = Pattern.compile("(\\$?\\w+) cannot be resolved");
    private static final Pattern NO_METHOD = Pattern.compile("The method (\\w+)\\(");
    private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\]]+)\\]");
    private static final String CONSEQUENCE = "Rule Compilation error";

    private RuleProblems() {
    }

    /** The problems for Drools' raw {@code (file, line, message)} errors. */
    static List<RuleCompileException.Problem> explain(List<RuleCompileException.Problem> raw,
            Map<String, RuleSource> sources, ClassLoader loader) {
        List<RuleCompileException.Problem> out = new ArrayList<>();
        for (RuleCompileException.Problem p : raw) {
            if (p.message().startsWith("Parser returned a null Package")
                    && raw.stream().anyMatch(o -> o != p && o.file().equals(p.file()))) {
                continue;
            }
            String token = p.message().startsWith(CONSEQUENCE) ? token(p.message()) : null;
            if (token != null && token.startsWith("$") && raw.stream().anyMatch(o -> o.file().equals(p.file())
                    && UNRESOLVED_TYPE.matcher(o.message()).find())) {
                continue;
            }
            out.add(explain(p, sources.get(p.file()), loader));
        }
        return out;
    }

    private static RuleCompileException.Problem explain(RuleCompileException.Problem p, RuleSource source,
            ClassLoader loader) {
        String m = p.message();
        int line = p.line();
        if (m.startsWith(CONSEQUENCE)) {
            m = "in the consequence (then … end): " + m.substring(CONSEQUENCE.length()).strip().lines().findFirst()
                    .orElse("");
            String token = token(m);
            int at = token == null ? 0 : consequenceLine(source, line, token);
            line = at > 0 ? at : line;
            if (token != null && token.equals(RuleSet.GLOBAL)) {
                m += "; declare it: global io.github.gongwen.engine.Findings findings;";
            }
            return new RuleCompileException.Problem(p.file(), line, m);
        }
        Matcher type = UNRESOLVED_TYPE.matcher(m);
        if (type.find()) {
            String name = type.group(1);
            String hint = exists(loader, FACT_PACKAGE + name) ? "; import it: import " + FACT_PACKAGE + name + ";"
                    : "; facts are the classes of " + FACT_PACKAGE.substring(0, FACT_PACKAGE.length() - 1)
                    + " (Document, Paragraph, Heading, EnumItem, Placeholder, Residue, …) and must be imported";
            return new RuleCompileException.Problem(p.file(), line, "unknown fact type '" + name + "'" + hint);
        }
        Matcher mvel = MVEL_ERROR.matcher(m);
        if (mvel.find()) {
            return new RuleCompileException.Problem(p.file(), line, m.lines().findFirst().orElse("").strip() + " "
                    + mvel.group(1).strip());
        }
        if (m.contains("mismatched input '<EOF>'") || m.contains("mismatched input '<eof>'")) {
            m += " (does every rule close with 'end'?)";
        }
        return new RuleCompileException.Problem(p.file(), line, m);
    }

    private static String token(String message) {
        Matcher method = NO_METHOD.matcher(message);
        if (method.find()) {
            return method.group(1);
        }
        Matcher name = CANNOT_RESOLVE.matcher(message);
        return name.find() ? name.group(1) : null;
    }

    /** The line of the first use of {@code token} in the consequence of the rule declared on {@code ruleLine}. */
    private static int consequenceLine(RuleSource source, int ruleLine, String token) {
        if (source == null || ruleLine <= 0) {
            return 0;
        }
        String[] lines = source.drl().split("\n", -1);
        Pattern use = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?!\\w)");
        boolean inConsequence = false;
        for (int i = ruleLine - 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!inConsequence) {
                inConsequence = l.equals("then") || l.startsWith("then ");
                continue;
            }
            if (l.equals("end")) {
                return 0;
            }
            if (use.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean exists(ClassLoader loader, String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
