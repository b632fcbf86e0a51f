package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.review.WordReview;
import io.github.gongwen.text.DocxLoader;
import io.github.gongwen.text.SourceText;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens the reviewed copy and exports it to PDF with the comments and the tracked
 * changes; the first page is rendered to PNG with pdftoppm. Skipped, loudly, without LibreOffice
 * ({@code apt-get install libreoffice-writer-nogui poppler-utils}; CI installs them). With
 * {@code -Dgongwen.updateDocs=true} the picture becomes {@code docs/review-in-word.png}.
 */
class WordReviewLibreOfficeTest {
    private static final String PDF_FILTER = "pdf:writer_pdf_Export:{\"ExportNotes\":{\"type\":\"boolean\",\"value\":"
            + "\"true\"},\"ExportNotesInMargin\":{\"type\":\"boolean\",\"value\":\"true\"}}";

    @TempDir
    Path dir;

    static Path tool(String name, String... elsewhere) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path f = Paths.get(p, name);
            if (Files.isExecutable(f)) {
                return f;
            }
        }
        for (String e : elsewhere) {
            if (Files.isExecutable(Paths.get(e))) {
                return Paths.get(e);
            }
        }
        return null;
    }

    private static String run(Path workDir, long seconds, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + text);
        return text;
    }

    @Test
    void libreOfficeExportsTheReviewedCopyAndAPageRendersToPng() throws Exception {
        Path soffice = tool("soffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
                "/Applications/LibreOffice.app/Contents/MacOS/soffice");
        Path pdftoppm = tool("pdftoppm");
        if (soffice == null || pdftoppm == null) {
            String msg = "SKIPPED WordReviewLibreOfficeTest: " + (soffice == null ? "LibreOffice (soffice)" : "pdftoppm")
                    + " not found; install libreoffice-writer-nogui and poppler-utils (.ci/run does) to check that "
                    + "LibreOffice opens the reviewed .docx";
            System.err.println("\n*** " + msg + " ***\n");
            Assumptions.assumeTrue(false, msg);
        }
        Checker checker = DefaultChecker.get();
        Map<String, RuleInfo> rules = new HashMap<>();
        checker.rules().forEach(r -> rules.put(r.id(), r));
        byte[] original = ReviewDocs.report();
        SourceText source = DocxLoader.read("report.docx", original);
        WordReview.Result review = WordReview.annotate(original, source, checker.check(source), rules,
                Instant.parse("2026-12-03T10:00:00Z"));
        Path docx = Files.write(dir.resolve("reviewed.docx"), review.docx());

        String log = run(dir, 240, soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", PDF_FILTER, "--outdir", dir.toString(), docx.toString());
        Path pdf = dir.resolve("reviewed.pdf");
        assertTrue(Files.isRegularFile(pdf), "no PDF; soffice said:\n" + log);
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), log);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        int annotations = raw.split("/Subtype\\s*/Text", -1).length - 1;
        assertTrue(annotations >= review.comments(), "the comments are in the PDF: " + annotations + " of "
                + review.comments());

        run(dir, 120, pdftoppm.toString(), "-r", "120", "-f", "1", "-l", "1", "-x", "90", "-y", "50", "-W", "840", "-H", "420",
                "-png", pdf.toString(),
                dir.resolve("page").toString());
        Path png;
        try (var s = Files.list(dir)) {
            png = s.filter(p -> p.getFileName().toString().startsWith("page") && p.toString().endsWith(".png"))
                    .findFirst().orElseThrow();
        }
        assertTrue(Files.size(png) > 10_000, "a rendered page: " + Files.size(png) + " bytes");
        if (Boolean.getBoolean("gongwen.updateDocs")) {
            Path docs = Paths.get(System.getProperty("gongwen.docsDir", "../docs"));
            Files.copy(png, docs.resolve("review-in-word.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(docx, docs.resolve("review-in-word.docx"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
