package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharBitsTest {
    @Test
    void holdsTheGivenCharactersOnly() {
        long[] b = CharBits.of("周华百a");
        assertTrue(CharBits.has(b, '周'));
        assertTrue(CharBits.has(b, 'a'));
        assertFalse(CharBits.has(b, '年'));
        assertFalse(CharBits.has(b, 'b'));
        assertFalse(CharBits.has(b, '\uffff'));
    }
}
