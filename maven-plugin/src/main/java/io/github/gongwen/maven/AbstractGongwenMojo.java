package io.github.gongwen.maven;

import io.github.gongwen.Checker;
import io.github.gongwen.FileSelector;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.cache.CachedRun;
import io.github.gongwen.cache.ResultCache;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleSource;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: which files to check, how, and running the check (with the incremental
 * cache). The checking itself is Gongwen's core; this class only maps Maven parameters onto it.
 */
abstract class AbstractGongwenMojo extends AbstractMojo {
    /** Patterns of the files checked when no {@code includes} are configured. */
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.txt", "**/*.md");

    /** Directories searched for reports (default: the project directory). */
    @Parameter(property = "gongwen.sourceDirectories")
    List<File> sourceDirectories;

    /** Ant-style patterns, relative to each source directory, of the files to check (default: {@code **}{@code /*.txt, **}{@code /*.md}). */
    @Parameter(property = "gongwen.includes")
    List<String> includes;

    /** Ant-style patterns of files not to check. The build directory ({@code target/}) is never checked. */
    @Parameter(property = "gongwen.excludes")
    List<String> excludes;

    /** The encoding of the reports, e.g. {@code UTF-8} or {@code GB18030}; {@code auto} detects it per file. */
    @Parameter(property = "gongwen.encoding", defaultValue = "auto")
    String encoding;

    /** The year the reports are about; when unset it is inferred per report (title, headings, file name). */
    @Parameter(property = "gongwen.reportYear")
    Integer reportYear;

    /** Directories of extra {@code .drl} rules, added to the default rules. */
    @Parameter(property = "gongwen.ruleDirectories")
    List<File> ruleDirectories;

    /** Rules to turn off, by id or category. */
    @Parameter(property = "gongwen.disable")
    List<String> disable;

    /** A Gongwen configuration file; not supported by this version yet (setting it fails the build). */
    @Parameter(property = "gongwen.configFile")
    File configFile;

    /**
     * The directory that file paths in the console, the reports and the baseline are relative to.
     * Default: the root of the git work tree the project is in (what GitHub code scanning expects),
     * or the project directory outside git.
     */
    @Parameter(property = "gongwen.baseDirectory")
    File baseDirectory;

    /** Where the reports and the incremental cache are written (default: {@code ${project.build.directory}/gongwen}). */
    @Parameter(property = "gongwen.outputDirectory")
    File outputDirectory;

    /** Whether unchanged reports may be taken from the cache of the previous build ({@code outputDirectory/cache.json}). */
    @Parameter(property = "gongwen.incremental", defaultValue = "true")
    boolean incremental;

    /** Skips the goal. */
    @Parameter(property = "gongwen.skip", defaultValue = "false")
    boolean skip;

    /** The project's directory; {@code null} when Maven runs without a pom. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File projectBasedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File projectBuildDirectory;

    /** Where Maven was started: the directory checked when there is no pom. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRootDirectory;

    /** The project directory, or the current directory when Maven runs without a pom. */
    File projectDirectory() {
        if (projectBasedir != null) {
            return projectBasedir;
        }
        return executionRootDirectory != null ? executionRootDirectory : new File(System.getProperty("user.dir"));
    }

    File buildDirectory() {
        return projectBasedir != null && projectBuildDirectory != null ? projectBuildDirectory
                : new File(projectDirectory(), "target");
    }

    File outputDirectory() {
        return outputDirectory != null ? outputDirectory : new File(buildDirectory(), "gongwen");
    }

