package io.github.gongwen.maven;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import io.github.gongwen.Severity;
import io.github.gongwen.baseline.Baseline;
import io.github.gongwen.cache.CachedRun;
import io.github.gongwen.report.ReportFormats;
import io.github.gongwen.io.AtomicFiles;
import io.github.gongwen.report.Printable;
import io.github.gongwen.report.ReportWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the reports of the project and fails the build on findings at or above
 * {@code failOnSeverity}, as Checkstyle or PMD do for code. Every finding is logged as
 * {@code path:line:col [severity] rule: message}; the reports (JSON, SARIF, checkstyle XML …) go to
 * {@code outputDirectory}. With a {@code baselineFile}, only findings not in it count.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractGongwenMojo {
    /** The formats written when none are configured (plus {@code html} when this version has it). */
    static final List<String> DEFAULT_FORMATS = List.of("json", "sarif", "checkstyle");

    /** The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code none}. */
    @Parameter(property = "gongwen.failOnSeverity", defaultValue = "error")
    String failOnSeverity;

    /**
     * Whether findings fail the build at all (as in maven-checkstyle-plugin and maven-pmd-plugin);
     * {@code false} only reports them, like {@code failOnSeverity=none}.
     */
    @Parameter(property = "gongwen.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /**
     * Whether every finding is logged, one line each ({@code mvn -q} then shows only those that fail
     * the build); {@code false} logs only the summary. The reports are written either way.
     */
    @Parameter(property = "gongwen.consoleOutput", defaultValue = "true")
    boolean consoleOutput;

    /** How many findings at or above {@code failOnSeverity} are tolerated before the build fails. */
    @Parameter(property = "gongwen.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /**
     * The report files to write besides the console: {@code json}, {@code sarif}, {@code checkstyle},
     * {@code text}, and {@code html} where available (default: json, sarif, checkstyle and html).
     */
    @Parameter(property = "gongwen.formats")
    List<String> formats;

    /** Findings accepted for now (written by {@code gongwen:baseline}); only findings not in it count. */
    @Parameter(property = "gongwen.baselineFile")
    File baselineFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("gongwen: skipped");
            return;
        }
        Severity threshold = threshold();
        List<ReportWriter> writers = writers();
        Baseline baseline = baseline();
        CachedRun.Outcome checked = check();
        RunResult result = checked.result();
        int suppressed = 0;
        if (baseline != null) {
            Baseline.Applied applied = baseline.apply(result);
            result = applied.result();
            suppressed = applied.suppressed();
            if (applied.stale() > 0) {
                getLog().info("gongwen: " + applied.stale() + " baselined finding(s) no longer occur; "
                        + "run gongwen:baseline to drop them from " + baselineFile);
            }
        }
        if (consoleOutput) {
            log(result, threshold);
        }
        SharedReports.Written<List<Path>> written = write(result, writers);
        getLog().info(summary(result, checked.cached(), suppressed));
        if (!written.value().isEmpty()) {
            getLog().info("gongwen: reports in " + outputDirectory() + ": "
                    + String.join(", ", written.value().stream().map(p -> p.getFileName().toString()).toList())
                    + (written.modules().size() > 1 ? " (shared: the findings of the modules "
                            + String.join(", ", written.modules()) + ")" : ""));
        }
        fail(result, threshold);
    }

    /** The lowest severity that fails the build, or {@code null} when nothing does. */
    private Severity threshold() throws MojoExecutionException {
        Severity threshold;
        try {
            threshold = Severity.threshold(failOnSeverity == null ? "error" : failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("gongwen: failOnSeverity '" + failOnSeverity
                    + "' is not one of error, warning, info, none");
        }
        return failOnViolation ? threshold : null;
    }

    private List<ReportWriter> writers() throws MojoExecutionException {
        Set<String> names = new LinkedHashSet<>();
        if (formats == null || formats.isEmpty()) {
            names.addAll(DEFAULT_FORMATS);
            if (ReportFormats.forName("html").isPresent()) {
                names.add("html");
            }
        } else {
            formats.forEach(f -> names.add(f.strip().toLowerCase(Locale.ROOT)));
        }
        names.remove("console");
        names.remove("");
        List<ReportWriter> out = new ArrayList<>();
        for (String n : names) {
            out.add(ReportFormats.forName(n).orElseThrow(() -> new MojoExecutionException("gongwen: unknown format '"
                    + n + "' (known: console, " + String.join(", ", ReportFormats.names()) + ")")));
        }
        return out;
    }

    private Baseline baseline() throws MojoExecutionException {
        if (baselineFile == null) {
            return null;
        }
        if (!baselineFile.isFile()) {
            throw new MojoExecutionException("gongwen: baseline file " + baselineFile
                    + " does not exist (create it with mvn gongwen:baseline)");
        }
        try {
            return Baseline.read(baselineFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("gongwen: " + e.getMessage(), e);
        }
    }

    /** One line per finding: those that fail the build as errors, the others as warnings or info. */
    private void log(RunResult result, Severity threshold) {
        for (FileResult file : result.files()) {
            if (file.failed()) {
                String line = Printable.escape(file.path()) + ": cannot check: " + Printable.escape(file.error());
                if (threshold == null) {
                    getLog().warn(line);
                } else {
                    getLog().error(line);
                }
            }
            for (Finding f : file.findings()) {
                String line = line(f);
                if (threshold != null && f.severity().atLeast(threshold)) {
                    getLog().error(line);
                } else if (f.severity() == Severity.INFO) {
                    getLog().info(line);
                } else {
                    getLog().warn(line);
                }
            }
        }
    }

    /** {@code path:line:col [severity] rule: message}; findings about a whole document are at 1:1. */
    static String line(Finding f) {
        int line = f.isDocumentLevel() ? 1 : f.line();
        int column = f.isDocumentLevel() ? 1 : f.column();
        return Printable.escape(f.file()) + ":" + line + ":" + column + " [" + f.severity().id() + "] " + f.ruleId()
                + ": " + Printable.escape(f.message());
    }

    /**
     * Writes the reports; modules of this build that share the output directory get reports of all
     * their findings ({@link SharedReports}).
     */
    private SharedReports.Written<List<Path>> write(RunResult result, List<ReportWriter> writers)
            throws MojoExecutionException {
        if (writers.isEmpty()) {
            return new SharedReports.Written<>(List.of(), List.of(moduleId()));
        }
        Path dir = outputDirectory().toPath();
        try {
            return SharedReports.write(buildId(), dir, moduleId(), result, merged -> {
                List<Path> written = new ArrayList<>();
                Files.createDirectories(dir);
                for (ReportWriter w : writers) {
                    Path file = dir.resolve("gongwen." + w.extension());
                    AtomicFiles.write(file, out -> w.write(merged, out));
                    written.add(file);
                }
                return written;
            });
        } catch (IOException e) {
            throw new MojoExecutionException("gongwen: cannot write the reports to " + dir + ": " + e.getMessage(), e);
        }
    }

    static String summary(RunResult result, int cached, int suppressed) {
        var bySeverity = result.countBySeverity();
        StringBuilder b = new StringBuilder("gongwen: ").append(plural(result.files().size(), "file")).append(" checked");
        if (cached > 0) {
            b.append(" (").append(cached).append(" unchanged, from the cache)");
        }
        b.append(", ").append(plural(result.findings().size(), "finding"));
        b.append(" (").append(bySeverity.getOrDefault(Severity.ERROR, 0)).append(" error, ")
                .append(bySeverity.getOrDefault(Severity.WARNING, 0)).append(" warning, ")
                .append(bySeverity.getOrDefault(Severity.INFO, 0)).append(" info)");
        if (!result.errors().isEmpty()) {
            b.append(", ").append(plural(result.errors().size(), "file")).append(" could not be checked");
        }
        if (suppressed > 0) {
            b.append(", ").append(plural(suppressed, "finding")).append(" suppressed by the baseline");
        }
        return b.toString();
    }

    private void fail(RunResult result, Severity threshold) throws MojoFailureException {
        if (threshold == null) {
            return;
        }
        long violations = result.count(threshold);
        int unreadable = result.errors().size();
        if (violations <= maxAllowedViolations && unreadable == 0) {
            return;
        }
        List<String> why = new ArrayList<>();
        if (violations > maxAllowedViolations) {
            why.add(plural(violations, "finding") + " at or above " + threshold.id()
                    + (maxAllowedViolations > 0 ? " (" + maxAllowedViolations + " allowed)" : ""));
        }
        if (unreadable > 0) {
            why.add(plural(unreadable, "file") + " that could not be checked");
        }
        Path html = outputDirectory().toPath().resolve("gongwen.html");
        throw new MojoFailureException("gongwen: " + String.join(" and ", why) + "; reports in " + outputDirectory()
                + (Files.isRegularFile(html) ? " (open " + html + " to review them)" : "")
                + ". Fix the reports, silence a wrong finding in the text (gongwen-disable-next-line), or accept "
                + "today's findings with mvn gongwen:baseline and set baselineFile so that only new ones fail");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
