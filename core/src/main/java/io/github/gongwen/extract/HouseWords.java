package io.github.gongwen.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A house-word list: the words an office does not want in its reports, one
 * {@code word<TAB>suggestion<TAB>message<TAB>severity} per line (LanguageTool's
 * {@code replace.txt} is the model). Only the word is required; an empty suggestion means none,
 * an empty message gives a default one, an empty severity is {@code warning} (the severity's case does not matter). Lines starting
 * with {@code #} are comments, blank lines are skipped; UTF-8, a byte-order mark is allowed.
 *
 * <p>The rows become the data list {@link #LIST}, read by {@link HouseWordScanner}. Problems are
 * reported by file and line, never with the line's content (the file may be anything the
 * configuration points at).
 */
public final class HouseWords {
    /** The data list the rows go into (empty by default). */
    public static final String LIST = "house-words.tsv";

    /** The severities a row may ask for. */
    public static final List<String> SEVERITIES = List.of("error", "warning", "info");

    /** The severity of a row that names none. */
    public static final String DEFAULT_SEVERITY = "warning";

    /** A file larger than this is refused before it is read. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final int COLUMNS = 4;

    /** One row: word, suggestion (or empty), message (or empty), severity. */
    public record Row(String word, String suggestion, String message, String severity) {
        /** The message to report: the row's own, or a default one naming the word and the suggestion. */
        public String messageOrDefault() {
            if (!message.isEmpty()) {
                return message;
            }
            return "本单位公文不用“" + word + "”" + (suggestion.isEmpty() ? "" : "，宜用“" + suggestion + "”");
        }
    }

    /** A house-word file that cannot be used; the message names the file and the line. */
    public static final class HouseWordsException extends IOException {
        private static final long serialVersionUID = 1L;

        public HouseWordsException(String message) {
            super(message);
        }
    }

    private HouseWords() {
    }

    /**
     * Reads and checks a house-word file and returns its rows as entries of {@link #LIST}
     * (tab-separated, comments and blank lines removed).
     *
     * @throws HouseWordsException when the file is missing, not a regular file, too large, not
     *     UTF-8, or has a bad row (the message says which line and why, without quoting it)
     */
    public static List<String> read(Path file) throws HouseWordsException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new HouseWordsException(name + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new HouseWordsException(name + ": too large (" + size / 1024 + " KB; the limit is "
                        + MAX_BYTES / 1024 + " KB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (HouseWordsException e) {
            throw e;
        } catch (IOException e) {
            throw new HouseWordsException(name + ": cannot be read");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new HouseWordsException(name + ": not UTF-8 text");
        }
        return parse(name, text);
    }

    /**
     * Checks the text of a house-word file and returns its rows as entries of {@link #LIST}.
     *
     * @param name the file name problems are reported under
     */
    public static List<String> parse(String name, String text) throws HouseWordsException {
        List<String> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String problem = problem(line);
            Row row = problem == null ? row(line) : null;
            Integer earlier = row == null ? null : seen.putIfAbsent(row.word(), i + 1);
            if (problem == null && earlier != null) {
                problem = "the same word as line " + earlier;
            }
            if (problem != null) {
                problems.add(name + ":" + (i + 1) + ": " + problem);
            } else {
                out.add(String.join("\t", row.word(), row.suggestion(), row.message(), row.severity()));
            }
        }
        if (!problems.isEmpty()) {
            throw new HouseWordsException(String.join("\n", problems.subList(0, Math.min(20, problems.size())))
                    + (problems.size() > 20 ? "\n(" + (problems.size() - 20) + " more)" : ""));
        }
        return out;
    }

    /**
     * The rows of the data list {@link #LIST} (entries given inline in a configuration are checked
     * here too).
     *
     * @throws IllegalArgumentException for a bad entry, named by its number, not its content
     */
    static List<Row> rows(Lexicon lexicon) {
        List<Row> out = new ArrayList<>();
        List<String> lines = lexicon.lines(LIST);
        for (int i = 0; i < lines.size(); i++) {
            String problem = problem(lines.get(i));
            if (problem != null) {
                throw new IllegalArgumentException(LIST + ": entry " + (i + 1) + ": " + problem);
            }
            out.add(row(lines.get(i)));
        }
        return out;
    }

    /** What is wrong with a row, or {@code null}; never quotes the row. */
    private static String problem(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length > COLUMNS) {
            return "more than " + COLUMNS + " columns (word, suggestion, message, severity, separated by tabs)";
        }
        if (cells[0].isBlank()) {
            return "the word (first column) is empty";
        }
        if (cells[0].strip().codePoints().anyMatch(Character::isISOControl)) {
            return "the word holds a control character";
        }
        if (cells.length == COLUMNS && !cells[3].isBlank() && !SEVERITIES.contains(severity(cells[3]))) {
            return "the severity (fourth column) must be error, warning or info";
        }
        return null;
    }

    private static Row row(String line) {
        String[] cells = line.split("\t", -1);
        String[] c = new String[COLUMNS];
        for (int k = 0; k < COLUMNS; k++) {
            c[k] = k < cells.length ? cells[k].strip() : "";
        }
        return new Row(c[0], c[1], c[2], c[3].isEmpty() ? DEFAULT_SEVERITY : severity(c[3]));
    }

    private static String severity(String cell) {
        return cell.strip().toLowerCase(Locale.ROOT);
    }
}
