package io.github.gongwen.text;

import static io.github.gongwen.text.WordXml.child;
import static io.github.gongwen.text.WordXml.children;
import static io.github.gongwen.text.WordXml.intAttr;
import static io.github.gongwen.text.WordXml.intVal;
import static io.github.gongwen.text.WordXml.onOff;
import static io.github.gongwen.text.WordXml.path;
import static io.github.gongwen.text.WordXml.val;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * Word's automatic list numbering, turned into the markers a reader sees. A paragraph is numbered
 * through its own {@code w:numPr} or its style's; the list instance ({@code w:num}) points to a
 * definition ({@code w:abstractNum}) whose levels give the format ({@code w:numFmt}), the text
 * ({@code w:lvlText}, e.g. {@code %1、} or {@code （%1）}), the start value and when the counter
 * restarts. Instances of one definition share their counters, as in Word, unless an instance
 * overrides a start value ({@code w:lvlOverride/w:startOverride}: "restart numbering").
 *
 * <p>Level properties are read from the XML directly ({@link WordXml}), so every element of the
 * schema is seen whatever POI's compact schema jar contains. Paragraphs must be numbered in document order.
 */
final class WordNumbering {
    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<String, Counters> counters = new HashMap<>();

    WordNumbering(XWPFDocument doc) {
        this.numbering = doc.getNumbering();
        this.styles = doc.getStyles();
    }

    /** The counters of one list: a value per level, and whether the level has been used. */
    private static final class Counters {
        final int[] value = new int[LEVELS];
        final boolean[] used = new boolean[LEVELS];
    }

