package io.github.gongwen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import io.github.gongwen.Severity;
import io.github.gongwen.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckMojoTest {
    private static final Finding SPAN = new Finding("reports/a.txt", "placeholder", "PLACEHOLDER", Severity.ERROR,
            "未替换的占位符“XX”", 6, 25, 6, 27, 40, 42, "XX", null);
    private static final Finding DOCUMENT = new Finding("reports/a.txt", "missing-title", "STRUCTURE", Severity.INFO,
            "缺少标题", 0, 0, 0, 0, 0, 0, "", null);

    @Test
    void consoleLines() {
        assertEquals("reports/a.txt:6:25 [error] placeholder: 未替换的占位符“XX”", CheckMojo.line(SPAN));
        assertEquals("reports/a.txt:1:1 [info] missing-title: 缺少标题", CheckMojo.line(DOCUMENT));
    }

    @Test
    void summaryCountsFilesFindingsErrorsCacheAndBaseline() {
        RunResult run = new RunResult(List.of(FileResult.ok(SourceText.of("reports/a.txt", "x"), List.of(DOCUMENT, SPAN)),
                FileResult.failed("reports/b.txt", "binary file")), List.of());
        assertEquals("gongwen: 2 files checked (1 unchanged, from the cache), 2 findings (1 error, 0 warning, 1 info), "
                + "1 file could not be checked, 3 findings suppressed by the baseline", CheckMojo.summary(run, 1, 3));
        assertEquals("gongwen: 0 files checked, 0 findings (0 error, 0 warning, 0 info)",
                CheckMojo.summary(new RunResult(List.of(), List.of()), 0, 0));
    }
}
