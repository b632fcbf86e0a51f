package io.github.gongwen.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCatalogueTest {
    @TempDir
    Path dir;

    @Test
    void eachRuleWithItsMetadataAndFirstExamples() throws Exception {
        Files.writeString(dir.resolve("house.drl"), TestRules.PLACEHOLDER_RULE.replace("@message",
                "@title(\"占位符\")\n    @description(\"Placeholders, fillers.\")\n    @message"));
        Files.writeString(dir.resolve("house.examples"), """
                ::: flag house-placeholder year=2024
                增长«X»%，«X»人。
                ::: flag house-placeholder
                第二个不进目录：«X»
                ::: pass house-placeholder name=a.md
                增长5%。
                """);
        String md = RuleCatalogue.markdown(TestRules.builder().ruleDirectory(dir).build());
        String source = dir.resolve("house.drl").toString();
        assertEquals("""
                # Gongwen rules

                <!-- Generated from the rules' metadata and examples by io.github.gongwen.kit.RuleCatalogue: do not edit.
                     Regenerate: %s -->

                1 rules in 1 categories. Severity: `error` must be fixed before the report goes out, `warning` needs \
                an editor's look, `info` is worth knowing. A configuration file can turn rules off or change their \
                severity (see the README). A rule with a *safe fix* (`@fix("safe")`) always suggests the right \
                correction: `gongwen fix` applies it, and a Word review offers it as a tracked change.

                | id | category | severity | title |
                |----|----------|----------|-------|
                | [`house-placeholder`](#house-placeholder) | PLACEHOLDER | warning | 占位符 |

                ## PLACEHOLDER

                ### house-placeholder

                **占位符** · warning · `%s`

                Placeholders, fillers.

                Message: 占位符“{0}”

                Flagged (at «…») (report year 2024):

                ```text
                增长«X»%%，«X»人。
                ```

                Not flagged (file a.md):

                ```text
                增长5%%。
                ```
                """.formatted(RuleCatalogue.REGENERATE, source), md);
    }
}
