package io.github.gongwen;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    /** A defect that must be fixed before the report goes out (a placeholder, a duplicate number). */
    ERROR("错误"),
    /** Probably wrong; an editor should look (a non-standard marker form). */
    WARNING("警告"),
    /** Worth knowing (the report year could not be inferred). */
    INFO("提示");

    private final String chineseName;

    Severity(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The lower-case name used in reports and options: {@code error}, {@code warning}, {@code info}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses {@code error|warning|info} (case-insensitive); throws on anything else. */
    public static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.id().equalsIgnoreCase(s.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + s + "' (expected error, warning or info)");
    }

    /**
     * Parses a failure threshold, as the command line's {@code --fail-on} and the Maven plugin's
     * {@code failOnSeverity} take it: the lowest severity that fails a run, {@code error},
     * {@code warning} or {@code info} (case-insensitive), or {@code none}, which gives {@code null}.
     *
     * @throws IllegalArgumentException on anything else
     */
    public static Severity threshold(String level) {
        if (level.strip().equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return parse(level);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level '" + level + "' (expected error, warning, info or none)");
        }
    }
}
