package io.github.gongwen.review;

import io.github.gongwen.Finding;
import io.github.gongwen.Severity;
import io.github.gongwen.engine.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the comments: the range markers and reference run around each anchor in the document (around
 * the revisions of its tracked fix, when it has one), and the comment itself in the comments part
 * (the message, the rule, the fix, and the paragraph's number when it is on a whole paragraph).
 */
final class ReviewComments {
    private final Document doc;
    private final Map<String, RuleInfo> rules;
    private final String date;
    private final TrackedChanges changes;

    ReviewComments(Document doc, Map<String, RuleInfo> rules, String date, TrackedChanges changes) {
        this.doc = doc;
        this.rules = rules;
        this.date = date;
        this.changes = changes;
    }

    void mark(Anchor a, int id) {
        Element start = Ooxml.w(doc, "commentRangeStart");
        Ooxml.attr(start, "id", String.valueOf(id));
        Element end = Ooxml.w(doc, "commentRangeEnd");
        Ooxml.attr(end, "id", String.valueOf(id));
        Element ref = Ooxml.w(doc, "r");
        Element cr = Ooxml.w(doc, "commentReference");
        Ooxml.attr(cr, "id", String.valueOf(id));
        ref.appendChild(cr);
        if (a.whole) {
            Element p = a.paragraph;
            Node afterProps = p.getFirstChild();
            while (afterProps != null && (Ooxml.is(afterProps, "pPr") || !(afterProps instanceof Element))) {
                afterProps = afterProps.getNextSibling();
            }
            p.insertBefore(start, afterProps);
            p.appendChild(end);
            p.appendChild(ref);
            return;
        }
        if (a.firstNode != null) {
            a.firstNode.getParentNode().insertBefore(start, a.firstNode);
        } else if (a.c1 < a.start.length()) {
            Node at = changes.outsideOurs(a.start.runAt(a.c1), true);
            at.getParentNode().insertBefore(start, at);
        } else {
            a.start.paragraph().appendChild(start);
        }
        Node after;
        if (a.lastNode != null) {
            after = a.lastNode;
        } else if (a.c2 > 0 && !(a.start == a.end && a.c1 == a.c2)) {
            after = changes.outsideOurs(a.end.runAt(a.c2 - 1), false);
        } else {
            after = start;
        }
        Ooxml.insertAfter(end, after);
        Ooxml.insertAfter(ref, end);
    }


    Element comment(Document d, Anchor a, int id) {
        Finding f = a.finding;
        RuleInfo rule = rules.get(f.ruleId());
        Element c = d.createElementNS(Ooxml.W, "w:comment");
        c.setAttributeNS(Ooxml.W, "w:id", String.valueOf(id));
        c.setAttributeNS(Ooxml.W, "w:author", WordReview.AUTHOR);
        c.setAttributeNS(Ooxml.W, "w:date", date);
        c.setAttributeNS(Ooxml.W, "w:initials", WordReview.INITIALS);
        List<String> paras = new ArrayList<>();
        paras.add(f.message());
        paras.add("规则：" + (rule == null ? f.ruleId() : rule.title()) + "（" + f.ruleId() + "，" + level(f.severity())
                + "）");
        if (f.suggestion() != null) {
            String what = f.suggestion().isEmpty() ? "删除“" + f.excerpt() + "”"
                    : "将“" + f.excerpt() + "”改为“" + f.suggestion() + "”";
            paras.add(a.tracked ? "已作为修订标出：" + what + "（接受或拒绝该修订）" : "建议：" + what);
        }
        if (a.whole && !f.isDocumentLevel()) {
            paras.add("位置：第" + f.line() + "段" + (f.excerpt().isEmpty() ? "" : "“" + f.excerpt() + "”"));
        }
        boolean first = true;
        for (String s : paras) {
            Element p = d.createElementNS(Ooxml.W, "w:p");
            if (first) {
                Element r = d.createElementNS(Ooxml.W, "w:r");
                r.appendChild(d.createElementNS(Ooxml.W, "w:annotationRef"));
                p.appendChild(r);
                first = false;
            }
            Element r = d.createElementNS(Ooxml.W, "w:r");
            Ooxml.appendText(r, s);
            p.appendChild(r);
            c.appendChild(p);
        }
        return c;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            default -> "提示";
        };
    }
}
