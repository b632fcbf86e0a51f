package io.github.gongwen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HunksTest {
    @Test
    void onlyTheChangedMarksAreHunks() {
        String a = ",我们锚定“主线”,以“攀高”之志,";
        String b = "，我们锚定“主线”，以“攀高”之志，";
        List<Hunks.Hunk> h = Hunks.of(a, b);
        assertEquals(List.of(new Hunks.Hunk(0, 1, "，"), new Hunks.Hunk(9, 10, "，"), new Hunks.Hunk(17, 18, "，")), h);
        assertEquals(b, Hunks.apply(a, h));
    }

    @Test
    void deletionsInsertionsAndNothing() {
        assertEquals(List.of(new Hunks.Hunk(1, 2, "")), Hunks.of("，，", "，"));
        assertEquals(List.of(new Hunks.Hunk(2, 2, "%")), Hunks.of("15～30%", "15%～30%"));
        assertEquals(List.of(), Hunks.of("同", "同"));
        String a = ", 全镇上下攻坚克难.";
        String b = "，全镇上下攻坚克难。";
        assertEquals(b, Hunks.apply(a, Hunks.of(a, b)));
    }
}
