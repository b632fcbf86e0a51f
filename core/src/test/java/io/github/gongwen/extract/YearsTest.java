package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YearsTest {
    @Test
    void readsTheFormsReportsWrite() {
        assertEquals(2023, Years.first("XX镇2023年工作总结"));
        assertEquals(1955, Years.first("一、１９５５年国家决算"));
        assertEquals(1998, Years.first("二、关于1 9 9 8 年政府工作的建议"));
        assertEquals(1958, Years.first("提出关于一九五八年度国民经济计划"));
        assertEquals(2023, Years.first("二〇二三年工作要点"));
    }

    @Test
    void needsYearAfterTheDigits() {
        assertEquals(-1, Years.first("完成投资2023万元"));
        assertEquals(-1, Years.first("增长12.2023年"));
        assertEquals(-1, Years.first("第三季度"));
    }

    @Test
    void countsAnniversaries() {
        assertEquals(70, Anniversaries.count("70"));
        assertEquals(75, Anniversaries.count("７５"));
        assertEquals(35, Anniversaries.count("三十五"));
        assertEquals(100, Anniversaries.count("一百"));
        assertEquals(110, Anniversaries.count("一百一十"));
        assertEquals(105, Anniversaries.count("一百零五"));
        assertEquals(10, Anniversaries.count("十"));
        assertEquals(-1, Anniversaries.count("百百"));
    }
}
