package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default rules over the real reports find the same on one thread and on four. */
class ThreadCountTest {
    @Test
    void theSameFindingsWhateverTheThreadCount() throws Exception {
        List<java.nio.file.Path> reports = List.of(DefaultChecker.dir("gongwen.seeds"), DefaultChecker.dir("gongwen.corpus"));
        RunResult one = DefaultChecker.get().checkAll(reports, 1);
        RunResult four = DefaultChecker.get().checkAll(reports, 4);
        assertEquals(56, one.files().size());
        assertTrue(one.findings().size() > 10, "findings: " + one.findings().size());
        assertEquals(one.findings(), four.findings());
    }
}
