package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.EnumItem;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.Marker;
import io.github.gongwen.fact.MarkerKind;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutlineParserTest {
    private static final Lexicon LEXICON = Lexicon.of(Map.of(
            OutlineParser.CONVENTIONAL_HEADINGS, List.of("结束语"),
            OutlineParser.ORDINAL_WORDS, List.of("首先\t1", "其次\t2")));

    private static Facts parse(String... lines) {
        Facts facts = new Facts(SourceText.of("t.txt", String.join("\n", lines)));
        new OutlineParser(LEXICON).extract(facts);
        return facts;
    }

    private static List<Heading> headings(String... lines) {
        return parse(lines).of(Heading.class);
    }

    private static List<EnumItem> items(String... lines) {
        return parse(lines).of(EnumItem.class);
    }

    private static Heading heading(List<Heading> all, String text) {
        return all.stream().filter(h -> h.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void gbLevelsNestByKind() {
        List<Heading> hs = headings(
                "一、总体情况",
                "（一）经济运行",
                "1.工业生产",
                "（1）规模以上工业增长较快。",
                "（2）中小企业平稳。",
                "2.农业生产",
                "（二）社会事业",
                "二、下一步打算");
        assertEquals(8, hs.size());
        assertEquals(List.of(1, 2, 3, 4, 4, 3, 2, 1), hs.stream().map(Heading::getDepth).toList());
        Heading one = heading(hs, "一、");
        Heading paren1 = heading(hs, "（一）");
        Heading arabic1 = heading(hs, "1.");
        assertNull(one.getParent());
        assertSame(one, paren1.getParent());
        assertSame(paren1, arabic1.getParent());
        assertSame(arabic1, heading(hs, "（1）").getParent());
        assertSame(heading(hs, "（1）"), heading(hs, "（2）").getPrevious());
        assertSame(arabic1, heading(hs, "2.").getPrevious());
        assertSame(paren1, heading(hs, "（二）").getPrevious());
        assertSame(one, heading(hs, "二、").getPrevious());
        assertEquals(one.getGroup(), heading(hs, "二、").getGroup());
        assertEquals("总体情况", one.getTitle());
        assertTrue(hs.stream().allMatch(Marker::isStandardForm));
    }

    @Test
    void writtenVariantsOfTheLevels() {
        assertVariant("一.坚持创新发展", MarkerKind.CN_DUN, 1, false);
        assertVariant("二、坚持协调发展", MarkerKind.CN_DUN, 2, true);
        assertVariant("(一)扎实推进改革", MarkerKind.PAREN_CN, 1, false);
        assertVariant("（三）加大招商引资", MarkerKind.PAREN_CN, 3, true);
        assertVariant("1、班子成员", MarkerKind.ARABIC_DOT, 1, false);
        assertVariant("2．机关职工", MarkerKind.ARABIC_DOT, 2, true);
        assertVariant("3.村干部", MarkerKind.ARABIC_DOT, 3, true);
        assertVariant("⑵性别结构", MarkerKind.PAREN_ARABIC, 2, false);
        assertVariant("①年龄结构", MarkerKind.CIRCLED, 1, true);
    }

    private static void assertVariant(String line, MarkerKind kind, int ordinal, boolean standard) {
        Marker m = OutlineParser.parseLineMarker(line);
        assertEquals(kind, m.getKind(), line);
        assertEquals(ordinal, m.getOrdinal(), line);
        assertEquals(standard, m.isStandardForm(), line);
    }

    @Test
    void numbersThatAreNotMarkers() {
        assertNull(OutlineParser.parseLineMarker("1.5万人实现就业。"));
        assertNull(OutlineParser.parseLineMarker("3、4月份增长较快。"));
        assertNull(OutlineParser.parseLineMarker("一、二季度经济运行平稳。"));
        assertNull(OutlineParser.parseLineMarker("一、二、三产业协调发展。"));
        assertEquals(List.of(), items("第一、二产业增加值分别增长3%和5%。"));
        assertEquals(List.of(), items("坚持“三要三不要”的基本原则。"));
    }

    @Test
    void aSmallerNumeralAfterTheMarkerStartsAWord() {
        assertEquals(1, OutlineParser.parseLineMarker("一、一年来工作回顾").getOrdinal());
        List<EnumItem> es = items("第一、借外债要有控制；", "第二、一定要用在生产建设上；", "第三、要讲求经济效益。");
        assertEquals(List.of(1, 2, 3), es.stream().map(Marker::getOrdinal).toList());
        assertSame(es.get(1), es.get(2).getPrevious());
    }

    @Test
    void anAmbiguousLineIsAHeadingWhenTheNumberingContinues() {
        List<Heading> hs = headings(
                "一、三年来的斗争和新时期的总任务",
                "三年来，我们经受了严峻的考验。",
                "二、加快社会主义经济建设",
                "经济建设迈出新步伐。");
        assertEquals(List.of("一、", "二、"), hs.stream().map(Heading::getText).toList());
        assertEquals("三年来的斗争和新时期的总任务", hs.get(0).getTitle());
        assertEquals(List.of(), headings("一、三季度经济增速加快。", "全年经济运行平稳。"));
    }

    @Test
    void aDocumentMayPutBracketedNumbersAboveTheDunList() {
        List<Heading> hs = headings(
                "（一）当前的经济形势",
                "经济形势越来越好。",
                "（二）今后经济建设的方针",
                "一、依靠政策和科学，加快农业的发展",
                "农业是国民经济的基础。",
                "二、把消费品工业的发展放到重要地位",
                "轻工业发展很快。",
                "（三）我国经济发展的前景",
                "我们对前景充满信心。");
        Heading paren2 = heading(hs, "（二）");
        assertSame(paren2, heading(hs, "一、").getParent());
        assertEquals(2, heading(hs, "二、").getDepth());
        assertSame(paren2, heading(hs, "（三）").getPrevious());
        assertEquals(1, heading(hs, "（三）").getDepth());
    }

    @Test
    void aListOfOneInsideASectionNestsUnderIt() {
        List<Heading> hs = headings(
                "三、提高能源的利用效率",
                "能源是重点。",
                "四、有步骤地进行技术改造",
                "一、节约能源，降低消耗；",
                "二、改革产品结构。",
                "五、分批进行企业整顿",
                "整顿要有步骤。");
        List<Heading> lists = hs.stream().filter(h -> h.getLine() == 4 || h.getLine() == 5).toList();
        assertSame(hs.get(1), lists.get(0).getParent());
        assertSame(lists.get(0), lists.get(1).getPrevious());
        assertSame(hs.get(1), hs.get(hs.size() - 1).getPrevious());
    }

    @Test
    void buriedHeadingContinuesTheNumberingOfHeadingLines() {
        List<Heading> hs = headings(
                "四、坚持廉政底线，推进政府自身建设",
                "打造守法诚信的法治政府。（一）加强政治学习，注重理论指导。班子成员自觉学习。",
                "（二）抓实法制工作，确保做到依法行政",
                "始终把法制工作作为重心。");
        Heading buried = heading(hs, "（一）");
        assertTrue(buried.isInline());
        assertEquals("加强政治学习，注重理论指导", buried.getTitle());
        assertSame(buried, heading(hs, "（二）").getPrevious());
        assertFalse(heading(hs, "（二）").isInline());
    }

    @Test
    void inlineEnumerationsGroupByParagraph() {
        List<EnumItem> es = items(
                "一是守好“菜篮子”。二是改造“果园子”。三是扛牢“米袋子”。",
                "另起枚举：一是加强组织领导。二是加强风险监测。");
        assertEquals(5, es.size());
        assertTrue(es.stream().allMatch(e -> e.getKind() == MarkerKind.ENUM_SHI));
        assertEquals(es.get(0).getGroup(), es.get(2).getGroup());
        assertSame(es.get(1), es.get(2).getPrevious());
        assertTrue(es.get(3).isFirst());
        assertFalse(es.get(0).getGroup() == es.get(3).getGroup());
        assertTrue(es.get(0).isLineStart());
        assertFalse(es.get(4).isLineStart());
    }

    @Test
    void ordinalDiItems() {
        List<EnumItem> es = items("第一，要统一思想。", "第二，要明确任务。");
        assertEquals(List.of(MarkerKind.ORDINAL_DI, MarkerKind.ORDINAL_DI), es.stream().map(Marker::getKind).toList());
        assertSame(es.get(0), es.get(1).getPrevious());
    }

    @Test
    void firstAndNextStandForTheFirstNumbers() {
        List<EnumItem> es = items("进行建设，首先要全面规划。其次，必须确保质量。第三，要加强资金管理。");
        assertEquals(List.of("首先", "其次", "第三，"), es.stream().map(Marker::getText).toList());
        assertFalse(es.get(0).isNumbered());
        assertEquals(2, es.get(1).getOrdinal());
        assertSame(es.get(1), es.get(2).getPrevious());
        assertEquals(es.get(0).getGroup(), es.get(2).getGroup());

        List<EnumItem> shi = items("首先要增加投入。二是保护耕地。三是推进科技进步。");
        assertEquals(MarkerKind.ENUM_SHI, shi.get(0).getKind());
        assertSame(shi.get(0), shi.get(1).getPrevious());
    }

    @Test
    void firstIsOnlyAnItemWhereTheEnumerationNeedsIt() {
        List<EnumItem> es = items("首先要统一思想。", "一是明确任务。二是抓好落实。");
        assertEquals(List.of("一是", "二是"), es.stream().map(Marker::getText).toList());
        List<EnumItem> behind = items("一要统一思想。首先要认清形势。二要明确任务。");
        assertEquals(List.of("一要", "二要"), behind.stream().map(Marker::getText).toList());
    }

    @Test
    void unnumberedHeadingTakesThePlaceAfterItsSiblings() {
        List<Heading> hs = headings(
                "三、紧盯产镇融合发展。一是实施基础设施工程。",
                "四、紧盯民生工程改善。一是构建民生保障体系。",
                "加强政府自身建设",
                "各位代表！任重千钧，惟有担当。我们必须倍加珍惜时代赋予的历史机遇。");
        Heading unnumbered = hs.get(2);
        assertEquals(MarkerKind.UNNUMBERED, unnumbered.getKind());
        assertEquals(MarkerKind.CN_DUN, unnumbered.getSiblingKind());
        assertEquals(5, unnumbered.getOrdinal());
        assertFalse(unnumbered.isNumbered());
        assertSame(hs.get(1), unnumbered.getPrevious());
        assertEquals("五、加强政府自身建设", unnumbered.getNumberedTitle());
    }

    @Test
    void conventionalUnnumberedHeading() {
        List<Heading> hs = headings(
                "九、促进祖国和平统一大业",
                "我们坚持“和平统一、一国两制”的基本方针。",
                "结束语",
                "各位代表，我们的事业前景光明，任务艰巨，让我们团结奋斗。");
        assertTrue(hs.get(1).isConventional());
    }

    @Test
    void aSentenceBrokenAcrossLinesIsNotAHeading() {
        List<Heading> hs = headings(
                "三、2021年重点工作",
                "今年我国发展仍面临不少风险挑战，但经济长期向好的基本面没有改变。",
                "经济增速是综合性指标，今年预期目标设定",
                "为6%以上，考虑了经济运行恢复情况，有利于引导各方面集中精力推进改革创新。",
                "（一）保持宏观政策连续性稳定性可持续性",
                "宏观政策要继续为市场主体纾困。");
        assertEquals(List.of("三、", "（一）"), hs.stream().map(Heading::getText).toList());
        assertSame(hs.get(0), hs.get(1).getParent());
    }

    @Test
    void aTwoClauseLineIsAHeadingAmongTwoClauseHeadings() {
        List<Heading> hs = headings(
                "三、紧盯产镇融合发展，建设魅力新镇。一是实施基础设施工程。",
                "四、紧盯民生工程改善，建设幸福古镇。一是构建民生保障体系。",
                "坚持廉政底线，加强政府自身建设",
                "各位代表！任重千钧，惟有担当。我们必须倍加珍惜时代赋予的历史机遇。");
        assertEquals(3, hs.size());
        assertEquals(MarkerKind.CN_DUN, hs.get(2).getSiblingKind());
    }

    @Test
    void anItemThatOpensWithANumberIsAnItemWhereTheNumberingContinues() {
        List<Heading> hs = headings(
                "（一）主要指标",
                "7.新增城镇就业5.2万人。",
                "8.6个重点产业链营业收入突破千亿元。",
                "9.EFLOPS（每秒百亿亿次浮点运算）级智能算力中心建成投用。",
                "10.2025年粮食产量稳定在600亿斤以上。",
                "11.5+2产业集群加快壮大。",
                "12.居民收入增长5.8%。");
        assertEquals(List.of(7, 8, 9, 10, 11, 12),
                hs.stream().filter(h -> h.getKind() == MarkerKind.ARABIC_DOT).map(Marker::getOrdinal).toList());
        assertEquals("6个重点产业链营业收入突破千亿元", heading(hs, "8.").getTitle());
        assertSame(heading(hs, "10."), heading(hs, "11.").getPrevious());
        // a number that does not continue the numbering is a number
        assertEquals(List.of("（一）", "1."), headings("（一）主要指标", "1.新增城镇就业5.2万人。", "8.6个重点产业链营业收入突破千亿元。")
                .stream().map(Heading::getText).toList());
        // nor is a number with a second point, whatever the numbering
        assertEquals(List.of("1."), headings("1.新增城镇就业5.2万人。", "2.5.1节另有说明。").stream().map(Heading::getText).toList());
        // the reading that repeats the next item's number is not taken
        assertEquals(List.of("1.", "2."), headings("1.新增城镇就业。", "2.5万名技术工人参加培训。", "2.推进科技创新。")
                .stream().filter(h -> h.getLine() != 2).map(Heading::getText).toList());
        assertEquals(2, headings("1.新增城镇就业。", "2.5万名技术工人参加培训。", "2.推进科技创新。").size());
    }

    @Test
    void anAnnexHasAnOutlineOfItsOwn() {
        List<Heading> hs = headings(
                "一、过去一年工作回顾",
                "经济社会发展取得新成效。",
                "二、全面加强政府自身建设",
                "让我们团结奋斗。",
                "附件2 名词解释",
                "一、新质生产力：先进生产力质态。",
                "二、“两新”：大规模设备更新和消费品以旧换新。");
        assertEquals(List.of("一、", "二、", "一、", "二、"), hs.stream().map(Heading::getText).toList());
        assertTrue(hs.get(2).isFirst());
        assertNull(hs.get(2).getParent());
        assertSame(hs.get(2), hs.get(3).getPrevious());
        assertFalse(hs.get(0).getGroup() == hs.get(2).getGroup());
        assertTrue(AnnexHeadings.opens("附件"));
        assertTrue(AnnexHeadings.opens("附件1：2025年重点工作分工"));
        assertTrue(AnnexHeadings.opens("附：有关说明"));
        assertFalse(AnnexHeadings.opens("附件已随文印发，请遵照执行。"));
        assertFalse(AnnexHeadings.opens("附近村民积极参与人居环境整治"));
    }

    @Test
    void aRankingIsNoEnumeration() {
        assertEquals(List.of(), items("经济总量和增速分别居全国第五、第三，工业增加值增长7.6%。"));
        assertEquals(List.of(), items("全市第一、第二产业增加值分别增长3%和6%。"));
        assertEquals(List.of(2), items("一是稳住工业。第二、要做强农业。").stream()
                .filter(e -> e.getKind() == MarkerKind.ORDINAL_DI).map(Marker::getOrdinal).toList());
    }

    @Test
    void anItemContinuesTheListWhoseLastNumberIsTheOneBefore() {
        List<EnumItem> es = items(
                "七是加强生态保护。今年抓好三件事：一是治气；二是治水。三是治土。八是健全环境治理体系。",
                "八是保障和改善民生。");
        EnumItem seventh = es.get(0);
        EnumItem inner3 = es.get(3);
        assertEquals("三是", inner3.getText());
        assertSame(es.get(2), inner3.getPrevious());
        EnumItem inner8 = es.get(4);
        assertSame(seventh, inner8.getPrevious()); // 八是 of the paragraph continues 七是
        assertSame(inner8, es.get(5).getPrevious()); // and the line's 八是 repeats it
        List<EnumItem> nested = items("一是稳住工业。新签约项目两个：一是电池项目；二是装备项目。二是做强农业。");
        assertSame(nested.get(0), nested.get(3).getPrevious());
        assertSame(nested.get(1), nested.get(2).getPrevious());
    }

    @Test
    void aTitleBrokenOverTwoLinesIsOneHeading() {
        List<Heading> hs = headings(
                "二、今年工作安排",
                "今年是“十四五”规划收官之年，做好政府工作意义重大。",
                "三、坚持以高质量发展为首要任务，加快建设",
                "现代化产业体系",
                "各位代表！新征程上，我们要以更加奋发有为的精神状态，推动各项工作落地见效。");
        assertEquals(List.of("二、", "三、"), hs.stream().map(Heading::getText).toList());
    }

    @Test
    void theFormMostSiblingsUseIsTheirs() {
        List<Heading> hs = headings("（二）推进科技创新", "1．建设创新中心。", "2．培育领军企业。", "3.加快成果转化。", "4．深化体制改革。");
        Heading third = heading(hs, "3.");
        assertTrue(third.isOddForm());
        assertEquals("3．", third.getSiblingText());
        assertFalse(heading(hs, "2．").isOddForm());
        List<Heading> tie = headings("（二）推进科技创新", "1.建设创新中心。", "2．培育领军企业。");
        assertTrue(heading(tie, "2．").isOddForm());
        assertFalse(heading(tie, "1.").isOddForm());
    }
}
