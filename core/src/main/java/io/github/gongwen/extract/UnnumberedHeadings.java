package io.github.gongwen.extract;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.MarkerKind;
import io.github.gongwen.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Step 5 of the outline parser: the candidates for headings without a number. A short line that
 * reads like a title ({@code 加强政府自身建设}), after the first heading line, between a complete
 * line (a heading or a sentence end) and a line that starts a paragraph, is a candidate; the
 * outline tree ({@link HeadingTree}) keeps it only where the numbering around it leaves a place
 * for it. Its title is marked conventional when it is one that is usually left unnumbered
 * ({@code 结束语}: the data file {@link OutlineParser#CONVENTIONAL_HEADINGS}).
 */
final class UnnumberedHeadings {
    private static final int MAX_TITLE = 30;

    private final Set<String> conventional;

    UnnumberedHeadings(Set<String> conventional) {
        this.conventional = conventional;
    }

    /**
     * The candidates, in text order. Those that come right after a heading line holding only a
     * title without a stop are put in {@code afterHeading}: such a line may be the second line of
     * that title.
     */
    List<Heading> find(OutlineLines outline, Set<Heading> afterHeading) {
        List<Heading> out = new ArrayList<>();
        if (outline.headings().isEmpty()) {
            return out;
        }
        List<OutlineLine> lines = outline.lines();
        int firstHeadingLine = outline.headings().get(0).getLine();
        OutlineLine prev = null;
        for (int k = 0; k < lines.size(); k++) {
            OutlineLine l = lines.get(k);
            if (!l.inOutline()) {
                continue;
            }
            if (l.number > firstHeadingLine && l.heading == null && !l.annex && mayBeTitle(l) && titleLike(l.content())
                    && EnumerationSyntax.at(l.text, l.from) == null
                    && prev != null && endsParagraph(prev)) {
                OutlineLine next = nextNonBlank(lines, k + 1);
                if (next != null && startsParagraph(next, l)) {
                    String title = l.content();
                    Heading h = new Heading(MarkerKind.UNNUMBERED, "", 0, "", true, l.start + l.from,
                            l.start + l.to, l.number, title, false, conventional.contains(title));
                    out.add(h);
                    if (prev.heading != null && titleRunsOn(prev)) {
                        afterHeading.add(h);
                    }
                }
            }
            prev = l;
        }
        return out;
    }

    /** Whether a heading line holds nothing but a title that does not end with a stop: it may go on in the next line. */
    private static boolean titleRunsOn(OutlineLine heading) {
        for (int i = heading.marker == null ? heading.from : heading.marker.end(); i < heading.to; i++) {
            if ("。！？；：!?;:".indexOf(heading.text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line is short enough for {@link #titleLike}: one of more than twice the longest
     * title's length in chars has too many code points, and its content need not be copied.
     */
    private static boolean mayBeTitle(OutlineLine l) {
        return l.to - l.from <= 2 * MAX_TITLE;
    }

    /** Whether a line's content reads like a title: short, mostly Chinese, no sentence inside, no open end. */
    static boolean titleLike(String s) {
        int n = s.codePointCount(0, s.length());
        if (n < 2 || n > MAX_TITLE) {
            return false;
        }
        int first = s.codePointAt(0);
        int last = s.codePointBefore(s.length());
        if (!Chars.isHan(first) && first != '“' && first != '《') {
            return false;
        }
        if ("。，、；：！？…,;:!?—（(“《".indexOf(last) >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("。！？；;!?".indexOf(s.charAt(i)) >= 0) {
                return false; // a sentence, not a title
            }
        }
        int han = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Chars.isHan(s.charAt(i))) {
                han++;
            }
        }
        return han >= 2 && han * 10 >= n * 6;
    }

    /** The line before a heading must be complete: a heading or a paragraph ending a sentence. */
    private static boolean endsParagraph(OutlineLine prev) {
        if (prev.heading != null) {
            return true;
        }
        int c = prev.lastChar();
        return Chars.isSentenceEnd(c) || c == '；' || c == '”' || c == '…' || c == '」' || c == '』' || c == '）';
    }

    /** The line after a heading must start a paragraph or be a heading itself. */
    private static boolean startsParagraph(OutlineLine next, OutlineLine title) {
        if (next.heading != null) {
            return true;
        }
        int c = next.text.codePointAt(next.from);
        if (!Chars.isHan(c) && c != '“' && c != '《' && c != '—') {
            return false;
        }
        String content = next.content();
        return content.length() > title.to - title.from && (content.indexOf('。') >= 0 || content.length() >= 40);
    }

    private static OutlineLine nextNonBlank(List<OutlineLine> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            if (!lines.get(k).blank()) {
                return lines.get(k);
            }
        }
        return null;
    }
}
