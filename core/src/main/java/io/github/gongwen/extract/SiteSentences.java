package io.github.gongwen.extract;

import io.github.gongwen.text.WordTrie;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the boilerplate sentences of template and document sites ({@code 下面是小编为大家整理的…},
 * {@code 本站为你精心整理了…}, {@code 不代表本站观点}, {@code 本文档由用户上传…}) by their phrasing: a
 * sentence that names the site's editor ({@code actor} words of {@code site-words.txt}), or that
 * names the site or its users ({@code site} words) and addresses the reader ({@code address}) or
 * speaks of uploads, downloads, copyright or writing ({@code cue}), or that offers 范文 ({@code model})
 * to the reader (with a cue only, it counts beside other residue). The whole sentence is reported.
 * Immutable and thread-safe.
 */
final class SiteSentences {
    private final WordTrie triggers;
    private final int actors;
    private final int sites;
    private final List<String> address;
    private final List<String> cues;

    SiteSentences(SiteWords words) {
        List<String> all = new ArrayList<>(words.of("actor"));
        actors = all.size();
        all.addAll(words.of("site"));
        sites = all.size();
        all.addAll(words.of("model"));
        triggers = new WordTrie(all);
        address = words.of("address");
        cues = words.of("cue");
    }

    void check(String text, char[] chars, List<ResidueHit> out) {
        if (triggers.size() == 0) {
            return;
        }
        int[] last = {-1};
        triggers.find(chars, (index, start, end) -> {
            if (start < last[0]) {
                return; // inside a sentence already reported
            }
            int s = start;
            while (s > 0 && !stops(chars[s - 1])) {
                s--;
            }
            int e = end;
            while (e < chars.length && chars[e] != '\n' && !ends(chars[e])) {
                e++;
            }
            if (e < chars.length && ends(chars[e])) {
                e++;
            }
            boolean addressed = index < actors || has(address, text, s, e, start, end);
            boolean cued = addressed || has(cues, text, s, e, start, end);
            if (addressed || cued) {
                while (s < e && Character.isWhitespace(chars[s])) {
                    s++;
                }
                boolean model = index >= sites && !addressed;
                out.add(new ResidueHit(s, e, "模板网站套话", model, model));
                last[0] = e;
            }
        });
    }

    /** Whether the sentence {@code [s, e)} holds one of {@code words} outside the trigger {@code [start, end)}. */
    private static boolean has(List<String> words, String text, int s, int e, int start, int end) {
        String sentence = text.substring(s, e);
        for (String c : words) {
            int at = sentence.indexOf(c);
            while (at >= 0) {
                // a cue inside the trigger itself does not count
                if (s + at >= end || s + at + c.length() <= start) {
                    return true;
                }
                at = sentence.indexOf(c, at + 1);
            }
        }
        return false;
    }

    private static boolean stops(char c) {
        return c == '\n' || ends(c);
    }

    private static boolean ends(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }
}
