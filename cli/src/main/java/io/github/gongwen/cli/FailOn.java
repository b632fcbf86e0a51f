package io.github.gongwen.cli;

import io.github.gongwen.Severity;

/** The {@code --fail-on} threshold. */
enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NONE(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** The lowest severity that fails the run, or {@code null} for none. */
    Severity threshold() {
        return threshold;
    }
}
