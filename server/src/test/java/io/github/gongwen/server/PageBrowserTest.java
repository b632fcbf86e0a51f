package io.github.gongwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gongwen.report.Chromium;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review page in a real headless Chromium, used as an editor would: paste a seed report,
 * check it, see the findings highlighted in the text, filter the list, click to jump, apply a safe
 * fix. Leaves a screenshot in {@code target/page.png}. Skipped when no Chromium is installed
 * (Debian: {@code apt-get install chromium}; or set {@code $CHROMIUM}).
 */
class PageBrowserTest {
    private static final String SEED = "000_8c0456827b2e043f.txt";

    static GongwenServer server;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        Path binary = Chromium.find().orElse(null);
        Assumptions.assumeTrue(binary != null, "no Chromium found: the browser test is skipped "
                + "(install the Debian package chromium, or point $CHROMIUM at a Chromium or Chrome binary)");
        server = GongwenServer.start(ServerConfig.defaults().withPort(0));
        browser = Chromium.start(binary, 1400, 1000);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static String js(String s) {
        return Http.JSON.valueToTree(s).toString();
    }

    private static int count(String selector) {
        return browser.eval("document.querySelectorAll(" + js(selector) + ").length").asInt();
    }

    @Test
    void pasteCheckFilterJumpAndFix() throws Exception {
        String text = Files.readString(Seeds.dir().resolve(SEED));
        JsonNode expected = Http.json(new Http(server).check(Map.of("text", text, "fileName", "粘贴的文本.txt")))
                .at("/files/0/findings");
        assertTrue(expected.size() >= 5, expected.toString());

        browser.open(server.url() + "/", "document.body && document.body.dataset.ready === 'true'");
        browser.eval("document.getElementById('text').value = " + js(text));
        browser.click("#check");
        browser.waitFor("!document.getElementById('result').hidden && document.querySelectorAll('#list li[data-rule]').length > 0");

        // every finding listed, every one with a place in the text highlighted there
        assertEquals(expected.size(), count("#list li[data-rule]"));
        Set<String> placed = new HashSet<>();
        int documentLevel = 0;
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).get("line").asInt() > 0) {
                placed.add("mark.f-" + i);
            } else {
                documentLevel++;
            }
        }
        for (String mark : placed) {
            assertTrue(count(mark) > 0, mark);
        }
        assertEquals(expected.size() - documentLevel, placed.size());
        JsonNode typo = null;
        int typoIndex = -1;
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).get("rule").asText().equals("typo")) {
                typo = expected.get(i);
                typoIndex = i;
            }
        }
        assertTrue(typo != null && !typo.get("suggestion").isNull(), "the seed has a typo with a safe fix");
        assertEquals(typo.get("excerpt").asText(), browser.eval("document.querySelector('mark.f-" + typoIndex
                + "').textContent").asText(), "the highlight is on the flagged text");

        // filters: a category, then a severity
        browser.eval("(() => { const s = document.getElementById('category'); s.value = 'TYPO';"
                + " s.dispatchEvent(new Event('change')); })()");
        assertEquals(count("#list li[data-category='TYPO']"), count("#list li[data-rule]"));
        assertTrue(count("#list li[data-rule]") >= 1);
        for (int i = 0; i < expected.size(); i++) { // only the typos stay highlighted
            boolean isTypo = expected.get(i).get("category").asText().equals("TYPO");
            assertEquals(isTypo && placed.contains("mark.f-" + i), count("mark.f-" + i) > 0, "finding " + i);
        }
        browser.eval("(() => { const s = document.getElementById('category'); s.value = '';"
                + " s.dispatchEvent(new Event('change')); })()");
        assertEquals(expected.size(), count("#list li[data-rule]"));
        browser.click(".sev-box[value='warning']");
        assertEquals(0, count("#list li[data-severity='warning']"));
        assertTrue(count("#list li[data-rule]") < expected.size());
        browser.click(".sev-box[value='warning']");
        assertEquals(expected.size(), count("#list li[data-rule]"));

        // click in the list: the text scrolls to the highlight and marks it
        browser.click("#item-" + typoIndex);
        assertTrue(browser.eval("document.querySelector('mark.f-" + typoIndex + "').classList.contains('active')")
                .asBoolean());
        assertTrue(browser.eval("(() => { const m = document.querySelector('mark.f-" + typoIndex + "').getBoundingClientRect();"
                + " const d = document.getElementById('doc').getBoundingClientRect();"
                + " return m.top >= d.top && m.bottom <= d.bottom; })()").asBoolean(), "the highlight is in view");
        Files.createDirectories(Path.of("target"));
        byte[] png = browser.screenshot();
        Files.write(Path.of("target/page.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() > 1000 && colours(image) > 20, "the page is drawn");

        // apply the safe fix: the text changes and is checked again
        browser.click("#item-" + typoIndex + " .apply");
        String fixed = text.replace("\r\n", "\n");
        int at = offset(fixed, typo.get("line").asInt(), typo.get("column").asInt());
        String want = fixed.substring(0, at) + typo.get("suggestion").asText()
                + fixed.substring(at + typo.get("excerpt").asText().length());
        browser.waitFor("document.querySelectorAll('#list li[data-rule]').length === " + (expected.size() - 1));
        assertEquals(want, browser.eval("document.getElementById('text').value").asText());
        assertEquals(0, count("#list li[data-rule='typo']"));
        assertFalse(browser.eval("document.getElementById('copy').disabled").asBoolean());
    }

    @Test
    void chooseADocxAndDownloadItsReview() throws Exception {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        Path dir = Files.createTempDirectory(target, "page-review-");
        Path upload = Files.write(dir.resolve("2024年工作总结.docx"), ApiTest.docx(ApiTest.REPORT));
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        browser.open(server.url() + "/", "document.body && document.body.dataset.ready === 'true'");
        assertTrue(browser.eval("document.getElementById('review').hidden").asBoolean(), "no review of pasted text");
        browser.call("Page.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        int root = browser.call("DOM.getDocument", Map.of()).at("/root/nodeId").asInt();
        int input = browser.call("DOM.querySelector", Map.of("nodeId", root, "selector", "#file")).path("nodeId").asInt();
        browser.call("DOM.setFileInputFiles", Map.of("nodeId", input, "files", java.util.List.of(upload.toString())));
        browser.waitFor("!document.getElementById('result').hidden && !document.getElementById('review').hidden");
        assertTrue(count("#list li[data-rule]") > 0);
        Files.write(target.resolve("page-review.png"), browser.screenshot());

        browser.click("#review");
        browser.waitFor("document.body.dataset.reviewed !== undefined");
        Path saved = downloads.resolve("2024年工作总结-审阅.docx");
        for (int i = 0; i < 200 && !Files.exists(saved); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(saved), "downloaded: " + java.util.Arrays.toString(downloads.toFile().list()));
        assertEquals(browser.eval("document.body.dataset.reviewed").asText(), Long.toString(Files.size(saved)));
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(saved))) {
            assertTrue(doc.getDocComments() != null && doc.getDocComments().getComments().size() > 0,
                    "the downloaded document has Gongwen's comments");
        }
        assertTrue(browser.eval("document.getElementById('status').textContent").asText().startsWith("已下载 "));
    }

    private static int offset(String text, int line, int column) {
        int i = 0;
        for (int l = 1; l < line; l++) {
            i = text.indexOf('\n', i) + 1;
        }
        return i + column - 1;
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
