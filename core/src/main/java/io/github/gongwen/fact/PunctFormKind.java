package io.github.gongwen.fact;

/**
 * The punctuation that {@link PunctForm} describes. Ellipsis, dash and repeated separators are
 * {@link PunctRun} facts judged by the rules; these are the forms that take more than a look at a
 * run to tell.
 */
public enum PunctFormKind {
    /** Punctuation after an outline number: {@code （一）、} {@code 1、、} {@code ①、}. */
    AFTER_MARKER,
    /** A hyphen or ASCII tilde between two numbers of a range: {@code 2021-2025年} {@code 3~5个}. */
    RANGE_CONNECTOR,
    /**
     * A character lost in conversion, shown as {@code ?} between Han characters ({@code 二期、?水灌区})
     * or as the replacement character U+FFFD: no punctuation at all, and no fix can be guessed.
     */
    LOST_CHAR
}
