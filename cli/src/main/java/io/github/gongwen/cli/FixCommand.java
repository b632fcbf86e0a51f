package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import io.github.gongwen.FileResult;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.config.GongwenConfig;
import io.github.gongwen.fix.FileFixer;
import io.github.gongwen.fix.FixException;
import io.github.gongwen.text.InputException;
import java.io.PrintWriter;
import java.nio.file.Files;
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

/** {@code gongwen fix PATH...}: applies the safe suggestions to text reports. */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"应用可安全自动修改的建议（gongwen rules 中 fix 列为 safe 的规则）。",
            "Applies the suggestions of the rules marked safe (gongwen rules, column fix) to .txt and .md files, in "
                + "place or to --output DIR: same encoding, byte-order mark and line breaks; written atomically; a "
                + "file that changed since it was read, is read-only or cannot be decoded is left alone. "
                + "Word documents: use gongwen review."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file fixed or already clean", "1:a file could not be read, decoded or written",
            "2:usage error"})
final class FixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories (searched for *.txt, *.md).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write the fixed files (all of them, changed or not) under DIR instead of in place.")
    Path output;

    @Option(names = "--diff", description = "Print a unified diff of each change.")
    boolean diff;

    @Option(names = {"-n", "--dry-run"}, description = "Print the unified diff and write nothing.")
    boolean dryRun;

    @Mixin
    CheckerOptions checks = new CheckerOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        int fixes = 0;
        int changedFiles = 0;
        try {
            for (Setup.Group g : checks.groups(paths)) {
                GongwenConfig c = Setup.load(g.config());
                Checker checker = checks.checker(c);
                FileFixer fixer = new FileFixer(checker);
                for (Path root : g.paths()) {
                    ReportFiles.Listing listing = c == null ? ReportFiles.collect(List.of(root))
                            : c.collect(List.of(root));
                    for (FileResult e : listing.errors()) {
                        err.println("gongwen: " + e.path() + ": " + e.error());
                        failed++;
                    }
                    for (ReportFiles.Entry e : listing.files()) {
                        if (!FileFixer.handles(e.path())) {
                            err.println("gongwen: " + e.name() + ": a Word document; gongwen review "
                                    + e.name() + " -o OUT.docx puts its fixes in as tracked changes");
                            continue;
                        }
                        try {
                            FileFixer.Plan plan = fixer.plan(e.path(), e.name());
                            if (diff || dryRun) {
                                out.print(plan.diff());
                                out.flush();
                            }
                            if (!dryRun) {
                                if (output != null) {
                                    plan.writeTo(output.resolve(Files.isDirectory(root) ? root.relativize(e.path())
                                            : e.path().getFileName()));
                                } else {
                                    plan.writeInPlace();
                                }
                            }
                            if (plan.changed()) {
                                changedFiles++;
                                fixes += plan.result().fixed().size();
                                err.println("gongwen: " + e.name() + ": " + plan.result().fixed().size()
                                        + (dryRun ? " fixes to apply" : " fixes applied"));
                            }
                        } catch (InputException ex) {
                            err.println("gongwen: " + e.name() + ": " + ex.reason() + ": not changed");
                            failed++;
                        } catch (FixException ex) {
                            err.println("gongwen: " + e.name() + ": " + ex.getMessage());
                            failed++;
                        }
                    }
                }
            }
        } catch (Setup.Failure e) {
            e.lines().forEach(l -> err.println("gongwen: " + l));
            return ExitCodes.USAGE;
        }
        out.flush();
        err.println("gongwen: " + fixes + " fixes in " + changedFiles + " files"
                + (dryRun ? " (dry run: nothing written)" : "") + (failed > 0 ? "; " + failed + " files not fixed" : ""));
        return failed > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }
}
