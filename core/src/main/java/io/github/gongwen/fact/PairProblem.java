package io.github.gongwen.fact;

/** What is wrong with a paired mark, as {@link PairMismatch} tells it. */
public enum PairProblem {
    /** An opening mark that is never closed: {@code 协调安排“2023年…。}. */
    UNCLOSED,
    /** A closing mark without an opening one: {@code 示范区”}. */
    UNOPENED,
    /** A closing mark of another pair than the open one: {@code “六五’}. */
    MISMATCHED,
    /** A pair closed while a pair opened inside it is still open: {@code 《a“b》c”}. */
    CROSSED,
    /** A closing mark written where the opening one belongs: {@code ”五讲四美”}. */
    REVERSED
}
