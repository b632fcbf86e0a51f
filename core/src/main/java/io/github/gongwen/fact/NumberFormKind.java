package io.github.gongwen.fact;

/** The ways of writing numbers that GB/T 15835 rules out, as {@link NumberForm} tells them apart. */
public enum NumberFormKind {
    /** Full-width digits {@code ２０２４}. */
    FULL_WIDTH_DIGITS,
    /** A letter typed for a digit inside a number: {@code 2O23} (letter O), {@code 20l9}. */
    LETTER_IN_NUMBER,
    /** The year of a document number in the wrong brackets: {@code 国发[2024]5号}. */
    DOCUMENT_NUMBER,
    /** A number grouped in thousands with half-width commas: {@code 8,500}. */
    GROUPED,
    /** A number grouped in thousands with full-width commas: {@code 33，212}. */
    FULL_WIDTH_SEPARATOR
}
