package io.github.gongwen.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word documents for the review tests, made with POI as an office would have them: a header, Word's
 * automatic numbering, a table, formatting that splits a sentence into runs, a colleague's comment
 * and a colleague's tracked insertion and deletion.
 */
final class ReviewDocs {
    private ReviewDocs() {
    }

    /** A work report with defects (the lines in comments are the paragraphs as the checker sees them). */
    static byte[] report() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("XX镇人民政府文件");
            BigInteger list = numbering(doc, 1, level(0, "chineseCounting", "%1、")
                    + level(1, "chineseCounting", "（%2）"));
            BigInteger dotted = numbering(doc, 2, level(0, "chineseCounting", "%1.").replace("w:val=\"1\"/>",
                    "w:val=\"2\"/>"));

            text(doc.createParagraph(), "XX镇2024年工作总结"); // 1
            numbered(doc.createParagraph(), list, 0, "主要工作"); // 2: 一、主要工作
            numbered(doc.createParagraph(), list, 1, "、经济发展"); // 3: （一）、经济发展
            XWPFParagraph p4 = doc.createParagraph(); // 4: runs with formatting inside a finding
            text(p4, "全年完成固定资产投资3亿元,同比");
            XWPFRun bold = p4.createRun();
            bold.setBold(true);
            bold.setText("增长5%,");
            text(p4, "超额完成目标任务。");
            XWPFParagraph p5 = doc.createParagraph(); // 5: a colleague's comment on a clean sentence
            comment(doc, p5, "民生实事全部办结。", "李四", "请补充具体数字");
            XWPFParagraph p6 = doc.createParagraph(); // 6: a colleague's revisions, and a safe fix after them
            revisions(p6);
            text(doc.createParagraph(), "二是推进项目建设，，项目总数达xx个。"); // 7
            XWPFTable table = doc.createTable(2, 2); // 8-11: a table with a defect in a cell
            table.getRow(0).getCell(0).setText("指标");
            table.getRow(0).getCell(1).setText("完成情况");
            table.getRow(1).getCell(0).setText("投资");
            table.getRow(1).getCell(1).setText("完成投资(亿元)3.2");
            numbered(doc.createParagraph(), dotted, 0, "存在的问题"); // 12: 二.存在的问题, a finding on Word's number
            text(doc.createParagraph(), "发展不平衡的问题依然存在。"); // 13
            text(doc.createParagraph(), "三、下一步工作打算"); // 14
            text(doc.createParagraph(), "加快推动动产业转型升级。"); // 15
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void text(XWPFParagraph p, String s) {
        p.createRun().setText(s);
    }

    private static void numbered(XWPFParagraph p, BigInteger numId, int level, String s) {
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        text(p, s);
    }

    private static BigInteger numbering(XWPFDocument doc, int id, String levels) throws Exception {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        CTAbstractNum abs = CTAbstractNum.Factory.parse("<w:abstractNum " + w + " w:abstractNumId=\"" + id + "\">"
                + "<w:multiLevelType w:val=\"multilevel\"/>" + levels + "</w:abstractNum>",
                new XmlOptions().setLoadReplaceDocumentElement(null));
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(absId);
    }

