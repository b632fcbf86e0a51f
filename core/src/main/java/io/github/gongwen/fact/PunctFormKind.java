package io.github.gongwen.fact;

/** The ways of writing punctuation that GB/T 15834 rules out, as {@link PunctForm} tells them apart. */
public enum PunctFormKind {
    /** The same or two separating marks in a row: {@code ，，} {@code 。。} {@code 、、} {@code ，。}. */
    REPEATED,
    /** An ellipsis other than {@code ……}: {@code ...} {@code 。。。} a single {@code …}. */
    ELLIPSIS,
    /** A dash other than {@code ——}: {@code --} {@code ———} a lone {@code —} opening a clause. */
    DASH,
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