    /**
     * Selects the files and checks them, taking unchanged ones from the cache; the rules are
     * compiled (or reused from an earlier module) only when some file has to be checked.
     */
    CachedRun.Outcome check() throws MojoExecutionException {
        if (configFile != null) {
            throw new MojoExecutionException("configFile (" + configFile + ") is not supported yet by this version of "
                    + "gongwen; remove the setting or use the plugin parameters");
        }
        ReportFiles.Listing listing = listing();
        Charset charset = charset();
        List<Path> rules = ruleDirectories == null ? List.of() : ruleDirectories.stream().map(File::toPath).toList();
        List<String> off = disable == null ? List.of() : disable;
        ClassLoader loader = getClass().getClassLoader();
        Path cacheFile = outputDirectory().toPath().resolve("cache.json");
        String key = ResultCache.key(ruleSources(rules, loader), loader,
                "reportYear=" + reportYear + "\nencoding=" + charset + "\ndisabled=" + new TreeSet<>(off));
        ResultCache cache = incremental ? ResultCache.load(cacheFile, key) : ResultCache.empty(cacheFile, key);
        CachedRun run = CachedRun.prepare(listing, cache, charset);
        Checker checker = run.needsChecker() ? checker(rules, off, charset, loader) : null;
        CachedRun.Outcome outcome = run.finish(checker, Runtime.getRuntime().availableProcessors());
        if (incremental) {
            try {
                cache.save();
            } catch (IOException e) {
                getLog().warn("gongwen: cannot write the cache " + cacheFile + ": " + e.getMessage());
            }
        }
        return outcome;
    }

    /** The report files selected by the source directories, includes and excludes. */
    ReportFiles.Listing listing() {
        Path base = base();
        List<Path> roots = new ArrayList<>();
        for (File d : sourceDirectories == null || sourceDirectories.isEmpty() ? List.of(projectDirectory())
                : sourceDirectories) {
            if (d.exists()) {
                roots.add(d.toPath());
            } else {
                getLog().warn("gongwen: source directory " + d + " does not exist; skipped");
            }
        }
        FileSelector selector = new FileSelector(includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes,
                excludes == null ? List.of() : excludes, List.of(buildDirectory().toPath(), outputDirectory().toPath()));
        ReportFiles.Listing listing = selector.collect(base, roots);
        return listing;
    }

    /** A checker with the configured rules, year, encoding and disabled rules (shared between modules). */
    Checker checker() throws MojoExecutionException {
        if (configFile != null) {
            throw new MojoExecutionException("configFile (" + configFile + ") is not supported yet by this version of "
                    + "gongwen; remove the setting or use the plugin parameters");
        }
        List<Path> rules = ruleDirectories == null ? List.of() : ruleDirectories.stream().map(File::toPath).toList();
        return checker(rules, disable == null ? List.of() : disable, charset(), getClass().getClassLoader());
    }

    /** The rule sources the checker is built from, read without compiling them (for the cache key). */
    private static List<RuleSource> ruleSources(List<Path> ruleDirectories, ClassLoader loader)
            throws MojoExecutionException {
        List<RuleSource> sources = new ArrayList<>(RuleSource.defaults(loader));
        for (Path dir : ruleDirectories) {
            try {
                sources.addAll(RuleSource.directory(dir));
            } catch (IOException e) {
                throw new MojoExecutionException("gongwen: cannot read the rules: " + e.getMessage(), e);
            }
        }
        return sources;
    }

    private Checker checker(List<Path> rules, List<String> off, Charset charset, ClassLoader loader)
            throws MojoExecutionException {
        try {
            return CheckerCache.get(rules, reportYear, off, charset, loader, getLog());
        } catch (RuleCompileException e) {
            StringBuilder b = new StringBuilder("gongwen: the rules do not compile:");
            e.problems().forEach(p -> b.append("\n  ").append(p));
            throw new MojoExecutionException(b.toString(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("gongwen: cannot read the rules: " + e.getMessage(), e);
        }
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank() || encoding.strip().toLowerCase(Locale.ROOT).equals("auto")) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("gongwen: unknown encoding '" + encoding + "' (use auto, UTF-8, GB18030 …)");
        }
    }

    /** The configured base directory, else the git work tree root above the project, else the project. */
    Path base() {
        if (baseDirectory != null) {
            return baseDirectory.toPath().toAbsolutePath().normalize();
        }
        Path project = projectDirectory().toPath().toAbsolutePath().normalize();
        for (Path p = project; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return project;
    }
}
