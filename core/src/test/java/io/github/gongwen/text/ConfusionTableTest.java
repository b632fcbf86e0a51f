package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionTableTest {
    private static int pair(String s) {
        return s.charAt(0) << 16 | s.charAt(1);
    }

    @Test
    void formsAreFoundAndComeBackFromTheirLinesInTheSameSlots() {
        ConfusionTable t = new ConfusionTable(3);
        t.put(pair("探素"), pair("探索"), (byte) 0);
        t.put(pair("部暑"), pair("部署"), (byte) 1);
        t.put(pair("部暑"), pair("部署"), (byte) 1); // again: still one form
        assertEquals(2, t.size());
        int slot = t.slot(pair("探素"));
        assertTrue(slot >= 0);
        assertEquals(pair("探索"), t.right(slot));
        assertEquals(0, t.kind(slot));
        assertEquals(-1, t.slot(pair("探索")));

        List<String> lines = new ArrayList<>(List.of("key"));
        t.write(lines);
        assertEquals(3, lines.size());
        assertTrue(lines.contains("部暑\t部署\t1"), lines.toString());
        ConfusionTable back = ConfusionTable.read(lines);
        assertEquals(2, back.size());
        assertEquals(slot, back.slot(pair("探素")));
        assertEquals(t.slot(pair("部暑")), back.slot(pair("部暑")));
    }

    @Test
    void aMalformedLineReadsAsNoTable() {
        assertNull(ConfusionTable.read(List.of("key", "探素 探索 0")));
        assertEquals(0, ConfusionTable.read(List.of("key")).size());
    }
}
