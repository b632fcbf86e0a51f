package io.github.gongwen.fact;

/**
 * A fact with a place in the document text: findings can point at it. Offsets are character
 * offsets into the normalised text ({@code getStart()} inclusive, {@code getEnd()} exclusive).
 */
public interface Spanned {
    int getStart();

    int getEnd();
}
