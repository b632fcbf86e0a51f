package io.github.gongwen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Severities as options and configuration write them. */
class SeverityTest {
    @Test
    void aThresholdIsASeverityOrNone() {
        assertEquals(Severity.ERROR, Severity.threshold("error"));
        assertEquals(Severity.WARNING, Severity.threshold(" WARNING "));
        assertEquals(Severity.INFO, Severity.threshold("Info"));
        assertNull(Severity.threshold("none"));
        assertNull(Severity.threshold("NONE"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Severity.threshold("sometimes"));
        assertEquals("unknown level 'sometimes' (expected error, warning, info or none)", e.getMessage());
    }

    @Test
    void aSeverityIsNeverNone() {
        assertThrows(IllegalArgumentException.class, () -> Severity.parse("none"));
        assertTrue(Severity.ERROR.atLeast(Severity.WARNING));
    }
}
