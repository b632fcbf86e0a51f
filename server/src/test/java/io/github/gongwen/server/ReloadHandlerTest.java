package io.github.gongwen.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReloadHandlerTest {
    private static final String TOKEN = "0123456789abcdef";

    @Test
    void onlyTheBearerTokenItselfIsAccepted() {
        assertTrue(ReloadHandler.carries("Bearer " + TOKEN, TOKEN));
        assertTrue(ReloadHandler.carries("Bearer  " + TOKEN + " ", TOKEN));
        assertFalse(ReloadHandler.carries(null, TOKEN));
        assertFalse(ReloadHandler.carries(TOKEN, TOKEN));
        assertFalse(ReloadHandler.carries("Basic " + TOKEN, TOKEN));
        assertFalse(ReloadHandler.carries("Bearer " + TOKEN + "0", TOKEN));
        assertFalse(ReloadHandler.carries("Bearer ", TOKEN));
    }
}
