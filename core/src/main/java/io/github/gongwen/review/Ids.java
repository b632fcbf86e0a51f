package io.github.gongwen.review;

/** The ids of comments and revisions, one number space in a document, handed out in order. */
final class Ids {
    private int next;

    Ids(int first) {
        next = first;
    }

    /** The next unused id. */
    int take() {
        return next++;
    }
}
