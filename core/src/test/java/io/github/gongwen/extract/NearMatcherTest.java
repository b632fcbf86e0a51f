package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearMatcherTest {
    private static final String KEY = "习近平新时代中国特色社会主义思想";

    private static List<NearMatcher.Match> find(String key, String text, int k) {
        return NearMatcher.find(key, text, 0, text.length(), k);
    }

    @Test
    void findsAMissingCharacter() {
        String t = "深入学习贯彻习近平新时代中国特色社会义思想，推动发展";
        List<NearMatcher.Match> m = find(KEY, t, 3);
        assertEquals(1, m.size());
        assertEquals("习近平新时代中国特色社会义思想", t.substring(m.get(0).start(), m.get(0).end()));
        assertEquals(1, m.get(0).distance());
        assertEquals("缺少“主”", m.get(0).difference());
    }

    @Test
    void prefersMissingCharactersToReplacedNeighbours() {
        String t = "坚定以总书记新时代中国特色社会主义思想为指导";
        NearMatcher.Match m = find(KEY, t, 3).get(0);
        assertEquals("新时代中国特色社会主义思想", t.substring(m.start(), m.end()));
        assertEquals("缺少“习近平”", m.difference());
    }

    @Test
    void describesReplacementsAndIgnoresPunctuation() {
        String t = "走“中国特色社会主议”道路";
        NearMatcher.Match m = find("中国特色社会主义", t, 1).get(0);
        assertEquals("中国特色社会主议", t.substring(m.start(), m.end()));
        assertEquals("“义”误为“议”", m.difference());
        assertEquals(0, find("四个意识", "增强“四个，意识”", 0).get(0).distance());
    }

    @Test
    void reportsExactOccurrencesWithDistanceZeroAndNothingFarther() {
        assertEquals(0, find(KEY, "以" + KEY + "为指导", 3).get(0).distance());
        assertEquals(List.of(), find(KEY, "新时代中国特色社会主义", 3));
    }
}
