package io.github.gongwen.cli;

/** The process exit codes. */
final class ExitCodes {
    /** Nothing at or above the failure threshold. */
    static final int CLEAN = 0;
    /** Findings at or above the threshold, or files that could not be checked. */
    static final int FINDINGS = 1;
    /** A usage error or a fatal error (rules that do not compile, an unwritable output). */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
