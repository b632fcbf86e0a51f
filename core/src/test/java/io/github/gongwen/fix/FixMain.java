package io.github.gongwen.fix;

import io.github.gongwen.Checker;
import io.github.gongwen.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process {@link FixKillTest} kills. {@code FixMain FILE} fixes FILE in place with
 * {@link FileFixerTest#SAFE_RULE}, saying {@code planned} before it writes and {@code written} after.
 * {@code FixMain FILE loop} plans once, says {@code looping}, then writes without end, in turn, the
 * fixed file in place ({@link FileFixer.Plan#writeInPlace}, as {@code gongwen fix} does) and the
 * original back (through the same atomic write), so that a kill at any moment falls in a write.
 */
public final class FixMain {
    private FixMain() {
    }

    public static void main(String[] args) throws Exception {
        Checker checker = TestRules.builder().rules("house.drl", FileFixerTest.SAFE_RULE).build();
        Path file = Path.of(args[0]);
        FileFixer.Plan plan = new FileFixer(checker).plan(file, file.toString());
        if (args.length > 1 && args[1].equals("loop")) {
            Path copy = Files.write(file.resolveSibling("original.copy"), Files.readAllBytes(file));
            FileFixer.Plan restore = new FileFixer(TestRules.builder().build()).plan(copy, copy.toString());
            System.out.println("looping");
            System.out.flush();
            while (true) {
                plan.writeInPlace();
                restore.writeTo(file);
            }
        }
        System.out.println("planned");
        System.out.flush();
        plan.writeInPlace();
        System.out.println("written");
    }
}
