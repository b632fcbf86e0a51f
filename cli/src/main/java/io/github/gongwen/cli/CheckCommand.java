package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import io.github.gongwen.FileResult;
import io.github.gongwen.Gongwen;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.RunResult;
import io.github.gongwen.Severity;
import io.github.gongwen.config.GongwenConfig;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.UncheckedRuleCompileException;
import io.github.gongwen.io.AtomicFiles;
import io.github.gongwen.io.OutputPaths;
import io.github.gongwen.report.Printable;
import io.github.gongwen.report.ReportFormats;
import io.github.gongwen.report.ReportWriter;
import io.github.gongwen.report.TextReport;
import io.github.gongwen.text.InputException;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongwen [options] PATH...}: checks reports and writes a report. */
@Command(name = "gongwen", mixinStandardHelpOptions = true, versionProvider = CheckCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"检查政府工作报告、工作总结、工作计划等公文的常见问题。",
            "Checks Chinese government work reports for numbering, placeholder, residue and other defects."},
        subcommands = {RulesCommand.class, ExplainCommand.class, TestRulesCommand.class, FixCommand.class,
            ReviewCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on, or files that could not be read",
            "2:usage error or fatal error"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = {"Files or directories (searched recursively for *.txt, *.md, *.docx; *.doc is refused);",
                "- reads one report from standard input.",
                "In a .docx file, a finding's line is the paragraph's number (table cells included)."})
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = Formats.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--report-year", paramLabel = "YYYY",
            description = "The year the reports are for (default: inferred per document from title, headings, file name).")
    Integer reportYear;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = FailOn.class,
            description = "Exit with 1 when a finding is at or above LEVEL: error, warning, info, none (default: ${DEFAULT-VALUE}).")
    Severity failOn;

    @Option(names = "--rules", paramLabel = "DIR", description = "A directory of extra .drl rules (repeatable).")
    List<Path> ruleDirectories = new ArrayList<>();

    @Option(names = "--house-words", paramLabel = "FILE",
            description = "A house-word list: word, suggestion, message, severity per line, tab-separated "
                    + "(repeatable; added to the house-words of the configuration).")
    List<Path> houseWords = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID|CATEGORY", split = ",",
            description = "Turn off rules by id or category (repeatable, comma-separated).")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file for every PATH (default: gongwen.yaml in the current directory, "
                    + "if any; a gongwen.yaml inside a checked directory is not applied).")
    Path config;

    @Option(names = "--no-config", description = "Use no configuration file.")
    boolean noConfig;

    @Option(names = "--config-from-tree",
            description = "Apply the gongwen.yaml at the top of a directory PATH to that PATH. A configuration is "
                    + "code (its rule directories are compiled and run): only for folders you trust.")
    boolean configFromTree;

    @Option(names = "--threads", paramLabel = "N", description = "Files checked in parallel (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time limit for checking one file; a file that takes longer is reported as an error "
                    + "(default: ${DEFAULT-VALUE}; 0: no limit).")
    int timeout = (int) Checker.DEFAULT_TIME_LIMIT.toSeconds();

    @Option(names = "--debug", description = "Print the stack trace of an internal error.")
    boolean debug;

    @Option(names = "--stdin-filename", paramLabel = "NAME", defaultValue = "<stdin>",
            description = "The file name of the report read from standard input (-): shown in the report, and its "
                    + "year tells the report year (default: ${DEFAULT-VALUE}).")
    String stdinFilename;

    @Option(names = {"-q", "--quiet"}, description = "Only the findings: no summary, no notes.")
    boolean quiet;

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "Exit with 1 when there are more than N warnings, whatever --fail-on says (default: no limit).")
    Integer maxWarnings;

    /** Where {@code -} reads from (tests replace it). */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty()) {
            err.println("gongwen: no PATH given (files or directories to check)");
            spec.commandLine().usage(err);
            return ExitCodes.USAGE;
        }
        ReportWriter found = ReportFormats.forName(format).orElse(null);
        ReportWriter writer = quiet && found instanceof TextReport ? new TextReport(false) : found;
        if (writer == null) {
            err.println("gongwen: unknown format '" + Printable.escape(format) + "' (expected one of "
                    + ReportFormats.names() + ")");
            return ExitCodes.USAGE;
        }
        if (reportYear != null && (reportYear < 1949 || reportYear > 2100)) {
            err.println("gongwen: --report-year " + reportYear + " is not a plausible report year");
            return ExitCodes.USAGE;
        }
        if (timeout < 0) {
            err.println("gongwen: --timeout " + timeout + ": must be 0 (no limit) or a number of seconds");
            return ExitCodes.USAGE;
        }
        if (output != null) {
            Path clash = OutputPaths.conflict(output, paths);
            if (clash != null) {
                err.println("gongwen: --output " + Printable.escape(output.toString())
                        + (OutputPaths.real(output).equals(OutputPaths.real(clash)) ? " is " : " is inside ")
                        + "the checked path " + Printable.escape(clash.toString())
                        + ": the report would overwrite or be mixed with the reports being checked; "
                        + "write it elsewhere");
                return ExitCodes.USAGE;
            }
        }
        RunResult result;
        try {
            result = check();
        } catch (Setup.Failure e) {
            e.lines().forEach(l -> err.println("gongwen: " + l));
            return ExitCodes.USAGE;
        }
        if (output != null) {
            try {
                AtomicFiles.write(output, w -> writer.write(result, w));
            } catch (IOException e) {
                err.println("gongwen: cannot write the report to " + Printable.escape(output.toString()) + ": "
                        + Printable.escape(reason(e)));
                return ExitCodes.USAGE;
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            writer.write(result, out);
            out.flush();
            if (out.checkError()) {
                String why = Console.failure();
                err.println("gongwen: cannot write the report to standard output"
                        + (why == null ? "" : ": " + Printable.escape(why)));
                return ExitCodes.USAGE;
            }
        }
        result.errors().forEach(f -> err.println("gongwen: " + Printable.escape(f.path()) + ": "
                + Printable.escape(f.error())));
        return exitCode(result);
    }

    /** The reason of an I/O error, without the exception's class name. */
    private static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return m == null ? "input/output error" : m;
    }

    /** Checks each group of PATHs with the checker of its configuration and merges the results. */
    private RunResult check() throws Setup.Failure {
        List<FileResult> files = new ArrayList<>();
        Map<String, RuleInfo> rules = new TreeMap<>();
        boolean fromStdin = paths.contains(STDIN);
        List<Path> named = paths.stream().filter(p -> !p.equals(STDIN)).toList();
        List<Setup.Group> groups = new ArrayList<>(Setup.groups(named, config, noConfig, configFromTree, Path.of("")));
        if (fromStdin) { // the report on standard input takes the configuration of the current directory
            Path forStdin = Setup.config(config, noConfig, Path.of(""));
            groups.add(new Setup.Group(forStdin, List.of(STDIN)));
        }
        // a note only when the user chose no configuration: --config and --no-config say what they want
        for (Path unused : config != null || noConfig || quiet ? List.<Path>of() : Setup.unapplied(paths, groups)) {
            spec.commandLine().getErr().println("gongwen: " + Printable.escape(unused.toString())
                    + " is not applied: a configuration inside a checked folder is code from that folder "
                    + "(use --config " + Printable.escape(unused.toString())
                    + " or --config-from-tree if you trust it)");
        }
        for (Setup.Group g : groups) {
            GongwenConfig c = Setup.load(g.config());
            // the rules compile while the files are listed, read and their facts extracted
            Checker checker = Setup.start(c, b -> {
                if (reportYear != null) {
                    b.reportYear(reportYear);
                }
                ruleDirectories.forEach(b::ruleDirectory);
                houseWords.forEach(b::houseWords);
                b.timeLimit(timeout == 0 ? null : Duration.ofSeconds(timeout));
                b.debug(debug);
            }, disabled);
            if (g.paths().equals(List.of(STDIN))) {
                Setup.verify(checker, c, disabled);
                files.add(checkStdin(checker));
                checker.rules().forEach(x -> rules.putIfAbsent(x.id(), x));
                continue;
            }
            ReportFiles.Listing listing = c == null ? ReportFiles.collect(g.paths()) : c.collect(g.paths());
            RunResult r = null;
            try {
                r = checker.checkAll(listing, Math.max(1, threads));
            } catch (UncheckedRuleCompileException e) {
                // verify reports the compile errors
            }
            Setup.verify(checker, c, disabled);
            files.addAll(r.files());
            r.rules().forEach(x -> rules.putIfAbsent(x.id(), x));
        }
        return new RunResult(files, List.copyOf(rules.values()));
    }

    /** The PATH that stands for standard input. */
    private static final Path STDIN = Path.of("-");

    /** Reads the report on standard input, decodes it as a file would be, and checks it. */
    private FileResult checkStdin(Checker checker) {
        try {
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, TextLoader.MAX_BYTES + 1));
            if (bytes.length > TextLoader.MAX_BYTES) {
                return FileResult.failed(stdinFilename, "文件过大（超过 " + TextLoader.MAX_BYTES / (1024 * 1024) + " MB）");
            }
            SourceText source = TextLoader.decode(stdinFilename, bytes);
            return FileResult.ok(source, checker.check(source));
        } catch (InputException e) {
            return FileResult.failed(stdinFilename, e.reason());
        } catch (IOException e) {
            return FileResult.failed(stdinFilename, "无法读取标准输入：" + e.getMessage());
        }
    }

    private int exitCode(RunResult result) {
        if (maxWarnings != null && result.countBySeverity().getOrDefault(Severity.WARNING, 0) > maxWarnings) {
            return ExitCodes.FINDINGS;
        }
        if (failOn == null) {
            return ExitCodes.CLEAN;
        }
        return result.count(failOn) > 0 || !result.errors().isEmpty() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** The format names for the help text. */
    static final class Formats extends ArrayList<String> {
        Formats() {
            super(ReportFormats.names());
        }
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Gongwen.NAME + " " + Gongwen.version()};
        }
    }
}
