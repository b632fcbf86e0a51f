package io.github.gongwen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gongwen.RunResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens HTML reports in a real headless Chromium and uses them as an editor would: clicks in the
 * list of findings, filters, clicks on highlighted text, follows a shared link. Skipped when no
 * Chromium is installed (Debian: {@code apt-get install chromium}; or set {@code $CHROMIUM}).
 */
class HtmlReportBrowserTest {
    private static final String TEXT = "2024年工作总结\n一、总体情况\n今年完成了XX项任务，落实了XX万元资金。<script>window.pwned=1</script>\n"
            + "二、存在问题\n（一）部分工作推进较慢，层层压实责任还不够。\n（三）个别单位作风不实。\n"
            + "四、下一步安排\n继续推进重点工作。";

    @TempDir
    static Path dir;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        Path binary = Chromium.find().orElse(null);
        if (binary != null) {
            browser = Chromium.start(binary, 1400, 900);
        }
    }

    @BeforeEach
    void needsBrowser() {
        Assumptions.assumeTrue(browser != null, "no Chromium found: the browser tests are skipped "
                + "(install the Debian package chromium, or point $CHROMIUM at a Chromium or Chrome binary)");
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    static RunResult sample() {
        return new SampleRun()
                .doc("报告/2024年工作总结.txt", TEXT)
                .flag("placeholder", "XX", 0, "占位符“XX”未替换", null)
                .flag("placeholder", "XX", 1, "占位符“XX”未替换", null)
                // Three findings overlap on “XX万元资金”.
                .flag("residue", "XX万元资金。<script>window.pwned=1</script>", 0, "疑似残留的代码", "")
                .flag("num-style", "万元", 0, "金额单位写法", "万元")
                .flag("num-gap", "（三）", 0, "序号“（三）”前缺少“（二）”", null)
                .flag("num-gap", "四、", 0, "序号“四”前缺少“三”", null)
                .flagAt("num-style", 7, 7, "标题后缺少空行", null)
                .flagDocument("report-year", "无法确定报告年份")
                .done()
                .doc("报告/clean.txt", "一、总体情况\n工作作风扎实。\n").done()
                .failed("报告/old.doc", "old binary Word format (.doc) is not supported; save it as .docx")
                .result();
    }

    private static String write(String name, RunResult r) throws IOException {
        Path file = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new HtmlReport().write(r, w);
        }
        return file.toUri().toString();
    }

    /** Opens a report and waits until its script has rendered; returns the milliseconds that took. */
    private static long open(String url) {
        return browser.open(url, "document.documentElement.getAttribute('data-ready') === '1'");
    }

    private static JsonNode findings() throws IOException {
        return HtmlReportTest.data(Files.readString(dir.resolve("sample.html"))).get("docs").get(0).get("findings");
    }

    private static String idOf(String rule, int occurrence) throws IOException {
        int seen = 0;
        for (JsonNode f : findings()) {
            if (f.get("rule").asText().equals(rule) && seen++ == occurrence) {
                return f.get("id").asText();
            }
        }
        throw new AssertionError("no " + rule + " #" + occurrence);
    }

    /** The text of the marks that cover the finding with this id, in document order. */
    private static String markedText(String id) {
        browser.waitFor("location.hash === '#" + id + "' && !!document.querySelector('#findings tr.active[data-id=\"" + id
                + "\"]')");
        return browser.eval("[...document.querySelectorAll('.text mark.active')].map(m => m.textContent).join('')")
                .asText();
    }

    @Test
    void listShowsEveryFindingAndTheTextIsNotExecuted() throws IOException {
        open(write("sample.html", sample()));
        assertEquals(findings().size(), browser.eval("document.querySelectorAll('#findings tbody tr').length").asInt());
        assertTrue(browser.eval("window.pwned === undefined").asBoolean(), "report text must not run as script");
        assertTrue(browser.eval("document.querySelector('.text').textContent.includes('<script>window.pwned=1</script>')")
                .asBoolean(), "the text shows the markup as text");
        assertEquals("报告/old.doc：old binary Word format (.doc) is not supported; save it as .docx",
                browser.eval("document.querySelector('#summary .errors li').textContent").asText());
        assertEquals("4 3 1 8", browser.eval("[...document.querySelectorAll('#summary-table tfoot td')]"
                + ".map(td => td.textContent).join(' ')").asText(), "errors, warnings, notes, total");
    }

    @Test
    void clickingAFindingMarksItsSpanInTheText() throws IOException {
        open(write("sample.html", sample()));
        String id = idOf("num-gap", 0);
        browser.click("#findings tr[data-id='" + id + "'] td:nth-child(5)");
        browser.waitFor("location.hash === '#" + id + "' && !!document.querySelector('#findings tr.active[data-id=\"" + id
                + "\"]')");
        browser.waitFor("document.querySelectorAll('.text mark.active').length > 0");
        assertEquals("（三）", markedText(id));
        assertTrue(browser.eval("document.querySelector('#findings tr.active').dataset.id").asText().equals(id));
        assertTrue(browser.eval("(() => { const m = document.querySelector('.text mark.active').getBoundingClientRect();"
                + " const p = document.getElementById('doc-pane').getBoundingClientRect();"
                + " return m.top >= p.top && m.bottom <= p.bottom; })()").asBoolean(), "the span is scrolled into view");
    }

    @Test
    void overlappingFindingsEachCoverTheirWholeSpan() throws IOException {
        open(write("sample.html", sample()));
        String[][] cases = {{idOf("residue", 0), "XX万元资金。<script>window.pwned=1</script>"},
            {idOf("placeholder", 1), "XX"}, {idOf("num-style", 1), "万元"}};
        for (String[] c : cases) {
            browser.click("#findings tr[data-id='" + c[0] + "'] td:nth-child(5)");
            // the hash changes at once, the page follows on the hashchange event: wait for the selection
            browser.waitFor("location.hash === '#" + c[0] + "' && (document.querySelector('#findings tr.active') || {})"
                    + ".getAttribute && document.querySelector('#findings tr.active').getAttribute('data-id') === '"
                    + c[0] + "'");
            assertEquals(c[1], markedText(c[0]), c[0]);
        }
        assertTrue(browser.eval("document.querySelectorAll('.text mark.multi').length").asInt() >= 2,
                "segments covered by several findings are marked as such");
        assertEquals(TEXT.replace("\n", ""), browser.eval("[...document.querySelectorAll('.text .ln')]"
                + ".map(l => l.textContent).join('')").asText(), "the highlighted text is the whole text, once");
    }

    @Test
    void clickingHighlightedTextShowsItsMessages() throws IOException {
        open(write("sample.html", sample()));
        browser.click(".text mark.multi");
        browser.waitFor("!document.getElementById('pop').hidden");
        String pop = browser.eval("document.getElementById('pop').textContent").asText();
        assertTrue(pop.contains("占位符“XX”未替换") && pop.contains("疑似残留的代码") && pop.contains("建议删除"), pop);
        assertEquals("【错误】占位符“XX”未替换\n【警告】疑似残留的代码",
                browser.eval("document.querySelector('.text mark.multi').title").asText(), "hovering shows the messages");
        browser.click("#doc-bar");
        browser.waitFor("document.getElementById('pop').hidden");
    }

    @Test
    void filtersHideRows() throws IOException {
        open(write("sample.html", sample()));
        browser.eval("(() => { const s = document.getElementById('fl-severity'); s.value = 'warning';"
                + " s.dispatchEvent(new Event('change')); })()");
        JsonNode classes = browser.eval("[...document.querySelectorAll('#findings tbody tr')].map(r => r.className)");
        assertEquals(3, classes.size());
        classes.forEach(c -> assertEquals("warning", c.asText()));
        browser.eval("(() => { const s = document.getElementById('fl-rule'); s.value = 'residue';"
                + " s.dispatchEvent(new Event('change')); })()");
        assertEquals(1, browser.eval("document.querySelectorAll('#findings tbody tr').length").asInt());
        browser.click("#fl-reset");
        assertEquals(findings().size(), browser.eval("document.querySelectorAll('#findings tbody tr').length").asInt());
        // The summary's cells filter too.
        browser.click("#summary-table td.n[data-category='NUM_GAP'][data-severity='error']");
        assertEquals(2, browser.eval("document.querySelectorAll('#findings tbody tr').length").asInt());
    }

    @Test
    void aSharedLinkOpensTheFinding() throws IOException {
        String url = write("sample.html", sample());
        String id = idOf("placeholder", 1);
        browser.open("about:blank", "true");
        open(url + "#" + id);
        browser.waitFor("document.querySelectorAll('.text mark.active').length > 0");
        assertEquals("XX", markedText(id));
        String docLevel = idOf("report-year", 0);
        browser.open("about:blank", "true");
        open(url + "#" + docLevel);
        browser.waitFor("document.getElementById('" + docLevel + "').classList.contains('active')");
    }

    /** 500 reports of 8,000 characters with 12 findings each: the page renders one document at a time. */
    @Test
    void fiveHundredDocumentsStayLight() throws IOException {
        SampleRun run = new SampleRun();
        String paragraph = "（一）坚持稳中求进工作总基调，全年地区生产总值增长XX%，一般公共预算收入完成XX亿元。\n";
        String body = "2024年工作总结\n" + paragraph.repeat(8_000 / paragraph.length());
        for (int i = 0; i < 500; i++) {
            SampleRun.Doc doc = run.doc(String.format("批量/%03d.txt", i), body);
            for (int k = 0; k < 12; k++) {
                doc.flag("placeholder", "XX", k, "占位符“XX”未替换", null);
            }
            doc.done();
        }
        String url = write("large.html", run.result());
        long bytes = Files.size(dir.resolve("large.html"));
        browser.open("about:blank", "true");
        long millis = open(url);
        int elements = browser.eval("document.getElementsByTagName('*').length").asInt();
        System.out.printf("HTML report, 500 documents, 6,000 findings: %.1f MB, open %d ms, %d elements%n",
                bytes / 1e6, millis, elements);
        assertEquals(6000, browser.eval("document.querySelector('#summary-table tfoot td:last-child').textContent")
                .asInt());
        assertTrue(elements < 8_000, "only one document and one page of findings are in the DOM: " + elements);
        browser.click("#more");
        assertEquals(600, browser.eval("document.querySelectorAll('#findings tbody tr').length").asInt());
        String last = String.format("批量/%03d.txt", 499);
        browser.eval("location.hash = 'd-" + HtmlReport.Anchors.hash(last) + "'");
        browser.waitFor("document.querySelector('#doc-view h2').textContent === '" + last + "'");
    }

    @Test
    void screenshotShowsTheReport() throws IOException {
        open(write("sample.html", sample()));
        browser.click("#findings tbody tr:nth-child(3) td:nth-child(5)");
        byte[] png = browser.screenshot();
        Files.write(dir.resolve("report.png"), png);
        Path keep = Path.of("target", "html-report.png");
        Files.createDirectories(keep.getParent());
        Files.write(keep, png);
        assertTrue(png.length > 20_000, "a screenshot of a page with text is not tiny: " + png.length);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "the page is not blank: " + colours.size() + " colours");
        assertFalse(browser.eval("document.querySelector('#doc-view h2').textContent").asText().isEmpty());
    }

    @Test
    void locationsReadAsLinesAndCategoriesInChinese() throws IOException {
        open(write("lines.html", sample()));
        String loc = browser.eval("document.querySelector('#findings tbody tr td.loc').textContent").asText();
        assertTrue(loc.matches(".* (第\\d+行|全文)"), loc);
        assertTrue(browser.eval("document.querySelector('#summary-table').textContent").asText().contains("未替换的占位符"));
    }

    @Test
    void csvExportHasABomAndOneRowPerShownFinding() throws IOException {
        open(write("csv.html", sample()));
        browser.eval("document.getElementById('fl-category').value = 'PLACEHOLDER';"
                + " document.getElementById('fl-category').dispatchEvent(new Event('change'))");
        String csv = browser.eval("window.gongwenCsv()").asText();
        assertTrue(csv.startsWith("\uFEFF文件,行,列,级别,类别"), csv);
        String[] rows = csv.substring(1).split("\r\n");
        assertEquals(3, rows.length, csv);
        assertTrue(rows[1].contains("报告/2024年工作总结.txt") && rows[1].contains("未替换的占位符"), rows[1]);
        browser.click("#csv");
    }

    @Test
    void fitsAPhoneScreen() throws IOException {
        try {
            browser.viewport(390, 844);
            open(write("phone.html", sample()));
            int overflow = browser.eval("document.documentElement.scrollWidth").asInt();
            assertTrue(overflow <= 390, "the page is wider than the phone: " + overflow + " px");
            byte[] png = browser.screenshot();
            Files.write(Path.of("target", "html-report-phone.png"), png);
            assertTrue(png.length > 10_000);
        } finally {
            browser.viewport(1400, 900);
        }
    }

    @Test
    void printsEveryFindingAndDocumentWithoutControls() throws IOException {
        RunResult r = sample();
        open(write("print.html", r));
        try {
            browser.media("print");
            browser.waitFor("document.querySelectorAll('#print-docs .print-doc').length > 0");
            assertEquals("none", browser.eval("getComputedStyle(document.getElementById('filters')).display").asText());
            assertEquals("none", browser.eval("getComputedStyle(document.getElementById('doc-pane')).display").asText());
            assertEquals(r.findings().size(), browser.eval("document.querySelectorAll('#findings tbody tr').length").asInt());
            assertEquals(1, browser.eval("document.querySelectorAll('#print-docs .print-doc').length").asInt(),
                    "one document has findings");
            byte[] pdf = browser.pdf();
            Files.write(Path.of("target", "html-report-print.pdf"), pdf);
            assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-") && pdf.length > 10_000);
        } finally {
            browser.media("");
        }
    }
}
