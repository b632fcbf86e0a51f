package io.github.gongwen.fact;

/**
 * A heading of the outline tree: {@code 一、} {@code （一）} {@code 1.} {@code （1）} {@code ①}
 * at the start of a line, a heading buried inside a paragraph ({@link #isInline()}), or a short
 * heading line without any number among numbered siblings ({@link MarkerKind#UNNUMBERED} text,
 * sibling kind in {@link #getSiblingKind()}).
 */
public final class Heading extends Marker {
    private final String title;
    private final boolean inline;
    private final boolean conventional;
    private Heading parent;
    private int depth;
    private MarkerKind siblingKind;
    private String siblingForm;

    public Heading(MarkerKind kind, String text, int ordinal, String form, boolean standardForm, int start,
            int end, int line, String title, boolean inline, boolean conventional) {
        super(kind, text, ordinal, form, standardForm, start, end, line);
        this.title = title;
        this.inline = inline;
        this.conventional = conventional;
        this.siblingKind = kind;
    }

    /** The heading text after the marker, up to the end of its first sentence. */
    public String getTitle() {
        return title;
    }

    /** Whether the heading is buried inside a paragraph instead of starting its own line. */
    public boolean isInline() {
        return inline;
    }

    /**
     * For an unnumbered heading line: whether its title is a conventional unnumbered one such as
     * 结束语 (listed in the data file {@code conventional-headings.txt}).
     */
    public boolean isConventional() {
        return conventional;
    }

    /** The enclosing heading, or {@code null} at the top level. */
    public Heading getParent() {
        return parent;
    }

    /** 1 for a top-level heading, 2 for its children, … */
    public int getDepth() {
        return depth;
    }

    /**
     * The numbering kind of the siblings: the heading's own kind, or for an unnumbered heading the
     * kind it would carry ({@code CN_DUN} for a line in place of 五、).
     */
    public MarkerKind getSiblingKind() {
        return siblingKind;
    }

    @Override
    public String getLabel() {
        return getKind() == MarkerKind.UNNUMBERED ? title : getText();
    }

    @Override
    public String getStandardText() {
        return siblingKind.format(getOrdinal());
    }

    /**
     * The standard form most of its numbered siblings are written in ({@code .} or {@code ．}
     * for {@code 1.}), {@code null} when none is standard.
     */
    public String getSiblingForm() {
        return siblingForm;
    }

    /** Sets the form of the siblings; called by the outline parser. */
    public void setSiblingForm(String form) {
        this.siblingForm = form;
    }

    /**
     * Whether the marker is in a standard form but not in the one its siblings use: {@code 3.}
     * in a list of {@code 1．2．4．}.
     */
    public boolean isOddForm() {
        return isNumbered() && isStandardForm() && siblingForm != null && !siblingForm.equals(getForm());
    }

    /**
     * The marker as its siblings write it: in the siblings' standard form ({@code 3．} among
     * {@code 1．2．}), otherwise in the standard form of its kind.
     */
    public String getSiblingText() {
        if (siblingForm != null && getKind() == MarkerKind.ARABIC_DOT && isNumbered()) {
            return getOrdinal() + siblingForm;
        }
        return getStandardText();
    }

    /** The title with the standard marker of its place, e.g. {@code 五、加强政府自身建设}. */
    public String getNumberedTitle() {
        return siblingKind.format(getOrdinal()) + title;
    }

    /** Places the heading in the outline tree; called by the outline parser. */
    public void attach(Heading parent, int group, Marker previous) {
        this.parent = parent;
        this.depth = parent == null ? 1 : parent.depth + 1;
        link(group, previous);
    }

    /** Makes an unnumbered heading a sibling of {@code kind} headings at {@code impliedOrdinal}. */
    public void placeAs(MarkerKind kind, int impliedOrdinal) {
        this.siblingKind = kind;
        setImpliedOrdinal(impliedOrdinal);
    }
}
