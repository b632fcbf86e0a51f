package io.github.gongwen.maven;

import io.github.gongwen.RunResult;
import io.github.gongwen.baseline.Baseline;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the current findings to a baseline file: commit it, and {@code gongwen:check} with
 * {@code baselineFile} will fail only on findings that are not in it. Run it again after fixing
 * defects to drop them from the file.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractGongwenMojo {
    /** The baseline to write (default: {@code gongwen-baseline.json} in the project directory). */
    @Parameter(property = "gongwen.baselineFile")
    File baselineFile;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("gongwen: skipped");
            return;
        }
        File file = baselineFile != null ? baselineFile : new File(projectDirectory(), "gongwen-baseline.json");
        RunResult result = check().result();
        result.errors().forEach(f -> getLog().warn(f.path() + ": cannot check: " + f.error()));
        Baseline baseline = Baseline.of(result);
        try {
            baseline.write(file.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("gongwen: cannot write the baseline " + file + ": "
                    + e.getMessage(), e);
        }
        getLog().info("gongwen: wrote " + baseline.entries().size() + " finding(s) of " + result.files().size()
                + " file(s) to the baseline " + file);
    }
}
