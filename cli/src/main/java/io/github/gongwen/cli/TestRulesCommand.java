package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import io.github.gongwen.kit.ExampleRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongwen test-rules DIR}: runs the examples of the rules in DIR (compiled together with the
 * default rules and the configuration's) and prints each failure with its file and line.
 */
@Command(name = "test-rules", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the examples of the .drl rules in DIR (each foo.drl with its foo.examples).",
            "Every rule needs examples that must be flagged and examples that must pass."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every example holds", "1:an example fails, a rule lacks examples or does not compile",
            "2:usage error or an unusable configuration"})
final class TestRulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A directory of .drl rules with their .examples files.")
    Path dir;

    @Mixin
    ConfigOption configuration;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("gongwen: " + dir + ": not a directory of rules");
            return ExitCodes.USAGE;
        }
        Checker checker;
        try {
            checker = configuration.checker(b -> b.ruleDirectory(dir));
        } catch (Setup.Failure e) {
            e.lines().forEach(l -> err.println("gongwen: " + l));
            return e.rulesBroken() ? ExitCodes.FINDINGS : ExitCodes.USAGE;
        }
        ExampleRunner.Result r;
        try {
            r = ExampleRunner.run(checker, ExampleRunner.under(dir));
        } catch (IOException e) {
            err.println("gongwen: cannot read the rules: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        r.failures().forEach(out::println);
        if (r.rules() == 0) {
            out.println("no .drl rules in " + dir);
            return ExitCodes.FINDINGS;
        }
        out.println(r.ok() ? "ok: " + r.examples() + " examples of " + r.rules() + " rules hold"
                : r.failures().size() + " failures (" + r.examples() + " examples of " + r.rules() + " rules)");
        return r.ok() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
    }
}
