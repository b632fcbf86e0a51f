package io.github.gongwen.fact;

/**
 * A character or two-character word written twice in a row ({@code 推动动}, {@code 的的},
 * {@code 推进推进}), described by how a word segmenter splits the clause around it. Correct
 * reduplication ({@code 人人}, {@code 认认真真}) usually sits inside one word, and correct
 * neighbours ({@code 学习|习近平}, {@code 工作|作风}) are two words; a stray repeat leaves one
 * occurrence standing alone beside a word that starts or ends with it ({@code 推动|动}).
 */
public final class Repetition extends Occurrence {
    private final String unit;
    private final String context;
    private final String words;
    private final boolean listed;
    private final boolean sameWord;
    private final boolean stray;
    private final boolean functionWord;
    private final boolean measure;
    private final boolean glued;
    private final boolean meant;

    /** The segmentation flags of a {@link Repetition}; see the getters for their meaning. */
    public record Shape(boolean listed, boolean sameWord, boolean stray, boolean functionWord, boolean measure,
            boolean glued) {
    }

    public Repetition(String text, String unit, String context, String words, int start, int end, int line,
            Shape shape) {
        this(text, unit, context, words, start, end, line, shape, false);
    }

    public Repetition(String text, String unit, String context, String words, int start, int end, int line,
            Shape shape, boolean meant) {
        super(text, start, end, line);
        this.unit = unit;
        this.context = context;
        this.words = words;
        this.listed = shape.listed();
        this.sameWord = shape.sameWord();
        this.stray = shape.stray();
        this.functionWord = shape.functionWord();
        this.measure = shape.measure();
        this.glued = shape.glued();
        this.meant = meant;
    }

    /** What is doubled, e.g. {@code 动}: the text as it would read with the repeat removed. */
    public String getUnit() {
        return unit;
    }

    /** The words holding the doubled text, e.g. {@code 推动动}. */
    public String getContext() {
        return context;
    }

    /** The segmentation of the clause around it, words separated by {@code |}. */
    public String getWords() {
        return words;
    }

    /**
     * Covered by an entry of the data list of correct reduplications ({@code 人人},
     * {@code 研究研究}) standing as whole words, or half of an AABB form ({@code 事事件件}).
     */
    public boolean isListed() {
        return listed;
    }

    /** Both occurrences lie inside one word ({@code 认认真真}, {@code 人人}). */
    public boolean isSameWord() {
        return sameWord;
    }

    /**
     * The occurrences are in different words and at least one stands alone as a word by itself
     * ({@code 推动|动}, {@code 发|发展}, {@code 是|是}); for a doubled two-character unit, each
     * occurrence is exactly one word ({@code 推进|推进}).
     */
    public boolean isStray() {
        return stray;
    }

    /**
     * The lone occurrence is a function word that commonly stands by itself (data list), next to
     * a longer word sharing its character: {@code 实事求是|是}, {@code 目的|的}, {@code 基础|上|上调}.
     */
    public boolean isFunctionWord() {
        return functionWord;
    }

    /** A numeral followed by a reduplicated measure word: {@code 一个个}, {@code 一次次}, {@code 一步一步}. */
    public boolean isMeasure() {
        return measure;
    }

    /**
     * Both occurrences are inside one word that looks made up by the repeat: a doubled particle
     * ({@code 在在}), a reduplication one of whose characters forms a word with its neighbour
     * ({@code 不断断提升}: 不断), or a longer word the dictionary lacks but has without the repeat
     * ({@code 安安全}: 安全).
     */
    public boolean isGlued() {
        return glued;
    }

    /**
     * The repeat, suspect by its shape, reads as meant in context (judged only for a repeat the
     * shape alone would report): two words meeting on the character in both readings
     * ({@code 农民工|工资}), a name or quoted term ({@code 荆荆高铁}, {@code “老老人”}), or deliberate
     * reduplication ({@code 歇歇脚、喝喝水}, {@code 钉钉子}, {@code 抓具体具体抓}).
     */
    public boolean isMeant() {
        return meant;
    }

    @Override
    public String toString() {
        return "Repetition[" + getLine() + ": " + getText() + " in " + words + "]";
    }
}
