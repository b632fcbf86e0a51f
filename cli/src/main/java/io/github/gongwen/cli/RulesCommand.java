package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongwen rules}: lists the rules with their metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules (id, category, severity, title).")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "A directory of extra .drl rules (repeatable).")
    List<Path> ruleDirectories = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Checker.Builder b = Checker.builder();
            ruleDirectories.forEach(b::ruleDirectory);
            for (RuleInfo r : b.build().rules()) {
                out.printf("%-28s %-16s %-8s %s%n", r.id(), r.category(), r.severity().id(), r.title());
            }
            return ExitCodes.CLEAN;
        } catch (RuleCompileException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("gongwen: the rules do not compile:");
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("gongwen: cannot read the rules: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
