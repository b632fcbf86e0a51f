package io.github.gongwen.rules;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision and recall of findings against editor labels, the way {@code tools/score.py} counts:
 * one unit per (file, line, category); line 0 labels are matched by any finding of the category
 * in the file that is not on a labelled line.
 */
final class Score {
    record Counts(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private Score() {
    }

    static Map<String, Counts> score(Path labels, RunResult run) throws IOException {
        List<String> rows = Files.readAllLines(labels, StandardCharsets.UTF_8);
        Set<String> files = new HashSet<>();
        Set<String> cats = new HashSet<>();
        Set<String> wantLine = new HashSet<>();
        Map<String, Integer> wantDoc = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            files.add(c[0]);
            cats.add(c[2]);
            int line = Integer.parseInt(c[1]);
            if (line > 0) {
                wantLine.add(c[0] + "\t" + line + "\t" + c[2]);
            } else {
                wantDoc.merge(c[0] + "\t" + c[2], 1, Integer::sum);
            }
        }
        Set<String> gotLine = new HashSet<>();
        Map<String, Integer> gotDoc = new HashMap<>();
        for (FileResult f : run.files()) {
            String name = Path.of(f.path()).getFileName().toString();
            if (!files.contains(name)) {
                continue;
            }
            for (Finding x : f.findings()) {
                if (!cats.contains(x.category())) {
                    continue;
                }
                String key = name + "\t" + x.line() + "\t" + x.category();
                if (wantDoc.containsKey(name + "\t" + x.category()) && !wantLine.contains(key)) {
                    gotDoc.merge(name + "\t" + x.category(), 1, Integer::sum);
                } else {
                    gotLine.add(key);
                }
            }
        }
        Map<String, int[]> c = new TreeMap<>();
        for (String cat : cats) {
            c.put(cat, new int[3]);
        }
        Set<String> all = new HashSet<>(wantLine);
        all.addAll(gotLine);
        for (String k : all) {
            int[] n = c.get(k.split("\t")[2]);
            if (wantLine.contains(k) && gotLine.contains(k)) {
                n[0]++;
            } else if (gotLine.contains(k)) {
                n[1]++;
            } else {
                n[2]++;
            }
        }
        Set<String> docKeys = new HashSet<>(wantDoc.keySet());
        docKeys.addAll(gotDoc.keySet());
        for (String k : docKeys) {
            int[] n = c.get(k.split("\t")[1]);
            int w = wantDoc.getOrDefault(k, 0);
            int g = gotDoc.getOrDefault(k, 0);
            n[0] += Math.min(w, g);
            n[1] += Math.max(0, g - w);
            n[2] += Math.max(0, w - g);
        }
        Map<String, Counts> out = new TreeMap<>();
        c.forEach((k, v) -> out.put(k, new Counts(v[0], v[1], v[2])));
        return out;
    }
}
