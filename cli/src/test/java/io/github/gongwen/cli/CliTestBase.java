package io.github.gongwen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the command-line tests share: a folder of their own and the command run with its output captured. */
abstract class CliTestBase {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code gongwen ARGS…} in this JVM; its standard output and error go to {@link #out} and {@link #err}. */
    int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
