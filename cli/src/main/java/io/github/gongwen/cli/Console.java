package io.github.gongwen.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Standard output in the terminal's encoding (UTF-8 when not a terminal or when the terminal's cannot encode Chinese). */
final class Console {
    private Console() {
    }

    static Charset charset() {
        java.io.Console c = System.console();
        // A terminal that cannot show Chinese (LANG=C) still gets UTF-8 rather than question marks.
        return c != null && c.charset().newEncoder().canEncode('中') ? c.charset() : StandardCharsets.UTF_8;
    }

    static PrintWriter out() {
        return new PrintWriter(new java.io.OutputStreamWriter(System.out, charset()), true);
    }

    static PrintWriter err() {
        return new PrintWriter(new java.io.OutputStreamWriter(System.err, charset()), true);
    }
}
