package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.kit.RuleCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongwen rules}: lists the rules the checker applies, with their metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List the rules applied (id, category, severity, fix, title), after the configuration.",
            "fix: 'safe' when gongwen fix applies the rule's suggestions, '-' when they need an editor's look."})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "A directory of extra .drl rules (repeatable).")
    List<Path> ruleDirectories = new ArrayList<>();

    @Mixin
    ConfigOption configuration;

    @Option(names = "--markdown",
            description = "Print the rule catalogue in Markdown (as docs/rules.md: metadata and first examples).")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Checker checker = configuration.checker(b -> ruleDirectories.forEach(b::ruleDirectory));
            if (markdown) {
                out.print(RuleCatalogue.markdown(checker));
                out.flush();
                return ExitCodes.CLEAN;
            }
            for (RuleInfo r : checker.rules()) {
                out.printf("%-28s %-16s %-8s %-5s %s%n", r.id(), r.category(), r.severity().id(),
                        r.safeFix() ? "safe" : "-", r.title());
            }
            return ExitCodes.CLEAN;
        } catch (Setup.Failure e) {
            e.lines().forEach(l -> spec.commandLine().getErr().println("gongwen: " + l));
            return ExitCodes.USAGE;
        }
    }
}