    /**
     * The marker Word shows before this paragraph, with the space that separates it from the text
     * (or {@code ""}); advances the list's counters.
     */
    String marker(XWPFParagraph p) {
        if (numbering == null) {
            return "";
        }
        int[] ref = reference(p);
        if (ref == null || ref[0] == 0) {
            return "";
        }
        XWPFNum num = numbering.getNum(BigInteger.valueOf(ref[0]));
        if (num == null || num.getCTNum() == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        Element numNode = (Element) num.getCTNum().getDomNode();
        Element[] levels = levels(num.getCTNum().getAbstractNumId().getVal(), numNode);
        int level = Math.max(0, Math.min(LEVELS - 1, ref[1]));
        if (levels[level] == null) {
            return "";
        }
        Counters c = countersFor(ref[0], num.getCTNum().getAbstractNumId().getVal(), numNode, levels);
        advance(c, level, levels);
        return text(c, level, levels);
    }

    /** {@code {numId, ilvl}} from the paragraph, else from its style chain; {@code null} if not numbered. */
    private int[] reference(XWPFParagraph p) {
        if (p.getNumID() != null) {
            BigInteger lvl = p.getNumIlvl();
            return new int[] {p.getNumID().intValue(), lvl == null ? 0 : lvl.intValue()};
        }
        String styleId = p.getStyleID();
        for (int depth = 0; styleId != null && styles != null && depth < 16; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            Element numPr = path((Element) style.getCTStyle().getDomNode(), "pPr", "numPr");
            Integer numId = intVal(child(numPr, "numId"));
            if (numId != null) {
                Integer ilvl = intVal(child(numPr, "ilvl"));
                return new int[] {numId, ilvl != null ? ilvl : levelOfStyle(numId, p.getStyleID())};
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    /** The level whose {@code w:pStyle} is the paragraph's style (style-linked numbering). */
    private int levelOfStyle(int numId, String styleId) {
        XWPFNum num = numbering.getNum(BigInteger.valueOf(numId));
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return 0;
        }
        Element[] levels = levels(num.getCTNum().getAbstractNumId().getVal(), (Element) num.getCTNum().getDomNode());
        for (int i = 0; i < LEVELS; i++) {
            if (levels[i] != null && styleId.equals(val(child(levels[i], "pStyle")))) {
                return i;
            }
        }
        return 0;
    }

    /** The definition's levels, with the instance's overriding levels put in. */
    private Element[] levels(BigInteger abstractId, Element numNode) {
        Element[] levels = new Element[LEVELS];
        XWPFAbstractNum abs = numbering.getAbstractNum(abstractId);
        if (abs != null) {
            Element absNode = (Element) abs.getCTAbstractNum().getDomNode();
            Element link = child(absNode, "numStyleLink");
            Element[] linked = link != null ? linkedLevels(val(link)) : null;
            if (linked != null) {
                return linked;
            }
            for (Element lvl : children(absNode, "lvl")) {
                put(levels, lvl);
            }
        }
        for (Element override : children(numNode, "lvlOverride")) {
            Element lvl = child(override, "lvl");
            if (lvl != null) {
                put(levels, lvl);
            }
        }
        return levels;
    }

    /** A definition that only points to a numbering style: the levels of the style's list. */
    private Element[] linkedLevels(String styleId) {
        XWPFStyle style = styles == null || styleId == null ? null : styles.getStyle(styleId);
        if (style == null) {
            return null;
        }
        Integer numId = intVal(child(path((Element) style.getCTStyle().getDomNode(), "pPr", "numPr"), "numId"));
        XWPFNum num = numId == null ? null : numbering.getNum(BigInteger.valueOf(numId));
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abs == null || child((Element) abs.getCTAbstractNum().getDomNode(), "numStyleLink") != null) {
            return null;
        }
        return levels(num.getCTNum().getAbstractNumId().getVal(), (Element) num.getCTNum().getDomNode());
    }

    private static void put(Element[] levels, Element lvl) {
        Integer i = intAttr(lvl, "ilvl");
        if (i != null && i >= 0 && i < LEVELS) {
            levels[i] = lvl;
        }
    }

    /** Shared by every instance of the definition, except instances that restart the numbering. */
    private Counters countersFor(int numId, BigInteger abstractId, Element numNode, Element[] levels) {
        boolean restarts = false;
        for (Element override : children(numNode, "lvlOverride")) {
            restarts |= child(override, "startOverride") != null;
        }
        String key = restarts ? "num:" + numId : "abstract:" + abstractId;
        return counters.computeIfAbsent(key, k -> {
            Counters c = new Counters();
            for (Element override : children(numNode, "lvlOverride")) {
                Integer lvl = intAttr(override, "ilvl");
                Integer start = intVal(child(override, "startOverride"));
                if (lvl != null && start != null && lvl >= 0 && lvl < LEVELS) {
                    c.value[lvl] = start - 1;
                    c.used[lvl] = true;
                }
            }
            return c;
        });
    }

    private static void advance(Counters c, int level, Element[] levels) {
        c.value[level] = c.used[level] ? c.value[level] + 1 : start(levels[level]);
        c.used[level] = true;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            Integer restart = levels[deeper] == null ? null : intVal(child(levels[deeper], "lvlRestart"));
            // By default a level restarts after any higher level; w:lvlRestart n: only after levels 1…n.
            int after = restart == null ? deeper : restart;
            if (level < after) {
                c.used[deeper] = false;
            }
        }
    }

    private static String text(Counters c, int level, Element[] levels) {
        Element lvl = levels[level];
        String format = val(child(lvl, "numFmt"));
        String pattern = val(child(lvl, "lvlText"));
        if (pattern == null) {
            return "";
        }
        boolean legal = onOff(child(lvl, "isLgl"));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int k = pattern.charAt(++i) - '1';
                Element ref = levels[k];
                int value = c.used[k] ? c.value[k] : start(ref);
                String fmt = legal ? "decimal" : k == level ? format : val(child(ref, "numFmt"));
                b.append(NumberFormats.format(value, fmt));
            } else {
                b.append(ch);
            }
        }
        String marker = "bullet".equals(format) ? bullet(b.toString()) : b.toString();
        return marker + separator(marker, val(child(lvl, "suff")));
    }

    /** Bullets drawn from a symbol font use private-use characters: show them as •. */
    private static String bullet(String s) {
        return s.chars().anyMatch(ch -> ch >= 0xE000 && ch <= 0xF8FF) ? "•" : s;
    }

    /**
     * The gap Word draws after the marker (a tab unless {@code w:suff} says otherwise) as one space,
     * except after full-width punctuation such as 、 or ）, where the text follows directly.
     */
    private static String separator(String marker, String suff) {
        if (marker.isEmpty() || "nothing".equals(suff)) {
            return "";
        }
        char last = marker.charAt(marker.length() - 1);
        boolean fullWidth = Character.UnicodeBlock.of(last) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(last) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
        return fullWidth ? "" : " ";
    }

    private static int start(Element lvl) {
        Integer s = intVal(child(lvl, "start"));
        return s == null ? 1 : s;
    }
}
