package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.extract.DocumentInfo;
import io.github.gongwen.extract.Facts;
import io.github.gongwen.extract.Lexicon;
import io.github.gongwen.extract.OutlineParser;
import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.ReportType;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The report year and type of the State Council reports (a 政府工作报告 delivered in year Y
 * reviews Y-1, and is the report of year Y): right from the file name, and never wrong from the
 * text alone.
 */
class YearInferenceTest {
    private static final Lexicon LEXICON = Lexicon.defaults(YearInferenceTest.class.getClassLoader());

    private static Document info(SourceText src) {
        Facts facts = new Facts(src);
        new OutlineParser(LEXICON).extract(facts);
        new DocumentInfo(null, LEXICON).extract(facts);
        return facts.document();
    }

    @Test
    void corpusYearsFromTextAgreeWithFileNames() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(DefaultChecker.dir("gongwen.corpus"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> wrong = new ArrayList<>();
        int fromText = 0;
        int reports = 0;
        for (Path f : files) {
            int year = Integer.parseInt(f.getFileName().toString().substring(0, 4));
            SourceText src = TextLoader.load(f, f.getFileName().toString());
            Document named = info(src);
            if (named.getYear() != year) {
                wrong.add(f.getFileName() + ": " + named.getYear() + " from " + named.getYearSource());
            }
            Document anonymous = info(SourceText.of("report.txt", src.text()));
            if (anonymous.hasYear()) {
                fromText++;
                if (anonymous.getYear() != year) {
                    wrong.add(f.getFileName() + " without its name: " + anonymous.getYear() + " from "
                            + anonymous.getYearSource());
                }
            }
            if (named.getType() == ReportType.GOVERNMENT_WORK_REPORT) {
                reports++;
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(fromText >= 20, "years found in the text: " + fromText);
        assertTrue(reports >= 40, "recognised as 政府工作报告: " + reports);
    }

    @Test
    void governmentReportReviewingLastYearIsThisYearsReport() {
        Document d = info(SourceText.of("report.txt", "政府工作报告\n各位代表：\n一、2023年工作回顾\n过去一年，全县经济稳中向好。\n"
                + "二、2024年工作安排\n今年的主要预期目标是地区生产总值增长6%。\n"));
        assertEquals(ReportType.GOVERNMENT_WORK_REPORT, d.getType());
        assertEquals(2024, d.getYear());
        assertEquals("heading", d.getYearSource());
    }

    @Test
    void summaryReviewHeadingIsItsOwnYear() {
        Document d = info(SourceText.of("report.txt", "XX镇工作总结\n一、2023年工作总结\n全年实现财政收入1.2亿元。\n"));
        assertEquals(ReportType.SUMMARY, d.getType());
        assertEquals(2023, d.getYear());
    }

    @Test
    void titleWithPlanFirstIsTheSummarysYear() {
        Document d = info(SourceText.of("report.txt", "XX镇2024年工作计划及2023年工作总结\n2023年，全镇经济稳中向好。\n"));
        assertEquals(ReportType.SUMMARY_AND_PLAN, d.getType());
        assertEquals(2023, d.getYear());
    }

    @Test
    void titleYearWithoutNian() {
        Document d = info(SourceText.of("report.txt", "2022乡村人居环境整治工作总结\n年初以来，全乡扎实推进人居环境整治。\n"));
        assertEquals(2022, d.getYear());
        assertEquals("title", d.getYearSource());
    }

    @Test
    void titleRunIntoTheFirstLines() {
        Document d = info(SourceText.of("report.txt", "以下是为大家整理的2023年第一季度工作总结，仅供参考。\n"
                + "今年以来，全镇上下凝心聚力，一季度各项工作实现良好开局。\n"));
        assertEquals(2023, d.getYear());
        assertEquals("opening", d.getYearSource());
    }

    @Test
    void yearInsideASentenceIsNoTitle() {
        Document d = info(SourceText.of("report.txt", "各位代表：\n现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。\n"));
        assertEquals(null, d.getYear());
    }
}
