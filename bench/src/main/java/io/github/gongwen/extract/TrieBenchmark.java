package io.github.gongwen.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import io.github.gongwen.bench.CorpusBuilder;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import io.github.gongwen.text.WordTrie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link WordTrie} against HanLP's {@link AhoCorasickDoubleArrayTrie} on the word lists the
 * extractors match with it (the wrong forms of {@code typos.tsv}; the anchors and pieces of the
 * formulation scanner; the trigger words of site boilerplate sentences), over the report of about
 * 20 KB. Both report every occurrence by start, then length, as the extractors need: HanLP's trie
 * reports by end, so its hits are collected and sorted. Run it with the JVM of a CLI run too
 * ({@code -jvmArgsAppend -XX:TieredStopAtLevel=1}); the figures are in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TrieBenchmark {
    @Param({"typos", "formulations", "site"})
    public String list;

    private char[] text;
    private WordTrie wordTrie;
    private AcWords acWords;

    @Setup
    public void setUp() throws Exception {
        Path file = Path.of(System.getProperty("gongwen.bench.work", "bench/target")).resolve(CorpusBuilder.SINGLE_FILE);
        if (!Files.isRegularFile(file)) {
            CorpusBuilder.build(List.of(Path.of("seeds"), Path.of("corpus/state-council")), file.getParent());
        }
        SourceText source = TextLoader.decode(file.toString(), Files.readAllBytes(file));
        text = source.text().toCharArray();
        List<String> words = words(list, Lexicon.defaults(TrieBenchmark.class.getClassLoader()));
        wordTrie = new WordTrie(words);
        acWords = new AcWords(words);
        long[] a = {0};
        long[] b = {0};
        wordTrie.find(text, (i, s, e) -> a[0] = a[0] * 31 + i * 7L + s * 3L + e);
        acWords.find(text, (i, s, e) -> b[0] = b[0] * 31 + i * 7L + s * 3L + e);
        if (a[0] != b[0]) {
            throw new IllegalStateException("the two tries find different words in " + list);
        }
    }

    /** The words the extractors give the trie for {@code list}. */
    static List<String> words(String list, Lexicon lexicon) {
        List<String> words = new ArrayList<>();
        switch (list) {
            case "typos" -> lexicon.table(TypoScanner.LIST, 5).forEach(r -> words.add(r[0]));
            case "site" -> {
                SiteWords site = new SiteWords(lexicon);
                words.addAll(site.of("actor"));
                words.addAll(site.of("site"));
                words.addAll(site.of("model"));
            }
            case "formulations" -> {
                lexicon.table(FormulationScanner.ERRORS, 4).forEach(r -> words.add(r[0]));
                for (String[] row : lexicon.table(FormulationScanner.PARTS, 2)) {
                    PartForms.of(row[0], row[1]).forEach(f -> words.add(f.anchor()));
                }
                for (String[] row : lexicon.table(FormulationScanner.STANDARDS, 2)) {
                    StringBuilder kb = new StringBuilder();
                    row[0].chars().filter(c -> !NearMatcher.ignorable((char) c)).forEach(c -> kb.append((char) c));
                    String key = kb.toString();
                    int k = key.length() >= 8 ? key.length() / 5 : 0;
                    int size = k == 0 ? 0 : key.length() / (k + 1);
                    for (int p = 0; k > 0 && p <= k; p++) {
                        words.add(key.substring(p * size, p == k ? key.length() : p * size + size));
                    }
                }
            }
            default -> throw new IllegalArgumentException(list);
        }
        return words;
    }

    @Benchmark
    public long wordTrie() {
        long[] sum = {0};
        wordTrie.find(text, (i, s, e) -> sum[0] += i + s + e);
        return sum[0];
    }

    @Benchmark
    public long hanlpAhoCorasick() {
        long[] sum = {0};
        acWords.find(text, (i, s, e) -> sum[0] += i + s + e);
        return sum[0];
    }

    /** HanLP's scan alone, hits in its own order (by end) and not sorted: the floor of {@link #hanlpAhoCorasick}. */
    @Benchmark
    public long hanlpScanOnly() {
        long[] sum = {0};
        acWords.trie.parseText(text, (int s, int e, int[] v) -> sum[0] += v[0] + s + e);
        return sum[0];
    }

    /** HanLP's trie behind {@link WordTrie}'s contract: every occurrence, by start, then length, then index. */
    static final class AcWords {
        private final AhoCorasickDoubleArrayTrie<int[]> trie = new AhoCorasickDoubleArrayTrie<>();

        AcWords(List<String> words) {
            TreeMap<String, int[]> map = new TreeMap<>();
            for (int i = 0; i < words.size(); i++) {
                if (!words.get(i).isEmpty()) {
                    int[] old = map.get(words.get(i));
                    int[] now = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
                    now[now.length - 1] = i;
                    map.put(words.get(i), now);
                }
            }
            trie.build(map);
        }

        void find(char[] text, WordTrie.Hit hit) {
            long[][] found = {new long[16]};
            int[] n = {0};
            List<int[]> values = new ArrayList<>();
            trie.parseText(text, (int begin, int end, int[] value) -> {
                if (n[0] == found[0].length) {
                    found[0] = Arrays.copyOf(found[0], n[0] * 2);
                }
                found[0][n[0]++] = (long) begin << 40 | (long) (end - begin) << 20 | values.size();
                values.add(value);
            });
            long[] f = found[0];
            Arrays.sort(f, 0, n[0]);
            for (int k = 0; k < n[0]; k++) {
                int begin = (int) (f[k] >>> 40);
                int length = (int) (f[k] >>> 20 & 0xFFFFF);
                for (int i : values.get((int) (f[k] & 0xFFFFF))) {
                    hit.found(i, begin, begin + length);
                }
            }
        }
    }
}
