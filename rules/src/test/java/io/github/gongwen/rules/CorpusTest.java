package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clean published text: the State Council's 政府工作报告 1955–2025. The rules, whatever their
 * category, must find nothing there but the real defects listed here.
 */
class CorpusTest {
    /**
     * Real defects of the corpus files, as {@code file:line category «excerpt»}. Every file carries
     * Wikisource's public-domain notice (…中文维基文库社群认为… and "Public domain"), which is
     * residue of the site the text was taken from.
     */
    private static final Set<String> KNOWN = known();

    private static RunResult run;

    @BeforeAll
    static void check() {
        run = DefaultChecker.get().checkAll(List.of(DefaultChecker.dir("gongwen.corpus")), 2);
    }

    @Test
    void allFilesChecked() {
        assertEquals(51, run.files().size());
        assertEquals(List.of(), run.errors());
    }

    @Test
    void onlyKnownDefectsAreReported() {
        List<String> unexpected = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (FileResult f : run.files()) {
            String name = Path.of(f.path()).getFileName().toString();
            for (Finding x : f.findings()) {
                String key = name + " " + x.category() + " «" + x.excerpt() + "»";
                if (KNOWN.contains(key)) {
                    seen.add(key);
                } else {
                    unexpected.add(name + ":" + x.line() + " " + x.category() + "/" + x.ruleId() + " «" + x.excerpt()
                            + "» " + x.message());
                }
            }
        }
        assertEquals(List.of(), unexpected);
        TreeSet<String> missing = new TreeSet<>(KNOWN);
        missing.removeAll(seen);
        assertEquals(new TreeSet<>(), missing, "known defects no longer reported");
    }

    private static Set<String> known() {
        Set<String> k = new TreeSet<>();
        String[] years = {"1955", "1956", "1957", "1958", "1959", "1960", "1964", "1975", "1978", "1979", "1980",
            "1981", "1982", "1983", "1984", "1985", "1986", "1987", "1988", "1992", "1993", "1994", "1995", "1997",
            "1998", "1999", "2000", "2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009", "2010",
            "2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019", "2021", "2022", "2023", "2024",
            "2025"};
        for (String y : years) {
            k.add(y + ".txt RESIDUE «维基文库»");
            k.add(y + ".txt RESIDUE «Public domain»");
        }
        // （二） at line 118 is followed by （四） at 132: the heading （三） of the section on
        // 节能降耗、保护环境和节约集约用地 (whose text starts at line 126) is missing from the file.
        k.add("2007.txt NUM_GAP «（四）»");
        // Line 214 repeats word for word the sentence 四是加强风险管理… that ends line 212.
        k.add("2010.txt NUM_DUPLICATE «四是»");
        punctuationAndNumbers(k);
        spacing(k);
        // "给他以生活的机会和和效力的机会": 和 typed twice.
        k.add("1978.txt DUP_CHAR «和和»");
        return k;
    }

    /**
     * Spaces the transcriptions really have inside Chinese text: after a closing quote (“七五” 计划),
     * between Chinese and a number (赤字 1503亿元, 1980 年), after an outline number (一、 过去五年).
     * 1998 writes its numbers with spaced digits (1 9 9 7 年), which is not reported.
     */
    private static void spacing(Set<String> k) {
        k.add("1955.txt SPACING « »");
        k.add("1957.txt SPACING «\u3000»");
        k.add("1978.txt SPACING « »");
        k.add("1979.txt SPACING « »");
        k.add("1986.txt SPACING « »");
        k.add("1999.txt SPACING « »");
        k.add("2000.txt SPACING « »");
        k.add("2001.txt SPACING « »");
        k.add("2003.txt SPACING « »");
        k.add("2004.txt SPACING « »");
        k.add("2007.txt SPACING « »");
        k.add("2008.txt SPACING « »");
        k.add("2010.txt SPACING « »");
        k.add("2011.txt SPACING « »");
    }

    /** Punctuation and number forms the transcriptions really have wrong (GB/T 15834, 15835). */
    private static void punctuationAndNumbers(Set<String> k) {
        // 1957 predates GB/T 15835: ranges drop the % of their first number (5%—6%)
        k.add("1957.txt NUMBER_FORMAT «5—6%»");
        k.add("1957.txt NUMBER_FORMAT «10—15%»");
        // 1980 groups thousands with full-width commas (33，212万吨), 30 times: reported once
        k.add("1980.txt NUMBER_FORMAT «33，212»");
        // half-width marks typed into the Chinese text
        k.add("1959.txt PUNCT_WIDTH «,»");
        k.add("2002.txt PUNCT_WIDTH «!»");
        k.add("2002.txt PUNCT_WIDTH «,»");
        k.add("2002.txt PUNCT_WIDTH «(处)»");
        k.add("2003.txt PUNCT_WIDTH «:»");
        k.add("2003.txt PUNCT_WIDTH «!»");
        k.add("2010.txt PUNCT_WIDTH «\"三河三湖\"»");
        // a stray quote left over from Wikisource's bold markup
        k.add("2007.txt PUNCT_WIDTH «'»");
        // ”五讲四美三热爱”: the opening quote typed as a closing one
        k.add("1982.txt PUNCT_PAIR «”»");
        // “六五’: a double quote closed with a single one
        k.add("1986.txt PUNCT_PAIR «’»");
        // 纲要（草案）》 with its 《 missing, and “纲要（草案）》 opened with a quote
        k.add("2006.txt PUNCT_PAIR «》»");
        k.add("2006.txt PUNCT_FORM «，，»");
        // list dashes written ——— (three) and -- instead of ——
        k.add("2004.txt PUNCT_FORM «———»");
        k.add("2011.txt PUNCT_FORM «--»");
        // year ranges joined by a hyphen instead of —
        k.add("2008.txt PUNCT_FORM «2006－2020»");
        k.add("2011.txt PUNCT_FORM «2011-2020»");
    }
}
