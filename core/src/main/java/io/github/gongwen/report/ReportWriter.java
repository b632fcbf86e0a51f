package io.github.gongwen.report;

import io.github.gongwen.RunResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes the result of a run in one format. Writers are stateless and thread-safe; paths in the
 * report are the names the files were checked under.
 */
public interface ReportWriter {
    /** The format's name as users type it ({@code text}, {@code json} …). */
    String format();

    /** The usual file extension, without the dot. */
    String extension();

    void write(RunResult result, Writer out) throws IOException;
}
