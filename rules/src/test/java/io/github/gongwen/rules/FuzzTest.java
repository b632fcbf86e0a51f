package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import io.github.gongwen.text.DocxLoader;
import io.github.gongwen.text.InputException;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded random fuzz test of the loaders and the whole check with the default rules: report-like
 * texts mutated with markers, brackets, control characters, long runs and broken bytes, in several
 * encodings, and damaged .docx files. Loading may refuse a file ({@link InputException}); nothing
 * else may throw, and every check ends in time. Bounded to a few seconds; the seed is fixed
 * ({@code -Dgongwen.fuzz.seed=N} and {@code -Dgongwen.fuzz.seconds=S} to explore further).
 */
class FuzzTest {
    private static final long SEED = Long.getLong("gongwen.fuzz.seed", 20_261_203L);
    private static final long SECONDS = Long.getLong("gongwen.fuzz.seconds", 4L);

    private static final String BASE = """
            某某县2024年工作总结
            一、主要工作
            （一）经济运行稳中有进
            全年地区生产总值增长5.2%，一般公共预算收入完成3.1亿元。
            1.项目建设。新开工项目12个，完成投资8.6亿元。
            （1）工业项目。坚持“项目为王”，推动《实施方案》落地见效。
            （二）民生保障持续加强
            二、存在的问题
            发展不平衡不充分的问题仍然存在。
            三、下一步工作打算
            一是抓项目；二是强产业；三是惠民生。
            """;

    private static final String[] TOKENS = {"一、", "（一）", "(二)", "1.", "（1）", "①", "XX", "××", "X%", "＊＊",
        "“", "”", "《", "》", "（", "）", "【", "】", "(", ")", "的的", "2O23年", "二〇二四年", "十四五", "收官之年",
        "##paidbegin##", "此处隐藏3934字", "第3页 共12页", "http://", "\u001B[2J", "\r", "\r\n", "\u2028", "\uFEFF",
        "\t", "\u0000", "\uD800", "\uDC00", "😀", "\u202E", "%% gongwen-disable", "<!-- gongwen-disable-next-line -->",
        "——", "……", "，，", "。。。", "2024年01月05日", "国发[2024]5号", "15～30%", "１２３", "周年", "百年华诞", "\n\n\n"};

    private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, Charset.forName("GB18030"),
        StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("Big5")};

    @Test
    void loadersAndTheWholeCheckOnlyEverRefuseAFile() throws Exception {
        Checker checker = DefaultChecker.get();
        Random random = new Random(SEED);
        byte[] docx = docx();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        int rounds = 0;
        int refused = 0;
        while (rounds < 20 || System.nanoTime() < end) {
            String text = mutate(random);
            byte[] bytes = encode(random, text);
            String what = "seed " + SEED + ", round " + rounds;
            SourceText source;
            try {
                source = TextLoader.decode("fuzz-" + rounds + ".txt", bytes);
            } catch (InputException e) {
                assertNotNull(e.reason(), what);
                refused++;
                source = SourceText.of("fuzz-" + rounds + ".txt", text); // the check still gets the text
            } catch (RuntimeException e) {
                throw new AssertionError(what + ": loading threw", e);
            }
            check(checker, source, what);
            try {
                DocxLoader.read("fuzz.docx", damage(random, docx));
            } catch (InputException e) {
                assertNotNull(e.reason(), what);
            } catch (RuntimeException e) {
                throw new AssertionError(what + ": reading a damaged .docx threw", e);
            }
            rounds++;
        }
        assertTrue(rounds >= 20 && refused < rounds, rounds + " rounds, " + refused + " refused");
    }

    @Test
    void aLineOfTwentyThousandPlaceholderLettersIsChecked(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), "2024年工作总结\n" + "X".repeat(20_000) + "\n");
        RunResult run = DefaultChecker.get().checkAll(List.of(file), 1);
        assertEquals(List.of(), run.errors(), "no stack overflow in the placeholder expressions");
        assertTrue(run.findings().stream().anyMatch(f -> f.ruleId().equals("placeholder")));
    }

    private static void check(Checker checker, SourceText source, String what) {
        long t = System.nanoTime();
        try {
            List<Finding> findings = checker.check(source);
            int len = source.text().length();
            for (Finding f : findings) {
                if (f.startOffset() < 0 || f.endOffset() > len || f.startOffset() > f.endOffset()) {
                    fail(what + ": a finding outside the text: " + f);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + ": the check threw on " + sample(source.text()), e);
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertTrue(ms < 10_000, what + ": " + ms + " ms for " + source.text().length() + " characters");
    }

    /** The base report with random tokens inserted, parts deleted or repeated, and now and then a long run. */
    private static String mutate(Random random) {
        StringBuilder b = new StringBuilder(BASE);
        int edits = 1 + random.nextInt(30);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(b.length() + 1);
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> b.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 3 -> b.delete(at, Math.min(b.length(), at + random.nextInt(20)));
                case 4 -> b.insert(at, b.substring(at, Math.min(b.length(), at + random.nextInt(200))));
                default -> b.insert(at, String.valueOf((char) random.nextInt(0x10000)));
            }
        }
        if (random.nextInt(10) == 0) {
            String run = TOKENS[random.nextInt(TOKENS.length)];
            b.insert(random.nextInt(b.length() + 1), run.repeat(200 + random.nextInt(800)));
        }
        return b.toString();
    }

    private static byte[] encode(Random random, String text) {
        Charset cs = CHARSETS[random.nextInt(CHARSETS.length)];
        byte[] bytes = text.getBytes(cs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(5)) {
            case 0 -> out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            case 1 -> out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
            case 2 -> out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
            default -> {
            }
        }
        out.writeBytes(bytes);
        byte[] all = out.toByteArray();
        int flips = random.nextInt(4) == 0 ? random.nextInt(10) : 0;
        for (int i = 0; i < flips && all.length > 0; i++) {
            all[random.nextInt(all.length)] = (byte) random.nextInt(256);
        }
        return all;
    }

    private static byte[] damage(Random random, byte[] docx) {
        byte[] copy = docx.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return random.nextInt(5) == 0 ? java.util.Arrays.copyOf(copy, random.nextInt(copy.length)) : copy;
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : BASE.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String sample(String text) {
        return "\"" + (text.length() > 300 ? text.substring(0, 300) + "…" : text).replace("\n", "\\n") + "\"";
    }
}
