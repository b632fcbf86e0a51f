package io.github.gongwen.extract;

/** Hands out the ids of the sibling groups of one document's headings and enumeration items. */
final class GroupIds {
    private int next = 1;

    int next() {
        return next++;
    }
}
