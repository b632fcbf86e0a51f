package io.github.gongwen.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {
    @Test
    void aBodyUpToTheLimitIsReadAndOneBytePastItIs413() throws Exception {
        RequestBodies bodies = new RequestBodies(4);
        assertArrayEquals(new byte[4], bodies.read(new ByteArrayInputStream(new byte[4])));
        ApiError e = assertThrows(ApiError.class, () -> bodies.read(new ByteArrayInputStream(new byte[5])));
        assertEquals(413, e.status());
        assertEquals("too-large", e.code());
    }

    @Test
    void theLimitIsNamedInMegabytesWhenWhole() {
        assertEquals("请求体过大：上限为 5 MB", new RequestBodies(5L * 1024 * 1024).tooLarge().getMessage());
        assertEquals("请求体过大：上限为 1000 字节", new RequestBodies(1000).tooLarge().getMessage());
    }
}
