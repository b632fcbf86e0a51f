package io.github.gongwen.rules;

import io.github.gongwen.Checker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** One checker with the default rules for all tests of this module (compiling rules takes a second). */
final class DefaultChecker {
    private static Checker checker;

    private DefaultChecker() {
    }

    static synchronized Checker get() {
        if (checker == null) {
            try {
                checker = Checker.builder().build();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return checker;
    }

    /** A directory given by a system property (set in the pom), checked to exist. */
    static Path dir(String property) {
        String p = System.getProperty(property);
        if (p == null) {
            throw new IllegalStateException("system property " + property + " is not set (run the tests with Maven)");
        }
        Path dir = Paths.get(p);
        if (!Files.isDirectory(dir) && !Files.isRegularFile(dir)) {
            throw new IllegalStateException(property + "=" + p + " does not exist");
        }
        return dir;
    }
}
