package io.github.gongwen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class ReviewCommandTest extends CliTestBase {
    @Test
    void writesTheReviewedCopyAndLeavesTheOriginal() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("2024年工作总结");
            doc.createParagraph().createRun().setText("各位代表!全年增长5%。");
            doc.write(bytes);
        }
        Path in = Files.write(dir.resolve("报告.docx"), bytes.toByteArray());
        assertEquals(1, run("review", "--no-config", in.toString()), err.toString());
        Path reviewed = dir.resolve("报告.gongwen.docx");
        assertTrue(Files.isRegularFile(reviewed), err.toString());
        assertTrue(err.toString().contains("1 tracked changes"), err.toString());
        assertArrayEquals(bytes.toByteArray(), Files.readAllBytes(in));
        assertEquals(0, run("--no-config", "--disable", "SECTION_MISSING,YEAR_UNKNOWN", reviewed.toString()),
                "the reviewed copy reads with the fix accepted: " + out);
        assertEquals(2, run("review", "--no-config", dir.resolve("a.txt").toString()));
    }
}
