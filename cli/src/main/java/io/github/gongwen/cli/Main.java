package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import picocli.CommandLine;

/** Entry point of {@code java -jar gongwen.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (!asksForHelp(args)) {
            // the default rules and HanLP load while picocli builds its model and the options are read
            Checker.prefetchDefaults();
        }
        System.exit(run(args));
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
        return commandLine().execute(args);
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
            c.getErr().println("gongwen: " + ex);
            return ExitCodes.USAGE;
        });
        return cl;
    }
}
