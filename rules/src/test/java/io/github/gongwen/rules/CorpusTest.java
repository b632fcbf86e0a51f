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
 * Clean published text: the State Council's 政府工作报告 1955–2025. The structural and filler
 * categories must find nothing there but the real defects listed here.
 */
class CorpusTest {
    private static final Set<String> CATEGORIES = Set.of("PLACEHOLDER", "NUM_DUPLICATE", "NUM_GAP", "NUM_STYLE",
            "RESIDUE", "DUP_CHAR", "TYPO", "FORMULATION");

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
                if (!CATEGORIES.contains(x.category())) {
                    continue;
                }
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
        // "给他以生活的机会和和效力的机会": 和 typed twice.
        k.add("1978.txt DUP_CHAR «和和»");
        return k;
    }
}
