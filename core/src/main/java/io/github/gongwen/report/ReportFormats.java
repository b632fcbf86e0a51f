package io.github.gongwen.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report formats Gongwen can write, by name. */
public final class ReportFormats {
    private static final Map<String, ReportWriter> WRITERS = new LinkedHashMap<>();

    static {
        for (ReportWriter w : List.of(new TextReport(), new JsonReport(), new SarifReport(),
                new CheckstyleReport(), new HtmlReport())) {
            WRITERS.put(w.format(), w);
        }
    }

    private ReportFormats() {
    }

    /** The writer for a format name (case-insensitive). */
    public static Optional<ReportWriter> forName(String name) {
        return Optional.ofNullable(WRITERS.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The names of all formats. */
    public static List<String> names() {
        return List.copyOf(WRITERS.keySet());
    }
}
