package io.github.gongwen;

import io.github.gongwen.extract.Lexicon;
import java.util.List;
import java.util.Map;

/** Small DRL rules for the tests of core (the default rule set lives in the rules module). */
public final class TestRules {
    /** Reports every placeholder as a warning; its DRL {@code $p : Placeholder()} is on line 11. */
    public static final String PLACEHOLDER_RULE = """
            package house;
            import io.github.gongwen.fact.Placeholder;
            global io.github.gongwen.engine.Findings findings;

            rule "house-placeholder"
                @id("house-placeholder")
                @category("PLACEHOLDER")
                @severity("warning")
                @message("占位符“{0}”")
            when
                $p : Placeholder()
            then
                findings.report(drools, $p, $p.getText());
            end
            """;

    /** A builder without the default rules, with just enough data to find placeholders. */
    public static Checker.Builder builder() {
        return Checker.builder().defaultRules(false).lexicon(Lexicon.of(Map.of("placeholders.txt",
                List.of("[XxＸｘ×](?:[XxＸｘ×]|[.．](?=[XxＸｘ×]))*", "[*＊]+"))));
    }

    private TestRules() {
    }
}
