package io.github.gongwen.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression directives written in a report, and which findings they silence. A directive
 * is an HTML comment (for Markdown, where it does not show when rendered) or a line of its own
 * starting with {@code %%} (for plain text):
 *
 * <pre>
 * &lt;!-- gongwen-disable placeholder, RESIDUE --&gt;     %% gongwen-disable placeholder, RESIDUE
 * …                                                  …
 * &lt;!-- gongwen-enable --&gt;                            %% gongwen-enable
 * &lt;!-- gongwen-disable-next-line NUM_GAP --&gt;         %% gongwen-disable-next-line NUM_GAP
 * &lt;!-- gongwen-disable-file placeholder --&gt;         %% gongwen-disable-file placeholder
 * </pre>
 *
 * Rules are named by id or category (separated by commas or blanks); no name means every rule.
 * Text after {@code --} is a reason and is ignored. {@code disable} covers its own line up to the
 * line of the {@code enable} that ends it (or the end of the file); {@code enable NAME} inside a
 * wider {@code disable} turns that rule back on; {@code disable-next-line} covers the next line
 * that is neither blank nor itself a directive; {@code disable-file} covers the whole file,
 * including findings about the whole document (line 0), which nothing else silences. A setting
 * for a rule's id beats one for its category.
 *
 * <p>Directives are blanked out (replaced by spaces) in {@link #masked()} so that the checker does
 * not take them for report text; line and column numbers are unchanged. Immutable.
 */
public final class Suppressions {
    private static final String KINDS = "(disable-next-line|disable-file|disable|enable)";
    private static final Pattern COMMENT = Pattern.compile("<!--\\s*gongwen-" + KINDS + "(?![\\w-])(.*?)-->");
    private static final Pattern PERCENT = Pattern.compile("^[ \\t\\u3000]*%%[ \\t]*gongwen-" + KINDS
            + "(?![\\w-])(.*)$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[,，、\\s]+");
    private static final Pattern NAME = Pattern.compile("[^,，、\\s]+");

    private final String masked;
    private final State[] before;
    private final State[] after;
    private final Map<Integer, Set<String>> nextLine;
    private final Set<String> file;
    private final List<Name> names;

    /** A rule id or category named in a directive, with its place in the text. */
    public record Name(String name, int start, int end, int line) {
    }

    private Suppressions(String masked, State[] before, State[] after, Map<Integer, Set<String>> nextLine,
            Set<String> file, List<Name> names) {
        this.names = List.copyOf(names);
        this.masked = masked;
        this.before = before;
        this.after = after;
        this.nextLine = nextLine;
        this.file = file;
    }

    /** Reads the directives of a text whose lines are separated by {@code \n}. */
    public static Suppressions parse(String text) {
        if (!text.contains("gongwen-")) { // every directive names gongwen-…: most reports have none
            return new Suppressions(text, null, null, Map.of(), Set.of(), List.of());
        }
        List<Name> named = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        char[] chars = null;
        State[] before = new State[lines.length + 1];
        State[] after = new State[lines.length + 1];
        Map<Integer, Set<String>> nextLine = new HashMap<>();
        Set<String> file = new HashSet<>();
        List<Set<String>> pendingNext = new ArrayList<>();
        State state = State.NONE;
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String l = lines[i];
            before[line] = state;
            boolean onlyDirectives = false;
            List<int[]> spans = new ArrayList<>();
            List<String[]> found = new ArrayList<>();
            Matcher p = PERCENT.matcher(l);
            if (p.matches()) {
                spans.add(new int[] {0, l.length()});
                found.add(new String[] {p.group(1), p.group(2)});
                collect(p.group(2), offset + p.start(2), line, named);
                onlyDirectives = true;
            } else {
                Matcher c = COMMENT.matcher(l);
                int rest = 0;
                StringBuilder outside = new StringBuilder();
                while (c.find()) {
                    spans.add(new int[] {c.start(), c.end()});
                    found.add(new String[] {c.group(1), c.group(2)});
                    collect(c.group(2), offset + c.start(2), line, named);
                    outside.append(l, rest, c.start());
                    rest = c.end();
                }
                outside.append(l, rest, l.length());
                onlyDirectives = !found.isEmpty() && outside.toString().isBlank();
            }
            if (!onlyDirectives && !l.isBlank() && !pendingNext.isEmpty()) {
                Set<String> all = new HashSet<>();
                pendingNext.forEach(all::addAll);
                nextLine.put(line, Set.copyOf(all));
                pendingNext.clear();
            }
            for (String[] d : found) {
                Set<String> names = names(d[1]);
                switch (d[0]) {
                    case "disable" -> state = state.disable(names);
                    case "enable" -> state = state.enable(names);
                    case "disable-next-line" -> pendingNext.add(names.isEmpty() ? Set.of(State.ALL) : names);
                    default -> file.addAll(names.isEmpty() ? Set.of(State.ALL) : names);
                }
            }
            after[line] = state;
            if (!found.isEmpty()) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                for (int[] s : spans) {
                    Arrays.fill(chars, offset + s[0], offset + s[1], ' ');
                }
            }
            offset += l.length() + 1;
        }
        if (chars == null) {
            return new Suppressions(text, null, null, Map.of(), Set.of(), List.of());
        }
        return new Suppressions(new String(chars), before, after, nextLine, Set.copyOf(file), named);
    }

    /** The names of a directive's body (before its {@code --} reason), with their offsets in the text. */
    private static void collect(String body, int bodyStart, int line, List<Name> out) {
        int reason = body.indexOf("--");
        Matcher m = NAME.matcher(reason >= 0 ? body.substring(0, reason) : body);
        while (m.find()) {
            out.add(new Name(m.group(), bodyStart + m.start(), bodyStart + m.end(), line));
        }
    }

    /** Every rule id or category the directives name, in the order of the text. */
    public List<Name> names() {
        return names;
    }

    /** Whether the text has any directive. */
    public boolean any() {
        return before != null;
    }

    /** The text with every directive replaced by spaces (the text itself when there is none). */
    public String masked() {
        return masked;
    }

    /**
     * Whether a finding of this rule on this line (0: about the whole document) is silenced.
     */
    public boolean suppresses(String ruleId, String category, int line) {
        if (before == null) {
            return false;
        }
        if (file.contains(State.ALL) || file.contains(ruleId) || file.contains(category)) {
            return true;
        }
        if (line <= 0 || line >= before.length) {
            return false;
        }
        Set<String> next = nextLine.get(line);
        if (next != null && (next.contains(State.ALL) || next.contains(ruleId) || next.contains(category))) {
            return true;
        }
        return before[line].suppresses(ruleId, category) || after[line].suppresses(ruleId, category);
    }

    private static Set<String> names(String body) {
        String s = body;
        int reason = s.indexOf("--");
        if (reason >= 0) {
            s = s.substring(0, reason);
        }
        Set<String> out = new HashSet<>();
        for (String n : NAME_SEPARATORS.split(s.strip())) {
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The disable/enable state at a point of the text. */
    private record State(boolean all, Set<String> off, Set<String> on) {
        static final String ALL = "*";
        static final State NONE = new State(false, Set.of(), Set.of());

        State disable(Set<String> names) {
            if (names.isEmpty()) {
                return new State(true, Set.of(), Set.of());
            }
            Set<String> o = new HashSet<>(off);
            Set<String> n = new HashSet<>(on);
            o.addAll(names);
            n.removeAll(names);
            return new State(all, Set.copyOf(o), Set.copyOf(n));
        }

        State enable(Set<String> names) {
            if (names.isEmpty()) {
                return NONE;
            }
            Set<String> o = new HashSet<>(off);
            Set<String> n = new HashSet<>(on);
            o.removeAll(names);
            n.addAll(names);
            return new State(all, Set.copyOf(o), Set.copyOf(n));
        }

        boolean suppresses(String id, String category) {
            if (on.contains(id)) {
                return false;
            }
            if (off.contains(id)) {
                return true;
            }
            if (on.contains(category)) {
                return false;
            }
            return off.contains(category) || all;
        }
    }
}
