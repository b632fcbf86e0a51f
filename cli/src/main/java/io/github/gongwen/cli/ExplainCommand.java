package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import io.github.gongwen.RuleNames;
import io.github.gongwen.config.Suggestion;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.kit.Example;
import io.github.gongwen.kit.ExampleFile;
import io.github.gongwen.report.Categories;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongwen explain RULE}: what a rule finds, its examples, and how to turn it off. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain a rule: its title, category, severity, description, examples, and how to turn it off."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id (gongwen rules lists them).")
    String ruleId;

    @Option(names = "--rules", paramLabel = "DIR", description = "A directory of extra .drl rules (repeatable).")
    List<Path> ruleDirectories = new ArrayList<>();

    @Mixin
    ConfigOption configuration;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Checker checker;
        try {
            checker = configuration.checker(b -> ruleDirectories.forEach(b::ruleDirectory));
        } catch (Setup.Failure e) {
            e.lines().forEach(l -> err.println("gongwen: " + l));
            return ExitCodes.USAGE;
        }
        RuleInfo rule = checker.declaredRules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElse(null);
        if (rule == null) {
            List<String> ids = checker.declaredRules().stream().map(RuleInfo::id).toList();
            err.println("gongwen: no rule has the id '" + ruleId + "'" + Suggestion.didYouMean(ruleId, ids)
                    + (RuleNames.known(checker).contains(ruleId) ? " (" + ruleId + " is a category: gongwen rules lists its rules)"
                            : " (gongwen rules lists them)"));
            return ExitCodes.USAGE;
        }
        RuleInfo effective = checker.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElse(null);
        out.println(rule.id() + "  " + rule.title());
        out.println("类别 category: " + Categories.chineseName(rule.category())
                + (Categories.chineseName(rule.category()).equals(rule.category()) ? "" : " " + rule.category()));
        out.println("级别 severity: " + (effective == null ? "已关闭 off" : effective.severity().chineseName() + " "
                + effective.severity().id()));
        out.println("修改建议 fix: " + (rule.safeFix() ? "安全，gongwen fix 可自动修改 (safe)" : "需人工判断 (review)"));
        out.println("规则文件 source: " + rule.source() + ":" + rule.line());
        out.println();
        out.println(rule.description());
        List<Example> examples = examples(checker, rule.id());
        for (boolean flag : new boolean[] {true, false}) {
            List<Example> some = examples.stream().filter(e -> e.flag() == flag).limit(2).toList();
            if (!some.isEmpty()) {
                out.println();
                out.println(flag ? "应报告的例子 (flagged):" : "不应报告的例子 (passes):");
                some.forEach(e -> out.println("  " + e.text().strip().replace("\n", "\n  ")));
            }
        }
        out.println();
        out.println("关闭 turn off: gongwen --disable " + rule.id() + " …   gongwen.yaml: rules: { " + rule.id()
                + ": off }");
        out.println("在报告中忽略一处 silence one place: %% gongwen-disable-next-line " + rule.id() + " -- 理由");
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static List<Example> examples(Checker checker, String id) {
        List<Example> out = new ArrayList<>();
        for (RuleSource s : checker.ruleSources()) {
            if (s.examples() != null) {
                for (Example e : ExampleFile.parse(RuleSource.examplesName(s.name()), s.examples())) {
                    if (e.ruleId().equals(id)) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }
}
