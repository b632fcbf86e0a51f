package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.gongwen.kit.RuleCatalogue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the default rules' metadata and examples and must be up
 * to date. With {@code -Dgongwen.updateDocs=true} the test writes it instead (the command is
 * {@link RuleCatalogue#REGENERATE}).
 */
class RuleCatalogueTest {
    @Test
    void theCatalogueIsUpToDate() throws Exception {
        String property = System.getProperty("gongwen.ruleDocs");
        if (property == null) {
            throw new IllegalStateException("system property gongwen.ruleDocs is not set (run the tests with Maven)");
        }
        Path docs = Paths.get(property).normalize();
        String want = RuleCatalogue.markdown(DefaultChecker.get());
        if (Boolean.getBoolean("gongwen.updateDocs")) {
            Files.createDirectories(docs.getParent());
            Files.writeString(docs, want, StandardCharsets.UTF_8);
            return;
        }
        String have = Files.isRegularFile(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "";
        if (!want.equals(have)) {
            fail(docs + " is out of date (" + firstDifference(want, have) + "). Regenerate it:\n  "
                    + RuleCatalogue.REGENERATE);
        }
    }

    private static String firstDifference(String want, String have) {
        String[] w = want.split("\n", -1);
        String[] h = have.split("\n", -1);
        for (int i = 0; i < Math.max(w.length, h.length); i++) {
            String a = i < w.length ? w[i] : "<end of file>";
            String b = i < h.length ? h[i] : "<end of file>";
            if (!a.equals(b)) {
                return "line " + (i + 1) + ": expected \"" + a + "\" but the file has \"" + b + "\"";
            }
        }
        return "line endings differ";
    }
}
