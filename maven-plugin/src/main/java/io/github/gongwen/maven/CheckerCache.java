package io.github.gongwen.maven;

import io.github.gongwen.Checker;
import io.github.gongwen.config.GongwenConfig;
import io.github.gongwen.engine.RuleCompileException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.Log;

/**
 * The checkers built in this plugin realm, by configuration: compiling the rules is the slow step,
 * so the modules of one reactor build (and later builds in a long-lived Maven daemon) share one.
 * The key includes the names, sizes and dates of the files in the rule directories, so edited
 * rules are compiled again.
 */
final class CheckerCache {
    /** Loggers whose INFO messages (KieBase creation and the like) would drown the findings. */
    private static final List<String> QUIET_LOGGERS = List.of("org.drools", "org.kie");
    private static final Map<String, Checker> CHECKERS = new HashMap<>();

    private CheckerCache() {
    }

    static synchronized Checker get(GongwenConfig config, List<Path> ruleDirectories, Integer reportYear,
            List<String> disabled, Charset encoding, ClassLoader loader, Log log) throws RuleCompileException, IOException {
        List<Path> allRules = new ArrayList<>(config == null ? List.of() : config.ruleDirectories());
        allRules.addAll(ruleDirectories);
        String key = key(allRules, reportYear, disabled, encoding)
                + "config=" + (config == null ? "none" : config.fingerprint()) + '\n';
        Checker checker = CHECKERS.get(key);
        if (checker != null) {
            log.debug("gongwen: reusing the rules compiled earlier in this build");
            return checker;
        }
        quietDrools();
        long start = System.nanoTime();
        Checker.Builder b = Checker.builder().classLoader(loader).encoding(encoding);
        if (config != null) {
            config.applyTo(b);
        }
        if (reportYear != null) {
            b.reportYear(reportYear);
        }
        ruleDirectories.forEach(b::ruleDirectory);
        disabled.forEach(b::disable);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            checker = b.build();
        } finally {
            thread.setContextClassLoader(previous);
        }
        log.info(String.format("gongwen: compiled %d rules in %.1f s", checker.rules().size(),
                (System.nanoTime() - start) / 1e9));
        CHECKERS.put(key, checker);
        return checker;
    }

    private static String key(List<Path> ruleDirectories, Integer reportYear, List<String> disabled, Charset encoding)
            throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("year=").append(reportYear).append("\nencoding=").append(encoding).append("\ndisabled=")
                .append(new TreeSet<>(disabled)).append('\n');
        for (Path dir : ruleDirectories) {
            b.append("rules=").append(dir.toAbsolutePath().normalize()).append('\n');
            if (Files.isDirectory(dir)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
                for (Path f : files) {
                    b.append(f).append(':').append(Files.size(f)).append(':')
                            .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
                }
            }
        }
        return b.toString();
    }

    /**
     * Raises the Drools and KIE loggers to WARN in Maven's SLF4J binding (a simple logger that
     * reads {@code org.slf4j.simpleLogger.log.NAME} system properties when a logger is created),
     * unless the user set a level for them ({@code -Dorg.slf4j.simpleLogger.log.org.drools=info}).
     */
    private static void quietDrools() {
        for (String name : QUIET_LOGGERS) {
            String property = "org.slf4j.simpleLogger.log." + name;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "warn");
            }
        }
    }
}
