package io.github.gongwen.fact;

/**
 * A paired mark ({@code “” ‘’ 《》 〈〉 （） 【】 〔〕 「」 『』}) that does not pair up within its
 * paragraph. The span is the offending mark; {@link #getPartner()} the mark it lacks or clashes
 * with. A quotation that runs over several paragraphs, each opened with {@code “} and only the
 * last closed (GB/T 15834), is no mismatch.
 */
public final class PairMismatch extends Occurrence {
    private final PairProblem problem;
    private final String partner;
    private final String name;

    public PairMismatch(PairProblem problem, String mark, String partner, String name, int start, int end,
            int line) {
        super(mark, start, end, line);
        this.problem = problem;
        this.partner = partner;
        this.name = name;
    }

    public PairProblem getProblem() {
        return problem;
    }

    /**
     * For {@code UNCLOSED}, {@code UNOPENED} and {@code REVERSED}: the mark of the pair that is
     * missing (or should have been written); for {@code MISMATCHED} and {@code CROSSED}: the open
     * mark this one clashes with.
     */
    public String getPartner() {
        return partner;
    }

    /** The name of the pair, e.g. 双引号, 书名号. */
    public String getName() {
        return name;
    }
}
