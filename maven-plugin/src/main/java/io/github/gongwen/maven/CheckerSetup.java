package io.github.gongwen.maven;

import io.github.gongwen.Checker;
import io.github.gongwen.RuleNames;
import io.github.gongwen.config.ConfigException;
import io.github.gongwen.config.GongwenConfig;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleSource;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The goals' configuration, encoding and rules turned into core's objects, each failure a
 * {@link MojoExecutionException} that says what to fix: the {@code gongwen.yaml}, the encoding,
 * the rule sources (for the cache key) and the checker (shared between modules by {@link CheckerCache}).
 */
final class CheckerSetup {
    private CheckerSetup() {
    }

    /**
     * The configuration: {@code configFile}, else {@code gongwen.yaml} of {@code projectDirectory},
     * else none ({@code null}).
     */
    static GongwenConfig config(File configFile, Path projectDirectory, ClassLoader loader)
            throws MojoExecutionException {
        Path file;
        if (configFile != null) {
            if (!configFile.isFile()) {
                throw new MojoExecutionException("gongwen: configFile " + configFile + " does not exist");
            }
            file = configFile.toPath();
        } else {
            file = GongwenConfig.find(projectDirectory);
            if (file == null) {
                return null;
            }
        }
        try {
            return GongwenConfig.load(file, loader);
        } catch (ConfigException e) {
            throw new MojoExecutionException(problems("the configuration cannot be used:", e.problems()));
        } catch (IOException e) {
            throw new MojoExecutionException("gongwen: cannot read the configuration " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code gongwen: HEADING} and one indented line per problem. */
    static String problems(String heading, List<?> problems) {
        StringBuilder b = new StringBuilder("gongwen: ").append(heading);
        problems.forEach(p -> b.append("\n  ").append(p));
        return b.toString();
    }

    /** The rule sources the checker is built from, read without compiling them (for the cache key). */
    static List<RuleSource> ruleSources(List<Path> ruleDirectories, ClassLoader loader)
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

    /**
     * A checker with the configuration, rules, year, encoding and disabled rules (shared between
     * modules), its rule names verified against the configuration and {@code off}.
     */
    static Checker checker(GongwenConfig config, List<Path> rules, Integer reportYear, List<String> off,
            Charset charset, ClassLoader loader, Log log) throws MojoExecutionException {
        Checker checker;
        try {
            checker = CheckerCache.get(config, rules, reportYear, off, charset, loader, log);
        } catch (RuleCompileException e) {
            throw new MojoExecutionException(problems("the rules do not compile:", e.problems()), e);
        } catch (IOException e) {
            throw new MojoExecutionException("gongwen: cannot read the rules: " + e.getMessage(), e);
        }
        if (config != null) {
            try {
                config.verify(checker);
            } catch (ConfigException e) {
                throw new MojoExecutionException(problems("the configuration cannot be used:", e.problems()));
            }
        }
        List<String> unknown = RuleNames.unknown(checker, off);
        if (!unknown.isEmpty()) {
            throw new MojoExecutionException(problems("the parameter disable names rules that do not exist:",
                    unknown.stream().map(u -> u + " (mvn gongwen:help, or the rule list in the README)").toList()));
        }
        return checker;
    }

    /** The encoding parameter: {@code null} for {@code auto} (or none), else the named charset. */
    static Charset charset(String encoding) throws MojoExecutionException {
        if (encoding == null || encoding.isBlank() || encoding.strip().toLowerCase(Locale.ROOT).equals("auto")) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("gongwen: unknown encoding '" + encoding + "' (use auto, UTF-8, GB18030 …)");
        }
    }
}
