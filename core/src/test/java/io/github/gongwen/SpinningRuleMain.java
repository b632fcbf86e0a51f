package io.github.gongwen;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Checks the folder {@code args[0]} with a rule whose consequence loops without end on the
 * placeholder {@code **}, on one thread with a time limit of one second, prints one line per file
 * and returns from {@code main} without {@code System.exit}: run in a process of its own by
 * {@link SpinningRuleTest}, which expects that process to end although the rule's thread spins on.
 */
public final class SpinningRuleMain {
    static final String SPIN = """
            package spin;
            import io.github.gongwen.fact.Placeholder;
            global io.github.gongwen.engine.Findings findings;
            rule "spin"
                @id("spin") @category("PLACEHOLDER") @severity("error") @message("不会结束")
            when
                $p : Placeholder(text == "**")
            then
                long n = 1;
                while (n > 0) {
                    n = n % 1000 + 1;
                }
            end
            """;

    private SpinningRuleMain() {
    }

    public static void main(String[] args) throws Exception {
        Checker checker = TestRules.builder().rules("p.drl", TestRules.PLACEHOLDER_RULE).rules("spin.drl", SPIN)
                .timeLimit(Duration.ofSeconds(1)).build();
        RunResult run = checker.checkAll(List.of(Path.of(args[0])), 1);
        for (FileResult f : run.files()) {
            System.out.println(Path.of(f.path()).getFileName() + "\t" + (f.failed() ? "error\t" + f.error()
                    : f.findings().size() + " findings"));
        }
        System.out.println("done");
    }
}
