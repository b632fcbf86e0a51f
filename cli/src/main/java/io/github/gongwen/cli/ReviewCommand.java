package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import io.github.gongwen.FileResult;
import io.github.gongwen.config.GongwenConfig;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.review.WordReview;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongwen review FILE.docx -o OUT.docx}: the document with findings as comments, safe fixes as revisions. */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"在 Word 文档中以批注标出每个问题，可安全修改之处以修订（接受/拒绝）标出。",
            "Writes a copy of a .docx with one Word comment per finding (author Gongwen) on the words it concerns, "
                + "and each safe fix as a tracked change. The original is not changed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written, no finding", "1:written, with findings; or the document could not be read",
            "2:usage error"})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.docx", description = "The Word document to review.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.docx",
            description = "The reviewed copy (default: FILE.gongwen.docx beside FILE).")
    Path output;

    @Mixin
    CheckerOptions checks = new CheckerOptions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = file.toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            err.println("gongwen: " + name + ": review takes a Word .docx document (text files: gongwen fix)");
            return ExitCodes.USAGE;
        }
        Path out = output != null ? output
                : file.resolveSibling(file.getFileName().toString().replaceFirst("(?i)\\.docx$", "") + ".gongwen.docx");
        if (out.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            err.println("gongwen: the reviewed copy must not replace the original " + name);
            return ExitCodes.USAGE;
        }
        try {
            GongwenConfig c = Setup.load(checks.groups(List.of(file)).get(0).config());
            Checker checker = checks.checker(c);
            FileResult r = checker.checkFile(file, name);
            if (r.failed()) {
                err.println("gongwen: " + name + ": " + r.error());
                return ExitCodes.FINDINGS;
            }
            Map<String, RuleInfo> rules = new HashMap<>();
            checker.rules().forEach(x -> rules.put(x.id(), x));
            WordReview.Result review = WordReview.annotate(Files.readAllBytes(file), r.source(), r.findings(), rules,
                    Instant.now());
            write(out, review.docx(), file);
            err.println("gongwen: " + out + ": " + review.comments() + " comments, " + review.trackedChanges()
                    + " tracked changes" + (review.onParagraph() > 0 ? " (" + review.onParagraph()
                    + " comments on a whole paragraph: automatic numbering or a content control)" : ""));
            return r.findings().isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
        } catch (Setup.Failure e) {
            e.lines().forEach(l -> err.println("gongwen: " + l));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("gongwen: " + name + ": cannot write the reviewed copy: " + e.getMessage());
            return ExitCodes.FINDINGS;
        }
    }

    /** Writes atomically (a temporary file renamed), with the permissions of {@code like}. */
    private static void write(Path out, byte[] bytes, Path like) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".gongwen-tmp");
        try {
            Files.write(tmp, bytes);
            var posix = Files.getFileAttributeView(like, java.nio.file.attribute.PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
