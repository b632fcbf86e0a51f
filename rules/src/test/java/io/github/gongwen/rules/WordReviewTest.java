package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.fix.Fixes;
import io.github.gongwen.review.WordReview;
import io.github.gongwen.text.DocxLoader;
import io.github.gongwen.text.SourceText;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class WordReviewTest {
    private static final Instant DATE = Instant.parse("2026-12-03T10:00:00Z");

    private static byte[] original;
    private static SourceText source;
    private static List<Finding> findings;
    private static Map<String, RuleInfo> rules = new HashMap<>();
    private static WordReview.Result review;

    @BeforeAll
    static void review() throws Exception {
        Checker checker = DefaultChecker.get();
        checker.rules().forEach(r -> rules.put(r.id(), r));
        original = ReviewDocs.report();
        source = DocxLoader.read("report.docx", original);
        findings = checker.check(source);
        review = WordReview.annotate(original, source, findings, rules, DATE);
    }

    @Test
    void theTestDocumentHasFindingsOfEveryKind() {
        Set<String> ids = new java.util.TreeSet<>();
        findings.forEach(f -> ids.add(f.ruleId()));
        assertTrue(ids.containsAll(List.of("placeholder", "half-width-punct", "marker-punct", "punct-repeated",
                "dup-char")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> source.inTable(f.line())), "a finding in the table: " + findings);
        assertTrue(review.trackedChanges() >= 4, "tracked: " + review.trackedChanges() + " " + findings);
    }

    @Test
    void oneCommentPerFindingOnExactlyItsText() throws Exception {
        Map<String, byte[]> parts = ReviewDocs.unzip(review.docx());
        Document comments = ReviewDocs.parse(parts.get("word/comments.xml"));
        List<Element> ours = new ArrayList<>();
        List<Element> theirs = new ArrayList<>();
        for (Element c : ReviewDocs.elements(comments, "comment")) {
            (c.getAttributeNS(ReviewDocs.W, "author").equals("Gongwen") ? ours : theirs).add(c);
        }
        assertEquals(findings.size(), ours.size());
        assertEquals(1, theirs.size(), "the colleague's comment is kept");
        assertTrue(theirs.get(0).getTextContent().contains("请补充具体数字"));
        Map<String, String> spans = ReviewDocs.commentedText(ReviewDocs.parse(parts.get("word/document.xml")));
        int onParagraph = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Element c = ours.get(i);
            assertEquals("GW", c.getAttributeNS(ReviewDocs.W, "initials"));
            assertEquals("2026-12-03T10:00:00Z", c.getAttributeNS(ReviewDocs.W, "date"));
            String text = c.getTextContent();
            assertTrue(text.contains(f.message()), text);
            assertTrue(text.contains("规则：" + rules.get(f.ruleId()).title()), text);
            if (f.suggestion() != null) {
                assertTrue(text.contains("“" + f.suggestion() + "”") || text.contains("删除“"), text);
            }
            String span = spans.get(c.getAttributeNS(ReviewDocs.W, "id"));
            if (f.isDocumentLevel() || text.contains("位置：第")) {
                onParagraph++;
                continue;
            }
            assertEquals(f.excerpt(), span, f.toString());
        }
        assertEquals(review.onParagraph(), onParagraph - (int) findings.stream().filter(Finding::isDocumentLevel).count());
        assertTrue(review.onParagraph() >= 1, "the duplicate （一） Word draws is commented on its paragraph: " + findings);
        assertEquals(spans.size(), findings.size() + 1, "every comment has its range");
    }

    @Test
    void everythingElseIsUnchanged() throws Exception {
        Map<String, byte[]> before = ReviewDocs.unzip(original);
        Map<String, byte[]> after = ReviewDocs.unzip(review.docx());
        for (Map.Entry<String, byte[]> e : before.entrySet()) {
            if (!Set.of("word/document.xml", "word/comments.xml").contains(e.getKey())) {
                assertArrayEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " is copied byte for byte");
            }
        }
        List<Element> pBefore = ReviewDocs.elements(ReviewDocs.parse(before.get("word/document.xml")), "p");
        List<Element> pAfter = ReviewDocs.elements(ReviewDocs.parse(after.get("word/document.xml")), "p");
        assertEquals(pBefore.size(), pAfter.size());
        Set<Integer> touched = new java.util.HashSet<>();
        findings.forEach(f -> {
            touched.add(f.line());
            touched.add(f.endLine());
        });
        int same = 0;
        for (int i = 0; i < pBefore.size(); i++) {
            int line = i + 1; // no content controls: the paragraphs in document order are the lines
            if (!touched.contains(line) && !(line == 1 && findings.stream().anyMatch(Finding::isDocumentLevel))) {
                assertEquals(ReviewDocs.xml(pBefore.get(i)), ReviewDocs.xml(pAfter.get(i)), "paragraph " + line);
                same++;
            }
        }
        assertTrue(same >= 5, "untouched paragraphs compared: " + same);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(review.docx()))) {
            assertEquals(1, doc.getHeaderList().size());
            assertEquals("XX镇人民政府文件", doc.getHeaderList().get(0).getText().strip());
            assertEquals(1, doc.getTables().size());
        }
    }

    @Test
    void acceptingEveryRevisionGivesTheFixedText() throws Exception {
        String fixed = Fixes.apply(source.text(), Fixes.select(findings, rules));
        assertTrue(!fixed.equals(source.text()));
        String accepted = DocxLoader.read("accepted.docx", ReviewDocs.acceptAll(review.docx())).text();
        assertEquals(fixed, accepted);
        assertEquals(source.text(), DocxLoader.read("original.docx", ReviewDocs.acceptAll(original)).text(),
                "the colleague's revisions read as accepted");
        assertEquals(fixed, DocxLoader.read("reviewed.docx", review.docx()).text(),
                "checking the reviewed copy reads it with the fixes in");
    }
}
