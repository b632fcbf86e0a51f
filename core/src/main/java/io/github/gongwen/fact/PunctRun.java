package io.github.gongwen.fact;

/**
 * A run of punctuation marks on one line that may be an ellipsis or a dash, or separating marks
 * typed twice: the marks as written, how many there are, and what is around them. Runs of
 * {@code . … · ・ ⋯ - － — ─ ━} (one mark repeated) and of the separating marks
 * {@code ，、；：。} (mixed) are described; the rules say which are wrong (GB/T 15834: the ellipsis
 * is {@code ……}, the dash {@code ——}). Left out as no run: a single separating mark, and a single
 * {@code .}, {@code ·}, {@code ・}, {@code -} or {@code －} (a decimal point, a middle dot or a
 * hyphen); so is anything in a URL, an e-mail address or code.
 */
public final class PunctRun extends Occurrence {
    private static final String SEPARATOR_RANK = "、，：；。";

    private final boolean separators;
    private final boolean chineseAround;
    private final boolean hanBeside;
    private final boolean clauseEdge;
    private final boolean decoration;

    public PunctRun(String text, boolean separators, boolean chineseAround, boolean hanBeside, boolean clauseEdge,
            boolean decoration, int start, int end, int line) {
        super(text, start, end, line);
        this.separators = separators;
        this.chineseAround = chineseAround;
        this.hanBeside = hanBeside;
        this.clauseEdge = clauseEdge;
        this.decoration = decoration;
    }

    /** The first mark of the run (the only one, unless it is a run of separators). */
    public String getMark() {
        return getText().substring(0, 1);
    }

    /** How many marks the run has. */
    public int getLength() {
        return getText().length();
    }

    /** Whether it is a run of the separating marks {@code ，、；：。}, two or more of them. */
    public boolean isSeparators() {
        return separators;
    }

    /** Whether all its marks are the same. */
    public boolean isUniform() {
        String t = getText();
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i) != t.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** The strongest separating mark of the run ({@code 、 ， ： ； 。} from weakest to strongest). */
    public String getStrongest() {
        String t = getText();
        char best = t.charAt(0);
        for (int k = 1; k < t.length(); k++) {
            if (SEPARATOR_RANK.indexOf(t.charAt(k)) > SEPARATOR_RANK.indexOf(best)) {
                best = t.charAt(k);
            }
        }
        return String.valueOf(best);
    }

    /** Whether the nearest non-blank character before or after it on its line is Chinese (Han or a Chinese mark). */
    public boolean isChineseAround() {
        return chineseAround;
    }

    /** Whether the nearest non-blank character before or after it on its line is a Han character. */
    public boolean isHanBeside() {
        return hanBeside;
    }

    /**
     * Whether it opens a clause before Han text (nothing or a Chinese mark other than a closing
     * one before it) or closes one after Han text (nothing or a Chinese mark other than an opening
     * one after it).
     */
    public boolean isClauseEdge() {
        return clauseEdge;
    }

    /** Whether its line has nothing but dashes and blanks ({@code - － = * _ ~ —}): a rule or a frame. */
    public boolean isDecoration() {
        return decoration;
    }
}
