package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.dictionary.py.PinyinDictionary;
import io.github.gongwen.extract.ConfusionScanner;
import io.github.gongwen.extract.Lexicon;
import io.github.gongwen.text.CharConfusions;
import io.github.gongwen.text.CharConfusions.Group;
import io.github.gongwen.text.CharConfusions.Likeness;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The groups of similar characters ({@code typo-chars.tsv}) and the confusion model built from them. */
class TypoCharsTest {
    private static final Lexicon LEXICON = Lexicon.defaults(TypoCharsTest.class.getClassLoader());

    private static List<Group> groups() {
        List<Group> out = new ArrayList<>();
        for (String[] row : LEXICON.table(ConfusionScanner.GROUPS, 2)) {
            assertTrue(row[0].equals("音") || row[0].equals("形"), "likeness 音 or 形: " + String.join("\t", row));
            assertTrue(row[1].length() >= 2, "a group has two characters at least: " + row[1]);
            out.add(new Group(row[0].equals("音") ? Likeness.SOUND : Likeness.SHAPE, row[1]));
        }
        return out;
    }

    /** A group said to sound alike shares a reading (tones aside) by HanLP's pinyin. */
    @Test
    void soundGroupsShareAReading() {
        for (Group g : groups()) {
            if (g.likeness() != Likeness.SOUND) {
                continue;
            }
            Set<String> common = null;
            for (char c : g.chars().toCharArray()) {
                Set<String> readings = new HashSet<>();
                Pinyin[] ps = PinyinDictionary.get(String.valueOf(c));
                assertNotNull(ps, "HanLP has a reading of " + c);
                for (Pinyin p : ps) {
                    readings.add(p.getPinyinWithoutTone());
                }
                if (common == null) {
                    common = readings;
                } else {
                    common.retainAll(readings);
                }
            }
            assertTrue(common != null && !common.isEmpty(), "no common reading in " + g.chars());
        }
    }

    @Test
    void modelKnowsWrongFormsOfFrequentWordsOnly() {
        CharConfusions model = new CharConfusions(groups(), 15);
        assertTrue(model.size() > 100, "the model has wrong forms: " + model.size());
        assertEquals("探索", model.find('探', '素').right());
        assertEquals("实干", model.find('实', '千').right());
        assertEquals("攻坚", model.find('功', '坚').right());
        assertEquals("关键", model.find('关', '健').right());
        assertNull(model.find('探', '索'), "a word is no wrong form");
        assertNull(model.find('干', '部'), "干部 is a word although 于 and 千 look like 干");
        assertNull(model.find('发', '展'));
    }

    /** The model the build wrote beside the groups is the one built from the dictionary; one that does not fit is ignored. */
    @Test
    void modelWrittenByTheBuildIsTheModelOfTheGroups() {
        List<String> table = LEXICON.lines(ConfusionScanner.MODEL);
        assertTrue(table.size() > 100, "the build wrote " + ConfusionScanner.MODEL + ": " + table.size() + " lines");
        CharConfusions built = new CharConfusions(groups(), 15);
        CharConfusions read = new CharConfusions(groups(), 15, table);
        assertEquals(built.size(), read.size());
        for (String line : table.subList(1, table.size())) {
            char a = line.charAt(0);
            char b = line.charAt(1);
            assertEquals(built.find(a, b), read.find(a, b), line);
        }
        assertEquals(built.find('探', '素'), read.find('探', '素'));
        assertNull(read.find('探', '索'));
        // another frequency: the table's key differs, the model is built from the dictionary
        CharConfusions other = new CharConfusions(groups(), 1000, table);
        assertEquals(new CharConfusions(groups(), 1000).size(), other.size());
        assertTrue(other.size() < built.size(), "fewer words of frequency 1000: " + other.size());
    }
}
