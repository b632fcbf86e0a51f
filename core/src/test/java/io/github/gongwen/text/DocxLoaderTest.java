package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxLoaderTest {
    @TempDir
    Path dir;

    private String read(WordDocs d) throws InputException {
        return DocxLoader.read("a.docx", d.bytes()).text();
    }

    @Test
    void automaticNumberingBecomesTheVisibleMarkers() throws InputException {
        WordDocs d = new WordDocs();
        BigInteger list = d.list(d.definition(WordDocs.officialOutline()), "");
        d.text("2024年工作总结")
                .numbered(list, 0, "总体情况")
                .numbered(list, 1, "经济运行稳中有进")
                .text("全年地区生产总值增长5.2%。")
                .numbered(list, 1, "改革开放持续深化")
                .numbered(list, 2, "2024年新增市场主体")
                .numbered(list, 2, "营商环境")
                .numbered(list, 3, "审批时限压缩")
                .numbered(list, 0, "存在问题")
                .numbered(list, 1, "部分工作推进较慢")
                .numbered(list, 2, "重点项目");
        assertEquals("""
                2024年工作总结
                一、总体情况
                （一）经济运行稳中有进
                全年地区生产总值增长5.2%。
                （二）改革开放持续深化
                1. 2024年新增市场主体
                2. 营商环境
                （1）审批时限压缩
                二、存在问题
                （一）部分工作推进较慢
                1. 重点项目""", read(d));
    }

    @Test
    void instancesOfOneDefinitionContinueUnlessTheyRestart() throws InputException {
        WordDocs d = new WordDocs();
        BigInteger def = d.definition(WordDocs.level(0, "decimal", "%1.", "<w:suff w:val=\"nothing\"/>"));
        BigInteger a = d.list(def, "");
        BigInteger b = d.list(def, "");
        BigInteger restart = d.list(def, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
        d.numbered(a, 0, "甲").numbered(b, 0, "乙").numbered(restart, 0, "丙").numbered(restart, 0, "丁");
        assertEquals("1.甲\n2.乙\n1.丙\n2.丁", read(d));
    }

    @Test
    void formatsStartValuesAndLegalNumbering() throws InputException {
        WordDocs d = new WordDocs();
        BigInteger list = d.list(d.definition(
                WordDocs.level(0, "chineseCounting", "第%1章", "<w:suff w:val=\"space\"/>").replace("w:val=\"1\"", "w:val=\"9\""),
                WordDocs.level(1, "decimal", "%1.%2", "<w:isLgl/>"),
                WordDocs.level(2, "decimalEnclosedCircle", "%3", "<w:suff w:val=\"nothing\"/>"),
                WordDocs.level(3, "ideographTraditional", "%4、", ""),
                WordDocs.level(4, "upperRoman", "%5)", ""),
                WordDocs.level(5, "bullet", "\uF0B7", "")), "");
        d.numbered(list, 0, "总则").numbered(list, 0, "职责").numbered(list, 1, "范围").numbered(list, 0, "附则")
                .numbered(list, 2, "一").numbered(list, 2, "二").numbered(list, 3, "甲项").numbered(list, 4, "第四")
                .numbered(list, 5, "要点");
        assertEquals("第九章 总则\n第十章 职责\n10.1 范围\n第十一章 附则\n①一\n②二\n甲、甲项\nI) 第四\n• 要点", read(d));
    }

    @Test
    void numberingThroughAParagraphStyle() throws InputException {
        WordDocs d = new WordDocs();
        BigInteger def = d.definition(
                WordDocs.level(0, "chineseCounting", "%1、", "<w:pStyle w:val=\"H1\"/>"),
                WordDocs.level(1, "chineseCounting", "（%2）", "<w:pStyle w:val=\"H2\"/>"));
        BigInteger list = d.list(def, "");
        d.style("H1", null, "<w:numPr><w:numId w:val=\"" + list + "\"/></w:numPr>")
                .style("H2", null, "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"" + list + "\"/></w:numPr>")
                .style("H2Custom", "H2", "");
        d.styled("H1", "总体情况").styled("H2", "经济").styled("H2Custom", "民生").styled("H1", "下一步");
        assertEquals("一、总体情况\n（一）经济\n（二）民生\n二、下一步", read(d));
    }

    @Test
    void everyParagraphIsALineTablesIncluded() throws InputException {
        WordDocs d = new WordDocs();
        d.text("标题").text().text("正文", "第二段文字")
                .table(new String[][] {{"项目", "完成情况"}, {"道路\n桥梁", "XX公里"}})
                .text("结尾");
        SourceText s = DocxLoader.read("a.docx", d.bytes());
        assertEquals("标题\n\n正文第二段文字\n项目\n完成情况\n道路\n桥梁\nXX公里\n结尾", s.text());
        assertEquals(9, s.lines().lineCount());
        for (int line = 1; line <= 9; line++) {
            assertEquals(line >= 4 && line <= 8, s.inTable(line), "line " + line);
        }
    }

    @Test
    void breaksInsideAParagraphDoNotAddLines() throws InputException {
        WordDocs d = new WordDocs();
        var p = d.paragraph();
        p.createRun().setText("上半年");
        p.createRun().addBreak();
        p.createRun().setText("下半年");
        var hidden = p.createRun();
        hidden.setText("隐藏");
        hidden.setVanish(true);
        d.text("下一段");
        assertEquals("上半年 下半年\n下一段", read(d));
    }

    @Test
    void loaderDispatchesByExtension() throws Exception {
        WordDocs d = new WordDocs();
        d.text("一、总体情况");
        Path docx = dir.resolve("报告.docx");
        Files.write(docx, d.bytes());
        SourceText s = TextLoader.load(docx, "报告.docx");
        assertEquals("一、总体情况", s.text());
        assertEquals(DocxLoader.FORMAT, s.charset());

        Path renamed = dir.resolve("renamed.doc");
        Files.copy(docx, renamed);
        assertEquals("一、总体情况", TextLoader.load(renamed, "renamed.doc").text(), "a .docx saved as .doc");

        Path old = dir.resolve("old.doc");
        Files.write(old, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        InputException e = assertThrows(InputException.class, () -> TextLoader.load(old, "old.doc"));
        assertTrue(e.reason().contains("save it as .docx"), e.reason());

        Path broken = dir.resolve("broken.docx");
        Files.writeString(broken, "这不是 Word 文档");
        e = assertThrows(InputException.class, () -> TextLoader.load(broken, "broken.docx"));
        assertTrue(e.reason().startsWith("not a readable Word .docx document"), e.reason());
    }
}
