package io.github.gongwen.review;

import io.github.gongwen.Finding;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.fix.Fixes;
import io.github.gongwen.text.SourceText;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a reviewed copy of a Word document: one comment per finding (author {@value #AUTHOR},
 * initials {@value #INITIALS}) anchored on exactly the characters the finding spans, and each safe
 * fix as a tracked change ({@code w:del} + {@code w:ins}) inside its comment, so that an editor goes
 * through them with 接受/拒绝 as with a colleague's edits. Accepting every revision gives the text
 * {@link Fixes#apply} gives for the safe fixes {@link Fixes#select} picks.
 *
 * <p>Works on the package directly rather than through POI's object model: only
 * {@code word/document.xml}, the comments part, the document's relationships and the content types
 * are rewritten; every other part (styles, numbering, headers, footers, pictures, settings) is
 * copied byte for byte, and inside the document only the paragraphs that get a comment change.
 * A finding on characters that are not in the runs (an automatic list number, a content control)
 * is anchored on its whole paragraph; a finding about the whole document, on the title.
 */
public final class WordReview {
    public static final String AUTHOR = "Gongwen";
    public static final String INITIALS = "GW";

    /** What was written. */
    public record Result(byte[] docx, int comments, int trackedChanges, int onParagraph) {
    }

    private WordReview() {
    }

    /**
     * The reviewed copy of {@code docx}.
     *
     * @param source the document's text as the checker read it ({@code DocxLoader})
     * @param findings the findings on {@code source}
     * @param rules the rules by id (titles, and which fixes are safe)
     */
    public static Result annotate(byte[] docx, SourceText source, List<Finding> findings, Map<String, RuleInfo> rules,
            Instant date) throws IOException {
        String when = DateTimeFormatter.ISO_INSTANT.format(date.truncatedTo(ChronoUnit.SECONDS));
        Package pkg = Package.read(docx);
        String main = pkg.mainDocument();
        Document doc = Ooxml.parse(pkg.get(main));
        Element body = Ooxml.child(doc.getDocumentElement(), "body");
        if (body == null) {
            throw new IOException(main + " has no body");
        }
        CommentsPart part = CommentsPart.of(pkg, main);
        Ids ids = new Ids(Math.max(CommentsPart.maxId(doc), part.maxId()) + 1);

        Anchors places = new Anchors(source, doc, BodyLines.of(body));
        List<Anchor> anchors = new ArrayList<>();
        Set<Finding> safe = new HashSet<>(Fixes.select(findings, rules));
        for (Finding f : findings) {
            anchors.add(places.anchor(f, safe.contains(f)));
        }
        // runs split first, so that every anchor's characters begin and end runs
        Anchors.splitRuns(anchors);
        TrackedChanges changes = new TrackedChanges(doc, when, ids);
        int tracked = 0;
        for (Anchor a : anchors) {
            if (a.tracked && changes.track(a)) {
                tracked++;
            } else {
                a.tracked = false;
            }
        }
        Document comments = part.document();
        ReviewComments writer = new ReviewComments(doc, rules, when, changes);
        int whole = 0;
        for (Anchor a : anchors) {
            int id = ids.take();
            writer.mark(a, id);
            comments.getDocumentElement().appendChild(writer.comment(comments, a, id));
            whole += a.whole && !a.finding.isDocumentLevel() ? 1 : 0;
        }

        pkg.put(main, Ooxml.serialize(doc));
        part.save();
        return new Result(pkg.write(), anchors.size(), tracked, whole);
    }
}
