package io.github.gongwen.extract;

/**
 * A stretch of site residue found by one of the residue scanner's checks, before overlapping hits
 * are merged. A weak hit (a bare date, a counter, a lone toolbar word) counts only in a document
 * that has strong evidence of site residue elsewhere, and only at its head or tail (unless it is
 * {@code anywhere}: a sentence about 范文 counts wherever it stands in such a document).
 */
record ResidueHit(int start, int end, String label, boolean weak, boolean anywhere) {
    ResidueHit(int start, int end, String label, boolean weak) {
        this(start, end, label, weak, false);
    }

    static ResidueHit strong(int start, int end, String label) {
        return new ResidueHit(start, end, label, false, false);
    }
}
