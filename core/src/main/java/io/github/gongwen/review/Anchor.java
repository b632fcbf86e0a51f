package io.github.gongwen.review;

import io.github.gongwen.Finding;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A finding placed in the document: from character c1 of one paragraph to c2 of another (or the same). */
final class Anchor {
    Finding finding;
    ParagraphText start;
    int c1;
    ParagraphText end;
    int c2;
    /** On the whole of {@link #paragraph} instead. */
    boolean whole;
    Element paragraph;
    boolean tracked;
    /** The character changes of a tracked fix. */
    List<Hunks.Hunk> hunks = List.of();
    /** The first and last revision elements when they are at the ends of the finding's text. */
    Node firstNode;
    Node lastNode;
}
