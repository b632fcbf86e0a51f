package io.github.gongwen.extract;

import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Part;
import io.github.gongwen.fact.PartKind;
import io.github.gongwen.fact.StalePhrase;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The phrases of their time a sentence uses ({@code stale-phrases.txt}: the campaigns and slogans
 * of a period), each with the years its sentence speaks of ({@link YearAnchor}). A phrase recalled
 * as history (…以来, …成果, 回顾…, a sentence that lists phrases of several periods) or used in
 * another sense (none of its row's context words near it) is not dated. Used by {@link YearScanner}.
 */
final class StalePhrases {
    private static final int CONTEXT_REACH = 24;
    /** After a phrase of its time: it is recalled, not current (…以来, …成果, …期间). */
    private static final Pattern HISTORY_AFTER = Pattern.compile("[”\\s]*(?:的)?(?:以来|之后|以后|期间|时期|中(?:形成|取得|积累)|开展以来"
            + "|[^，。；,;]{0,10}?(?:成果|经验))");
    /** Before a phrase of its time in its clause: it is recalled (回顾…, 曾…, 先后…, 自…以来). */
    private static final Pattern HISTORY_BEFORE = Pattern.compile("回顾|曾经?|先后|历次|历年|以往|当年|那时|自(?![觉主身我治])");
    /** Earlier in the sentence: it tells a history (回顾…, 党的十八大以来…, 2013年以来…). */
    private static final Pattern HISTORY_SENTENCE = Pattern.compile("回顾|大以来|[0-9]{4} ?年以来|多年来|历程");

    /** {@code context}: words one of which must stand near the phrase for it to be read in its dated sense, or null. */
    private record Phrase(String regex, int last, boolean planOnly, String note, Pattern context) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    /** The patterns of the phrases searched in one pass ({@code null} for none). */
    private final PatternSet phraseSet;

    /** {@code table}: the rows of {@code stale-phrases.txt} (pattern, last year, plan or not, note, context words). */
    StalePhrases(List<String[]> table) {
        for (String[] r : table) {
            phrases.add(new Phrase(r[0], Integer.parseInt(r[1]), r[2].equals("plan"), r[3],
                    r[4].isEmpty() ? null : Patterns.check(r[4])));
        }
        phraseSet = PatternSet.of(phrases.stream().map(Phrase::regex).toList());
    }

    /**
     * The first place in {@code chars[from, to)} where a phrase may start, or {@code to}; {@code from}
     * when it is past {@code to}.
     */
    int next(char[] chars, int from, int to) {
        return phraseSet == null ? Math.max(from, to) : phraseSet.candidate(chars, from, to);
    }

    /** The phrases of sentence {@code s}, which starts at {@code at} of the document. */
    void find(Facts facts, Document doc, SourceText src, String s, int at, Part part) {
        List<List<MatchResult>> phraseMatches = phraseSet.each(s);
        if (severalEras(phraseMatches)) {
            return; // 先后开展群众路线教育实践活动、“三严三实”专题教育、“两学一做”学习教育: a history
        }
        for (int k = 0; k < phraseMatches.size(); k++) {
            List<MatchResult> ms = phraseMatches.get(k);
            if (ms.isEmpty()) {
                continue;
            }
            Phrase ph = phrases.get(k);
            for (MatchResult m : ms) {
                if (!inDatedSense(ph, s, m.start(), m.end()) || recalled(s, m.start(), m.end())) {
                    continue;
                }
                YearAnchor a = YearAnchor.of(doc, s, m.start(), part);
                if (ph.planOnly() && a.byPart() && (part == null || part.getKind() != PartKind.PLAN)) {
                    continue;
                }
                facts.add(new StalePhrase(m.group(), at + m.start(), at + m.end(), src.lines().line(at + m.start()),
                        a.words(), a.from(), a.to(), a.relative(), part == null ? null : part.getKind(), ph.last(),
                        ph.note()));
            }
        }
    }

    /** Whether the phrases found in a sentence belong to different periods (their last years differ). */
    private boolean severalEras(List<List<MatchResult>> matches) {
        int last = 0;
        for (int k = 0; k < matches.size(); k++) {
            if (!matches.get(k).isEmpty()) {
                int y = phrases.get(k).last();
                if (last != 0 && y != last) {
                    return true;
                }
                last = y;
            }
        }
        return false;
    }

    /**
     * Whether a phrase is used in the sense that dates it: 动态清零 of the epidemic, not of
     * 零就业家庭 or 安全隐患 (the phrase's context words within {@link #CONTEXT_REACH} characters).
     */
    private static boolean inDatedSense(Phrase ph, String s, int start, int end) {
        if (ph.context() == null) {
            return true;
        }
        return ph.context().matcher(s).region(Math.max(0, start - CONTEXT_REACH), Math.min(s.length(), end + CONTEXT_REACH))
                .find();
    }

    /**
     * Whether the clause recalls the phrase as history rather than as the work of the day:
     * 党的群众路线教育实践活动以来, 巩固…活动成果, 回顾…, 曾先后开展….
     */
    static boolean recalled(String s, int start, int end) {
        int clauseEnd = end;
        while (clauseEnd < s.length() && "，；,;。".indexOf(s.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        int clauseStart = start;
        while (clauseStart > 0 && "，；,;。".indexOf(s.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        return HISTORY_AFTER.matcher(s).region(end, clauseEnd).lookingAt()
                || HISTORY_BEFORE.matcher(s).region(clauseStart, start).find()
                || HISTORY_SENTENCE.matcher(s).region(0, start).find();
    }
}
