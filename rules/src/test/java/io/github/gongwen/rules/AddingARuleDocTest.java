package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.kit.Example;
import io.github.gongwen.kit.ExampleFile;
import io.github.gongwen.kit.ExampleRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/adding-a-rule.md, followed: its example rule compiles with the defaults and its examples hold. */
class AddingARuleDocTest {
    private static final Pattern BLOCK = Pattern.compile("```(?:sh)?\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theGuidesExampleRuleWorks() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "adding-a-rule.md"), StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(doc);
        String drl = null;
        String examples = null;
        while (m.find()) {
            String block = m.group(1);
            if (block.startsWith("rule ")) {
                drl = block;
            } else if (block.startsWith(":::")) {
                examples = block;
            }
        }
        assertTrue(drl != null && examples != null, "the guide has a rule and its examples");
        Checker checker = Checker.builder().rules("guide.drl", """
                package guide;
                import io.github.gongwen.fact.Paragraph;
                global io.github.gongwen.engine.Findings findings;
                """ + drl).build();
        List<Example> parsed = ExampleFile.parse("guide.examples", examples);
        assertEquals(2, parsed.size());
        List<String> failures = new ArrayList<>();
        for (Example e : parsed) {
            String failure = ExampleRunner.check(checker, e);
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertEquals(List.of(), failures);
    }
}
