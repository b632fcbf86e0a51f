package io.github.gongwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stand-alone distribution built by {@code mvn package}: what the zip holds, and that its
 * launcher runs when it is linked onto the PATH from elsewhere (run by failsafe after packaging).
 */
class DistributionIT {
    private static final Path TARGET = Path.of(System.getProperty("gongwen.target", "target"));

    @Test
    void theZipHoldsTheLauncherTheJarAndTheLicence(@TempDir Path dir) throws Exception {
        List<String> names = unzip(zip(), dir);
        String root = names.get(0).substring(0, names.get(0).indexOf('/') + 1);
        for (String f : List.of("bin/gongwen", "bin/gongwen.cmd", "lib/gongwen.jar", "README.md", "LICENSE", "NOTICE")) {
            assertTrue(names.contains(root + f), f + " missing from " + names);
        }
        String cmd = Files.readString(dir.resolve(root + "bin/gongwen.cmd"), StandardCharsets.UTF_8);
        assertTrue(cmd.contains("\r\n") && cmd.contains("lib\\gongwen.jar"), "Windows launcher with CRLF line ends");
    }

    @Test
    void theLauncherWorksThroughASymlinkOnThePath(@TempDir Path dir) throws Exception {
        if (System.getProperty("os.name").startsWith("Windows")) {
            return;
        }
        List<String> names = unzip(zip(), dir.resolve("opt"));
        Path home = dir.resolve("opt").resolve(names.get(0).substring(0, names.get(0).indexOf('/')));
        Path launcher = home.resolve("bin/gongwen");
        launcher.toFile().setExecutable(true);
        Path onPath = Files.createDirectories(dir.resolve("usr/bin"));
        Files.createSymbolicLink(onPath.resolve("gongwen"), launcher);
        Path report = dir.resolve("2024年工作总结.txt");
        Files.writeString(report, "2024年城关镇工作总结\n\n一、主要工作\n全年完成投资XX万元。\n", StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(onPath.resolve("gongwen").toString(), "--format", "json", report.toString())
                .redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("\"rule\" : \"placeholder\"") || out.contains("\"rule\":\"placeholder\""), out);
    }

    private static Path zip() throws IOException {
        try (var s = Files.list(TARGET)) {
            return s.filter(f -> f.getFileName().toString().endsWith("-dist.zip")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *-dist.zip in " + TARGET + "; run mvn package"));
        }
    }

    private static List<String> unzip(Path zip, Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                names.add(e.getName());
                Path out = dir.resolve(e.getName()).normalize();
                if (!out.startsWith(dir)) {
                    throw new IOException("entry outside the folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(z, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        names.sort(null);
        names.removeIf(n -> n.endsWith("/"));
        return names;
    }
}
