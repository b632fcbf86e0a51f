package io.github.gongwen.extract;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the confusion model of the default groups ({@link ConfusionScanner#MODEL}) next to them,
 * at build time: {@code ConfusionModelWriter CLASSES_DIR} reads {@code gongwen/data/typo-chars.tsv}
 * under {@code CLASSES_DIR} and writes {@code gongwen/data/typo-chars.model} there. A checker then
 * reads some 700 lines instead of walking HanLP's dictionary (tens of milliseconds, on the path of
 * the first report). The file names its groups, frequency and dictionary; one that does not fit
 * is ignored and the model built as before.
 */
public final class ConfusionModelWriter {
    private ConfusionModelWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Lexicon lexicon = Lexicon.builder(loader).replace(ConfusionScanner.MODEL, List.of()).build();
            List<String> lines = new ArrayList<>();
            lines.add("# The confusion model of typo-chars.tsv, written by the build (ConfusionModelWriter): the");
            lines.add("# key of the groups, the least frequency and HanLP's dictionary, then each wrong form, its word");
            lines.add("# and the likeness. Not edited by hand: a file that does not fit is ignored.");
            lines.addAll(ConfusionScanner.modelTable(lexicon));
            Path out = dir.resolve(Lexicon.RESOURCE_DIR + ConfusionScanner.MODEL);
            Files.createDirectories(out.getParent());
            Files.write(out, lines, StandardCharsets.UTF_8);
            System.out.println("wrote the confusion model of " + (lines.size() - 4) + " forms to " + out);
        }
    }
}
