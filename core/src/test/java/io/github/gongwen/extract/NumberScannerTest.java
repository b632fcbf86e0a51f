package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.fact.NumberForm;
import io.github.gongwen.fact.NumberRange;
import io.github.gongwen.fact.ShortYear;
import io.github.gongwen.fact.WrittenDate;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expressions are tried only where the character after the digits allows a match: its edges. */
class NumberScannerTest {
    private static final Lexicon LEXICON = Lexicon.of(Map.of(
            NumberScanner.SHORT_YEAR_CONTEXT, List.of("底", "初"),
            NumberScanner.RANGE_UNITS, List.of("%", "万")));

    private static List<String> forms(String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        facts.document().setYear(2024, "config");
        new NumberScanner(LEXICON).extract(facts);
        return facts.of(NumberForm.class).stream().map(f -> f.getKind() + " " + f.getStandard()).toList();
    }

    private static List<String> dates(String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        new NumberScanner(LEXICON).extract(facts);
        return facts.of(WrittenDate.class).stream()
                .map(d -> d.getText() + ": " + d.getYear() + " " + d.getMonth() + " " + d.getDay() + " -> " + d.getPlain())
                .toList();
    }

    private static List<String> ranges(String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        new NumberScanner(LEXICON).extract(facts);
        return facts.of(NumberRange.class).stream()
                .map(r -> r.getText() + ": '" + r.getFirstUnit() + "' " + r.getWithBothUnits()).toList();
    }

    @Test
    void datesAfterTheDigitsOfTheYearOrTheMonth() {
        assertEquals(List.of("2024年01月05日: 2024 01 05 -> 2024年1月5日"), dates("于2024年01月05日召开"));
        assertEquals(List.of("03月: null 03 null -> 3月"), dates("截至03月，"));
        assertEquals(List.of("3月: null 3 null -> 3月"), dates("截至3月，2024年"));
        assertEquals(List.of("2024年1月5日: 2024 1 5 -> 2024年1月5日"), dates("于2024年1月5日召开"));
    }

    @Test
    void rangesAfterDigitsAndDecimalPoints() {
        assertEquals(List.of("15～30%: '' 15%～30%"), ranges("增长15～30%左右"));
        assertEquals(List.of("1.5-2.5万: '' 1.5万～2.5万"), ranges("约1.5-2.5万人"));
        assertEquals(List.of("15%—30%: '%' 15%—30%"), ranges("增长15%—30%左右"));
        assertEquals(List.of(), ranges("约1.5.2万人"));
        assertEquals(List.of(), ranges("增长15%，30%"));
    }

    @Test
    void lettersRightAfterTheDigits() {
        assertEquals(List.of("LETTER_IN_NUMBER 2023"), forms("在2O23年"));
        assertEquals(List.of("LETTER_IN_NUMBER 2011"), forms("共2Ol1人"));
        assertEquals(List.of(), forms("共20人Ol"));
    }

    private static List<String> shortYears(String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        new NumberScanner(LEXICON).extract(facts);
        return facts.of(ShortYear.class).stream().map(y -> y.getText() + " " + y.getYear()).toList();
    }

    @Test
    void shortYearsWithYearTwoCharactersOn() {
        assertEquals(List.of("25年 2025"), shortYears("到25年底"));
        assertEquals(List.of("35年 2035"), shortYears("再过35年底"));
        assertEquals(List.of(), shortYears("到225年底"));
        assertEquals(List.of(), shortYears("到5年底"));
        assertEquals(List.of(), shortYears("到25年后"));
    }
}
