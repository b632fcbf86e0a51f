package io.github.gongwen.maven;

import io.github.gongwen.Checker;
import io.github.gongwen.FileSelector;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.cache.CachedRun;
import io.github.gongwen.cache.ResultCache;
import io.github.gongwen.config.GongwenConfig;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: which files to check, how, and running the check (with the incremental
 * cache). The checking itself is Gongwen's core; this class only maps Maven parameters onto it
 * ({@link CheckerSetup} turns the configuration, encoding and rules into core's objects).
 */
abstract class AbstractGongwenMojo extends AbstractMojo {
    /** Directories searched for reports (default: the project directory). */
    @Parameter(property = "gongwen.sourceDirectories")
    List<File> sourceDirectories;

    /**
     * File patterns, relative to each source directory, of the files to check, in the dialect of
     * {@code gongwen.yaml} and {@code .gitignore} ({@code *.txt} is a .txt file in any directory,
     * {@code reports/**}{@code /*.md}, {@code drafts/}). Default: the configuration's {@code include},
     * else {@code *.txt}, {@code *.md} and {@code *.docx} (a {@code .doc} is reported as unreadable).
     */
    @Parameter(property = "gongwen.includes")
    List<String> includes;

    /**
     * File patterns of files not to check, added to the configuration's {@code exclude}. The build
     * directory ({@code target/}), the output directory and the modules of a multi-module project
     * (each checks its own files) are never checked.
     */
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

    /**
     * The Gongwen configuration ({@code gongwen.yaml}, the same file and format as the command
     * line's {@code --config}). Default: {@code gongwen.yaml} in the project directory when there is
     * one. The plugin's own parameters are applied after it: {@code reportYear} wins,
     * {@code ruleDirectories} and {@code disable} add to it.
     */
    @Parameter(property = "gongwen.configFile")
    File configFile;

    /**
     * Whether a source directory that does not exist fails the build (a misspelt path would
     * otherwise check nothing and pass). A run that selects no file is always reported.
     */
    @Parameter(property = "gongwen.failIfNoFiles", defaultValue = "true")
    boolean failIfNoFiles;

    /** The modules of this project: their directories are left to their own executions. */
    @Parameter(defaultValue = "${project.modules}", readonly = true)
    List<String> modules;

    /**
     * The directory that file paths in the console, the reports and the baseline are relative to.
     * Default: the root of the git work tree the project is in (what GitHub code scanning expects),
     * or the project directory outside git.
     */
    @Parameter(property = "gongwen.baseDirectory")
    File baseDirectory;

    /**
     * Where the reports and the incremental cache are written (default: {@code ${project.build.directory}/gongwen}).
     * Modules of one build may share a directory (set it once in the parent, e.g. to
     * {@code ${session.executionRootDirectory}/target/gongwen}): the reports there then hold the
     * findings of all of them, also with {@code -T}.
     */
    @Parameter(property = "gongwen.outputDirectory")
    File outputDirectory;

    /**
     * Whether unchanged reports may be taken from the cache of the previous build
     * ({@code outputDirectory/cache.json}; {@code cache-GROUP.ARTIFACT.json} when the output directory
     * is outside the module's build directory, where modules may share it).
     */
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

    /** When this build started: with the execution root, which build a module's reports belong to. */
    @Parameter(defaultValue = "${session.startTime}", readonly = true)
    java.util.Date sessionStart;

    @Parameter(defaultValue = "${project.groupId}", readonly = true)
    String groupId;

    @Parameter(defaultValue = "${project.artifactId}", readonly = true)
    String artifactId;

    /** This module, as {@code groupId:artifactId}. */
    String moduleId() {
        return groupId + ":" + artifactId;
    }

    /** This build: its start and where it was started. */
    String buildId() {
        return (sessionStart == null ? "" : sessionStart.getTime()) + "@" + executionRootDirectory;
    }

    /**
     * The incremental cache: {@code cache.json} in an output directory inside this module's build
     * directory (the default), else {@code cache-GROUP.ARTIFACT.json}, since modules may share it.
     */
    Path cacheFile() {
        Path out = outputDirectory().toPath().toAbsolutePath().normalize();
        boolean own = out.startsWith(buildDirectory().toPath().toAbsolutePath().normalize());
        return out.resolve(own || artifactId == null ? "cache.json" : "cache-" + groupId + "." + artifactId + ".json");
    }

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
        GongwenConfig config = config();
        ReportFiles.Listing listing = listing(config);
        Charset charset = charset();
        List<Path> rules = ruleDirectories == null ? List.of() : ruleDirectories.stream().map(File::toPath).toList();
        List<String> off = disable == null ? List.of() : disable;
        ClassLoader loader = getClass().getClassLoader();
        Path cacheFile = cacheFile();
        List<Path> allRules = new ArrayList<>(config == null ? List.of() : config.ruleDirectories());
        allRules.addAll(rules);
        String key = ResultCache.key(CheckerSetup.ruleSources(allRules, loader), loader,
                "reportYear=" + reportYear + "\nencoding=" + charset + "\ndisabled=" + new TreeSet<>(off)
                        + "\nconfig=" + (config == null ? "none" : config.fingerprint()));
        ResultCache cache = incremental ? ResultCache.load(cacheFile, key) : ResultCache.empty(cacheFile, key);
        CachedRun run = CachedRun.prepare(listing, cache, charset);
        Checker checker = run.needsChecker() ? checker(config, rules, off, charset, loader) : null;
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

    /** The report files selected by the source directories, includes and excludes (and the configuration's). */
    ReportFiles.Listing listing() throws MojoExecutionException {
        return listing(config());
    }

    private ReportFiles.Listing listing(GongwenConfig config) throws MojoExecutionException {
        Path base = base();
        List<Path> roots = new ArrayList<>();
        for (File d : sourceDirectories == null || sourceDirectories.isEmpty() ? List.of(projectDirectory())
                : sourceDirectories) {
            if (d.exists()) {
                roots.add(d.toPath());
            } else if (failIfNoFiles) {
                throw new MojoExecutionException("gongwen: source directory " + d + " does not exist (fix "
                        + "sourceDirectories, or set failIfNoFiles to false to skip missing directories)");
            } else {
                getLog().warn("gongwen: source directory " + d + " does not exist; skipped");
            }
        }
        List<Path> excludedDirectories = new ArrayList<>(List.of(buildDirectory().toPath(), outputDirectory().toPath()));
        if (modules != null) {
            modules.forEach(m -> excludedDirectories.add(projectDirectory().toPath().resolve(m)));
        }
        List<String> in = includes == null ? List.of() : includes;
        FileSelector selector;
        try {
            selector = new FileSelector(in, excludes == null ? List.of() : excludes, excludedDirectories,
                    config == null ? p -> true : in.isEmpty() ? config.fileFilter() : config.excludeFilter());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("gongwen: a pattern of includes or excludes cannot be used: "
                    + e.getMessage());
        }
        ReportFiles.Listing listing = selector.collect(base, roots);
        if (listing.files().isEmpty() && listing.errors().isEmpty()) {
            getLog().warn("gongwen: 0 files matched the includes " + (in.isEmpty() ? "(default: *.txt, *.md, *.docx)"
                    : in) + " under " + roots.stream().map(Path::toString).toList() + "; nothing was checked");
        }
        return listing;
    }

    /** A checker with the configuration, rules, year, encoding and disabled rules (shared between modules). */
    Checker checker() throws MojoExecutionException {
        List<Path> rules = ruleDirectories == null ? List.of() : ruleDirectories.stream().map(File::toPath).toList();
        return checker(config(), rules, disable == null ? List.of() : disable, charset(), getClass().getClassLoader());
    }

    /** The configuration: {@code configFile}, else {@code gongwen.yaml} of the project directory, else none. */
    GongwenConfig config() throws MojoExecutionException {
        return CheckerSetup.config(configFile, projectDirectory().toPath(), getClass().getClassLoader());
    }

    private Checker checker(GongwenConfig config, List<Path> rules, List<String> off, Charset charset,
            ClassLoader loader) throws MojoExecutionException {
        return CheckerSetup.checker(config, rules, reportYear, off, charset, loader, getLog());
    }

    private Charset charset() throws MojoExecutionException {
        return CheckerSetup.charset(encoding);
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
