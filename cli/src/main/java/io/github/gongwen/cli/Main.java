package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import io.github.gongwen.report.Printable;
import picocli.CommandLine;

/** Entry point of {@code java -jar gongwen.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--debug")) {
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.poi", "warn"); // before any logger exists
        }
        if (!asksForHelp(args)) {
            // the default rules and HanLP load while picocli builds its model and the options are read
            Checker.prefetchDefaults();
        }
        // A rule is Java and could end the JVM (System.exit(0)) before the report is written: a run
        // that ends before main has its exit code is then a failure, never a clean pass.
        Thread guard = new Thread(() -> {
            System.err.println("gongwen: the program was ended before the report was complete "
                    + "(a rule that calls System.exit, or a signal)");
            System.err.flush();
            Runtime.getRuntime().halt(ExitCodes.USAGE);
        }, "gongwen-exit-guard");
        Runtime.getRuntime().addShutdownHook(guard);
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            System.err.println("gongwen: out of memory (give Java more with -Xmx, or check fewer files at once)");
            code = ExitCodes.USAGE;
        } catch (RuntimeException | Error e) { // never exit 1 ("findings") on a crash
            System.err.println("gongwen: internal error: " + Printable.escape(String.valueOf(e.getMessage())));
            code = ExitCodes.USAGE;
        }
        Runtime.getRuntime().removeShutdownHook(guard);
        System.exit(code);
    }

    private static boolean asksForHelp(String[] args) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command line and returns the exit code (0 clean, 1 findings, 2 usage or fatal error). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        int code = cl.execute(args);
        cl.getOut().flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CheckCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(Console.out());
        cl.setErr(Console.err());
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("gongwen: " + ex.getMessage());
            c.getErr().println("用法见 gongwen --help");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("gongwen: internal error" + (ex.getMessage() == null ? ""
                    : ": " + Printable.escape(ex.getMessage())) + " (--debug shows where)");
            if (parsed.hasMatchedOption("--debug")) {
                ex.printStackTrace(c.getErr());
            }
            return ExitCodes.USAGE;
        });
        return cl;
    }
}
