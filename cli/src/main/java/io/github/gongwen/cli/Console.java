package io.github.gongwen.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Standard output in the terminal's encoding (UTF-8 when not a terminal or when the terminal's cannot encode Chinese). */
final class Console {
    /** The first error writing standard output (a full disk, a closed pipe), or {@code null}. */
    private static volatile IOException failure;

    private Console() {
    }

    static Charset charset() {
        java.io.Console c = System.console();
        // A terminal that cannot show Chinese (LANG=C) still gets UTF-8 rather than question marks.
        return c != null && c.charset().newEncoder().canEncode('中') ? c.charset() : StandardCharsets.UTF_8;
    }

    /**
     * Standard output, written to its file descriptor directly: {@link System#out} would swallow
     * a write error, and a report written to a full disk must not pass for a success.
     */
    static PrintWriter out() {
        OutputStream fd = new FileOutputStream(FileDescriptor.out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    super.write(b, off, len);
                } catch (IOException e) {
                    if (failure == null) {
                        failure = e;
                    }
                    throw e;
                }
            }
        };
        return new PrintWriter(new java.io.OutputStreamWriter(new java.io.BufferedOutputStream(fd, 1 << 16),
                charset()), true);
    }

    /** Why writing standard output failed, or {@code null}. */
    static String failure() {
        IOException e = failure;
        return e == null ? null : e.getMessage();
    }

    static PrintWriter err() {
        return new PrintWriter(new java.io.OutputStreamWriter(System.err, charset()), true);
    }
}
