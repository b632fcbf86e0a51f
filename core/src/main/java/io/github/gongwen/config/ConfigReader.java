package io.github.gongwen.config;

import io.github.gongwen.extract.HouseWords;
import io.github.gongwen.extract.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the YAML of a {@code gongwen.yaml} into settings: walks the node tree once, checks every
 * key and value, resolves paths against the configuration's directory and collects problems
 * (in {@link #nodes}) instead of stopping at the first. {@link GongwenConfig#parse} turns the
 * result into a configuration.
 */
final class ConfigReader {
    static final List<String> KEYS = List.of("report-year", "include", "exclude", "rules", "ignore",
            "rule-directories", "data", "house-words");
    static final List<String> LIST_KEYS = List.of("extend", "replace", "extend-file", "replace-file");
    static final List<String> SETTINGS = List.of("on", "off", "error", "warning", "info");

    /** A rule id or category named in the file, where it was named. */
    record Name(String name, int line, int column) {
    }

    /** {@code rules:} one rule id or category and its setting (on, off or a severity). */
    record RuleSetting(String name, String value) {
    }

    /** {@code ignore:} a file pattern and the rules silenced in the files it matches. */
    record Ignore(String glob, List<String> names) {
    }

    /** {@code data:} or {@code house-words:} entries that extend or replace a data list. */
    record ListEdit(String list, boolean replace, List<String> entries) {
    }

    final String file;
    final Path base;
    final ClassLoader loader;
    final YamlNodes nodes;
    Integer reportYear;
    final List<Glob> include = new ArrayList<>();
    final List<Glob> exclude = new ArrayList<>();
    final List<RuleSetting> rules = new ArrayList<>();
    final List<Ignore> ignores = new ArrayList<>();
    final List<Path> ruleDirectories = new ArrayList<>();
    final List<ListEdit> lists = new ArrayList<>();
    final List<Name> names = new ArrayList<>();

    ConfigReader(String file, Path base, ClassLoader loader) {
        this.file = file;
        this.base = base;
        this.loader = loader;
        this.nodes = new YamlNodes(file);
    }

    void read(String yaml) {
        Node root = nodes.parse(yaml);
        if (root == null) {
            return;
        }
        if (root instanceof ScalarNode s && s.getValue().isBlank()) {
            return;
        }
        List<YamlNodes.Entry> top = nodes.mapping(root, "the configuration", KEYS);
        if (top == null) {
            return;
        }
        for (YamlNodes.Entry e : top) {
            Node v = e.value();
            switch (e.key()) {
                case "report-year" -> reportYear = nodes.integer(v, "report-year", 1949, 2100);
                case "include" -> globs(v, "include", include);
                case "exclude" -> globs(v, "exclude", exclude);
                case "rules" -> rules(v);
                case "ignore" -> ignore(v);
                case "rule-directories" -> ruleDirectories(v);
                case "house-words" -> houseWords(v);
                default -> data(v);
            }
        }
    }

    private void globs(Node v, String what, List<Glob> out) {
        List<Node> items = nodes.items(v, what);
        if (items != null) {
            for (Node n : items) {
                glob(n).ifPresent(out::add);
            }
        }
    }

    private Optional<Glob> glob(Node n) {
        String s = ((ScalarNode) n).getValue();
        try {
            return Optional.of(Glob.of(s));
        } catch (IllegalArgumentException ex) {
            nodes.problem(n, "bad file pattern '" + s + "': " + ex.getMessage());
            return Optional.empty();
        }
    }

    private void rules(Node v) {
        List<YamlNodes.Entry> entries = nodes.mapping(v, "rules");
        if (entries == null) {
            return;
        }
        for (YamlNodes.Entry e : entries) {
            String value = nodes.string(e.value(), "the setting of " + e.key());
            if (value == null) {
                continue;
            }
            String setting = switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> "on";
                case "false", "no" -> "off";
                default -> value.toLowerCase(Locale.ROOT);
            };
            if (!SETTINGS.contains(setting)) {
                nodes.problem(e.value(), "the setting of " + e.key() + " must be one of "
                        + String.join(", ", SETTINGS) + ", not '" + value + "'"
                        + YamlNodes.suggestion(value, SETTINGS));
                continue;
            }
            name(e.keyNode());
            rules.add(new RuleSetting(e.key(), setting));
        }
    }

    private void ignore(Node v) {
        List<YamlNodes.Entry> entries = nodes.mapping(v, "ignore");
        if (entries == null) {
            return;
        }
        for (YamlNodes.Entry e : entries) {
            if (glob(e.keyNode()).isEmpty()) {
                continue;
            }
            List<Node> items = nodes.items(e.value(), "the rules ignored in " + e.key());
            if (items == null) {
                continue;
            }
            items.forEach(this::name);
            ignores.add(new Ignore(e.key(), items.stream().map(n -> ((ScalarNode) n).getValue().strip()).toList()));
        }
    }

    private void ruleDirectories(Node v) {
        List<Node> items = nodes.items(v, "rule-directories");
        if (items == null) {
            return;
        }
        for (Node n : items) {
            Path dir = base.resolve(((ScalarNode) n).getValue().strip()).normalize();
            if (!ConfigPaths.inside(base, dir)) {
                nodes.problem(n, "rule directory " + dir + " is outside the configuration's directory " + base
                        + " (rules are code: they are taken only from beside the configuration)");
            } else if (Files.isDirectory(dir)) {
                ruleDirectories.add(dir);
            } else {
                nodes.problem(n, "rule directory " + dir + " does not exist");
            }
        }
    }

    private void data(Node v) {
        List<YamlNodes.Entry> entries = nodes.mapping(v, "data");
        if (entries == null) {
            return;
        }
        for (YamlNodes.Entry e : entries) {
            String list = e.key();
            if (loader != null && loader.getResource(Lexicon.RESOURCE_DIR + list) == null) {
                nodes.problem(e.keyNode(), "there is no data list '" + list + "' (the lists are the files of "
                        + "rules/src/main/resources/" + Lexicon.RESOURCE_DIR + ", e.g. placeholders.txt)");
                continue;
            }
            List<YamlNodes.Entry> edits = nodes.mapping(e.value(), "data list " + list, LIST_KEYS);
            if (edits == null) {
                continue;
            }
            if (edits.stream().filter(x -> x.key().startsWith("replace")).count() > 1) {
                nodes.problem(e.value(), "data list " + list + ": use either replace or replace-file, not both");
                continue;
            }
            List<YamlNodes.Entry> ordered = new ArrayList<>(edits);
            ordered.sort((a, b) -> Boolean.compare(!a.key().startsWith("replace"), !b.key().startsWith("replace")));
            for (YamlNodes.Entry x : ordered) {
                List<String> entriesOf = x.key().endsWith("-file") ? dataFile(x.value(), list)
                        : nodes.strings(x.value(), x.key() + " of " + list);
                if (entriesOf != null) {
                    lists.add(new ListEdit(list, x.key().startsWith("replace"), entriesOf));
                }
            }
        }
    }

    private List<String> dataFile(Node v, String list) {
        String name = nodes.string(v, "the file of " + list);
        if (name == null) {
            return null;
        }
        Path f = base.resolve(name).normalize();
        if (!ConfigPaths.inside(base, f)) {
            nodes.problem(v, "data file " + f + " is outside the configuration's directory " + base);
            return null;
        }
        try {
            String wrong = ConfigPaths.notReadable(f, GongwenConfig.MAX_DATA_FILE_BYTES);
            if (wrong != null) {
                nodes.problem(v, "cannot read data file " + f + ": " + wrong);
                return null;
            }
            return Lexicon.parse(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException ex) {
            nodes.problem(v, "cannot read data file " + f + (Files.exists(f) ? " (not UTF-8?)" : ": no such file"));
            return null;
        }
    }

    /**
     * The house-word files (one or a list), each inside the configuration's directory; their
     * rows extend the data list {@link HouseWords#LIST}. A bad row is reported by the file and
     * line, not by its content.
     */
    private void houseWords(Node v) {
        List<Node> items = nodes.items(v, "house-words");
        if (items == null) {
            return;
        }
        for (Node n : items) {
            Path f = base.resolve(((ScalarNode) n).getValue().strip()).normalize();
            if (!ConfigPaths.inside(base, f)) {
                nodes.problem(n, "house-word file " + f + " is outside the configuration's directory " + base);
                continue;
            }
            try {
                lists.add(new ListEdit(HouseWords.LIST, false, HouseWords.read(f)));
            } catch (HouseWords.HouseWordsException ex) {
                ex.getMessage().lines().forEach(l -> nodes.problem(n, "house-words: " + l));
            }
        }
    }

    private void name(Node n) {
        names.add(new Name(((ScalarNode) n).getValue().strip(), n.getStartMark().getLine() + 1,
                n.getStartMark().getColumn() + 1));
    }
}
