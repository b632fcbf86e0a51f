package io.github.gongwen.fact;

/**
 * A numbered item of the outline: a heading ({@link Heading}) or an enumeration item inside a
 * paragraph ({@link EnumItem}). Markers that are numbered together form a sibling
 * <em>group</em> (the （一）（二）（三） under one 一、, or the 一是…二是… of one paragraph);
 * {@link #getPrevious()} is the previous marker of the same group.
 */
public abstract class Marker extends Occurrence {
    private final MarkerKind kind;
    private final String form;
    private final boolean standardForm;
    private int ordinal;
    private boolean numbered;
    private int group;
    private Marker previous;

    protected Marker(MarkerKind kind, String text, int ordinal, String form, boolean standardForm,
            int start, int end, int line) {
        super(text, start, end, line);
        this.kind = kind;
        this.ordinal = ordinal;
        this.form = form;
        this.standardForm = standardForm;
        this.numbered = kind != MarkerKind.UNNUMBERED;
    }

    public MarkerKind getKind() {
        return kind;
    }

    /**
     * The number, from 1. For an unnumbered heading, the number its place among its siblings
     * implies (the 五 of a heading that follows 四、 without a marker).
     */
    public int getOrdinal() {
        return ordinal;
    }

    /**
     * The punctuation of the marker, which tells its written form apart: {@code 、 . ． ，} after
     * a numeral, {@code （） ()} around it, {@code ⑴} for parenthesised digits.
     */
    public String getForm() {
        return form;
    }

    /** Whether the marker is written in the GB/T 9704 form of its kind. */
    public boolean isStandardForm() {
        return standardForm;
    }

    /** How messages name the item: the marker as written (a heading without one: its title). */
    public String getLabel() {
        return getText();
    }

    /** The same marker in its standard form, e.g. {@code （一）} for {@code (一)}. */
    public String getStandardText() {
        return kind.format(ordinal);
    }

    /** Whether the item carries a number (false for {@link MarkerKind#UNNUMBERED} headings). */
    public boolean isNumbered() {
        return numbered;
    }

    /** Identifies the sibling group; markers of one group share it. */
    public int getGroup() {
        return group;
    }

    /** The previous sibling in the group, or {@code null} for the first. */
    public Marker getPrevious() {
        return previous;
    }

    public boolean isFirst() {
        return previous == null;
    }

    /** The number the previous sibling implies for this one: previous + 1, or 1 for the first. */
    public int getExpectedOrdinal() {
        return previous == null ? 1 : previous.getOrdinal() + 1;
    }

    /** The marker this one should have been, given its predecessor. */
    public String getExpectedText() {
        return kind == MarkerKind.UNNUMBERED && previous != null
                ? previous.getKind().format(getExpectedOrdinal())
                : kind.format(getExpectedOrdinal());
    }

    /** Places the marker in its sibling group; called by the extractor that builds the outline. */
    public void link(int group, Marker previous) {
        this.group = group;
        this.previous = previous;
    }

    /** Marks the marker as unnumbered with the ordinal its place implies. */
    protected void setImpliedOrdinal(int ordinal) {
        this.ordinal = ordinal;
        this.numbered = false;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + getLine() + ":" + getText() + " " + kind + " #" + ordinal + " g" + group + "]";
    }
}