    private static String level(int ilvl, String fmt, String text) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt + "\"/><w:lvlText w:val=\""
                + text + "\"/><w:lvlJc w:val=\"left\"/></w:lvl>";
    }

    private static void comment(XWPFDocument doc, XWPFParagraph p, String text, String author, String body) {
        XWPFComments comments = doc.createComments();
        XWPFComment c = comments.createComment(BigInteger.ZERO);
        c.setAuthor(author);
        c.setInitials("LS");
        c.createParagraph().createRun().setText(body);
        CTP ctp = p.getCTP();
        ctp.addNewCommentRangeStart().setId(BigInteger.ZERO);
        p.createRun().setText(text);
        ctp.addNewCommentRangeEnd().setId(BigInteger.ZERO);
        ctp.addNewR().addNewCommentReference().setId(BigInteger.ZERO);
    }

    /** 会议要求{+全面+}落实{-各项-}部署!   (a colleague inserted 全面 and deleted 各项) */
    private static void revisions(XWPFParagraph p) {
        text(p, "会议要求");
        CTP ctp = p.getCTP();
        CTRunTrackChange ins = ctp.addNewIns();
        ins.setId(BigInteger.valueOf(101));
        ins.setAuthor("张三");
        ins.setDate(Calendar.getInstance());
        ins.addNewR().addNewT().setStringValue("全面");
        ctp.addNewR().addNewT().setStringValue("落实");
        CTRunTrackChange del = ctp.addNewDel();
        del.setId(BigInteger.valueOf(102));
        del.setAuthor("张三");
        del.setDate(Calendar.getInstance());
        CTR r = del.addNewR();
        r.setRsidDel(new byte[] {0, 0x12, 0x34, 0x56});
        r.addNewDelText().setStringValue("各项");
        ctp.addNewR().addNewT().setStringValue("部署!请各村抓好落实。");
    }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static boolean is(Node n, String local) {
        return n instanceof Element && W.equals(n.getNamespaceURI()) && local.equals(n.getLocalName());
    }

    static java.util.Map<String, byte[]> unzip(byte[] docx) throws IOException {
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    static byte[] zip(java.util.Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Document parse(byte[] xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
    }

    static byte[] serialize(Node n) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.xml.transform.TransformerFactory.newInstance().newTransformer()
                .transform(new javax.xml.transform.dom.DOMSource(n), new javax.xml.transform.stream.StreamResult(out));
        return out.toByteArray();
    }

    static String xml(Node n) throws Exception {
        return new String(serialize(n), java.nio.charset.StandardCharsets.UTF_8);
    }

    static List<Element> elements(Node root, String local) {
        List<Element> found = new ArrayList<>();
        org.w3c.dom.NodeList l = (root instanceof Document d ? d.getDocumentElement() : (Element) root)
                .getElementsByTagNameNS(W, local);
        for (int i = 0; i < l.getLength(); i++) {
            found.add((Element) l.item(i));
        }
        return found;
    }

    /** The document with every revision accepted: deletions gone, insertions kept. */
    static byte[] acceptAll(byte[] docx) throws Exception {
        java.util.Map<String, byte[]> parts = unzip(docx);
        Document d = parse(parts.get("word/document.xml"));
        for (String kind : List.of("del", "ins")) {
            for (Element e : elements(d, kind)) {
                String parent = e.getParentNode().getLocalName();
                if (parent.equals("rPr") || parent.equals("pPr")) {
                    continue;
                }
                if (kind.equals("ins")) {
                    while (e.getFirstChild() != null) {
                        e.getParentNode().insertBefore(e.getFirstChild(), e);
                    }
                }
                e.getParentNode().removeChild(e);
            }
        }
        parts.put("word/document.xml", serialize(d));
        return zip(parts);
    }

    /** The text each comment spans in the document: w:t and w:delText, not the text Gongwen inserted. */
    static java.util.Map<String, String> commentedText(Document d) {
        java.util.Map<String, StringBuilder> open = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> done = new java.util.LinkedHashMap<>();
        walk(d.getDocumentElement(), open, done, false);
        return done;
    }

    private static void walk(Node n, java.util.Map<String, StringBuilder> open, java.util.Map<String, String> done,
            boolean inserted) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            String id = e.getAttributeNS(W, "id");
            if (is(e, "commentRangeStart")) {
                open.put(id, new StringBuilder());
            } else if (is(e, "commentRangeEnd")) {
                StringBuilder b = open.remove(id);
                if (b != null) {
                    done.put(id, b.toString());
                }
            } else if (is(e, "t") || is(e, "delText")) {
                if (!inserted) {
                    open.values().forEach(b -> b.append(e.getTextContent()));
                }
            } else {
                walk(e, open, done, inserted || (is(e, "ins") && "Gongwen".equals(e.getAttributeNS(W, "author"))));
            }
        }
    }
}
