package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharsTest {
    @Test
    void isHanAgreesWithTheUnicodeScriptEverywhere() {
        for (int cp = 0; cp <= 0x3FFFF; cp++) {
            assertEquals(Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN, Chars.isHan(cp),
                    "U+" + Integer.toHexString(cp));
        }
        assertTrue(Chars.isHan('政'));
        assertTrue(Chars.isHan('〇'));
        assertFalse(Chars.isHan('，'));
        assertFalse(Chars.isHan('X'));
    }
}
