package io.github.gongwen.maven;

import io.github.gongwen.FileResult;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.fix.FileFixer;
import io.github.gongwen.fix.FixException;
import io.github.gongwen.text.InputException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Applies the safe fixes of the rules (those marked {@code @fix("safe")}) to the project's text
 * reports in place, as {@code spotless:apply} formats code: same encoding, byte-order mark and line
 * breaks, written atomically, and a second run changes nothing. Files that cannot be read or
 * decoded, read-only files and files changed meanwhile are left alone and fail the goal. Word
 * documents are skipped ({@code gongwen review} puts their fixes in as tracked changes).
 */
@Mojo(name = "apply", threadSafe = true, requiresProject = false)
public class ApplyMojo extends AbstractGongwenMojo {
    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("gongwen: skipped");
            return;
        }
        ReportFiles.Listing listing = listing();
        List<String> failed = new ArrayList<>();
        for (FileResult e : listing.errors()) {
            failed.add(e.path() + ": " + e.error());
        }
        int fixes = 0;
        int files = 0;
        if (!listing.files().isEmpty()) {
            FileFixer fixer = new FileFixer(checker());
            for (ReportFiles.Entry e : listing.files()) {
                if (!FileFixer.handles(e.path())) {
                    getLog().debug("gongwen: " + e.name() + ": a Word document, not fixed in place");
                    continue;
                }
                try {
                    FileFixer.Plan plan = fixer.plan(e.path(), e.name());
                    if (plan.changed()) {
                        plan.writeInPlace();
                        files++;
                        fixes += plan.result().fixed().size();
                        getLog().info("gongwen: " + e.name() + ": " + plan.result().fixed().size() + " fixes applied");
                    }
                } catch (InputException ex) {
                    failed.add(e.name() + ": " + ex.reason());
                } catch (FixException ex) {
                    failed.add(e.name() + ": " + ex.getMessage());
                }
            }
        }
        getLog().info("gongwen: " + fixes + " safe fixes applied to " + files + " of " + listing.files().size()
                + " files");
        if (!failed.isEmpty()) {
            throw new MojoExecutionException("gongwen: " + failed.size() + " files not fixed:\n  "
                    + String.join("\n  ", failed));
        }
    }
}
