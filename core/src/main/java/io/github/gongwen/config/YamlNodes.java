package io.github.gongwen.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML document as nodes (which keep their line and column) and checks the shape of the
 * values, collecting every problem with its position instead of stopping at the first.
 */
final class YamlNodes {
    /** A key of a mapping with its value. */
    record Entry(String key, Node keyNode, Node value) {
    }

    private final String file;
    private final List<ConfigException.Problem> problems = new ArrayList<>();

    YamlNodes(String file) {
        this.file = file;
    }

    /** The problems found so far, by position. */
    List<ConfigException.Problem> problems() {
        List<ConfigException.Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ConfigException.Problem::line)
                .thenComparingInt(ConfigException.Problem::column));
        return sorted;
    }

    /** The root node, or {@code null} for an empty document or a syntax error (recorded). */
    Node parse(String text) {
        try {
            return new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(new ConfigException.Problem(file, m == null ? 0 : m.getLine() + 1,
                    m == null ? 0 : m.getColumn() + 1, "YAML syntax: " + what.strip()));
        } catch (YAMLException e) {
            problems.add(new ConfigException.Problem(file, 0, 0, "YAML: " + e.getMessage()));
        }
        return null;
    }

    void problem(Node at, String message) {
        problems.add(new ConfigException.Problem(file, at.getStartMark().getLine() + 1,
                at.getStartMark().getColumn() + 1, message));
    }

    /** The entries of a mapping, or {@code null} (recorded) when the node is not one. */
    List<Entry> mapping(Node n, String what) {
        if (!(n instanceof MappingNode m)) {
            problem(n, what + " must be a mapping (key: value lines), not " + describe(n));
            return null;
        }
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problem(t.getKeyNode(), "a key of " + what + " must be a plain name");
                continue;
            }
            if (!seen.add(k.getValue())) {
                problem(k, "duplicate key '" + k.getValue() + "' in " + what);
                continue;
            }
            out.add(new Entry(k.getValue(), k, t.getValueNode()));
        }
        return out;
    }

    /** The entries of a mapping whose keys must be among {@code keys}; unknown keys are recorded. */
    List<Entry> mapping(Node n, String what, List<String> keys) {
        List<Entry> entries = mapping(n, what);
        if (entries == null) {
            return null;
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (keys.contains(e.key())) {
                out.add(e);
            } else {
                problem(e.keyNode(), "unknown key '" + e.key() + "' in " + what + suggestion(e.key(), keys)
                        + " (known keys: " + String.join(", ", keys) + ")");
            }
        }
        return out;
    }

    /** A non-empty scalar, or {@code null} (recorded). */
    String string(Node n, String what) {
        if (!(n instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
            problem(n, what + " must be a single value, not " + describe(n));
            return null;
        }
        if (s.getValue().isBlank()) {
            problem(n, what + " is empty");
            return null;
        }
        return s.getValue().strip();
    }

    /** A list of non-empty scalars (a single scalar is a list of one), or {@code null} (recorded). */
    List<String> strings(Node n, String what) {
        List<Node> items = items(n, what);
        return items == null ? null : items.stream().map(i -> ((ScalarNode) i).getValue().strip()).toList();
    }

    /** The string items of a list with their nodes (for positions); {@code null} (recorded) on a wrong type. */
    List<Node> items(Node n, String what) {
        if (n instanceof ScalarNode && !n.getTag().equals(Tag.NULL)) {
            return string(n, what) == null ? null : List.of(n);
        }
        if (!(n instanceof SequenceNode seq)) {
            problem(n, what + " must be a list ([a, b] or lines starting with '- '), not " + describe(n));
            return null;
        }
        List<Node> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (string(item, "an entry of " + what) != null) {
                out.add(item);
            }
        }
        return out;
    }

    /** An integer in {@code [min, max]}, or {@code null} (recorded). */
    Integer integer(Node n, String what, int min, int max) {
        String s = n instanceof ScalarNode ? ((ScalarNode) n).getValue().strip() : null;
        if (s == null || !s.matches("[0-9]{1,9}")) {
            problem(n, what + " must be a whole number, not " + (s == null ? describe(n) : "'" + s + "'"));
            return null;
        }
        int v = Integer.parseInt(s);
        if (v < min || v > max) {
            problem(n, what + " must be between " + min + " and " + max + ", not " + v);
            return null;
        }
        return v;
    }

    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (n.getTag().equals(Tag.NULL)) {
            return "nothing";
        }
        return "'" + ((ScalarNode) n).getValue() + "'";
    }

    /** {@code "; did you mean 'x'?"} for the closest candidate, or an empty string. */
    static String suggestion(String given, Collection<String> candidates) {
        return Suggestion.didYouMean(given, candidates);
    }
}
