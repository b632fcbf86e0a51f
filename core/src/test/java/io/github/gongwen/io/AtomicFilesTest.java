package io.github.gongwen.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void theTemporaryFileOfAKilledWriteIsRemovedByTheNextWrite() throws Exception {
        Path f = dir.resolve("report.json");
        Path stale = Files.writeString(dir.resolve(".report.json.k1ll3d" + AtomicFiles.TMP_SUFFIX), "{\"half");
        Path other = Files.writeString(dir.resolve(".other.json.k1ll3d" + AtomicFiles.TMP_SUFFIX), "{");
        AtomicFiles.writeString(f, "{}");
        assertEquals("{}", Files.readString(f));
        assertTrue(!Files.exists(stale), "removed");
        assertTrue(Files.exists(other), "another file's temporary file is left to that file's next write");
    }

    @Test
    void writesCreatesTheDirectoryAndReplaces() throws Exception {
        Path f = dir.resolve("out/sub/report.json");
        AtomicFiles.writeString(f, "一");
        assertEquals("一", Files.readString(f, StandardCharsets.UTF_8));
        AtomicFiles.writeString(f, "二");
        assertEquals("二", Files.readString(f, StandardCharsets.UTF_8));
        try (Stream<Path> s = Files.list(f.getParent())) {
            assertEquals(List.of(f), s.toList(), "no temporary file is left");
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousContentAndNoTemporaryFile() throws Exception {
        Path f = Files.writeString(dir.resolve("report.json"), "{\"old\": true}");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("{\"half");
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("{\"old\": true}", Files.readString(f));
        assertEquals(List.of(f), listing());
    }

    @Test
    void aWriterThatClosesItsStreamIsFine() throws Exception {
        Path f = dir.resolve("closed.txt");
        AtomicFiles.write(f, out -> {
            out.write("abc");
            out.close();
        });
        assertEquals("abc", Files.readString(f));
    }

    @Test
    void theTargetKeepsItsPermissions() throws Exception {
        Path f = Files.writeString(dir.resolve("report.txt"), "x");
        if (!f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(f, "y");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        Path fresh = dir.resolve("fresh.txt");
        AtomicFiles.writeString(fresh, "z");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    /**
     * Each write sweeps the temporary files of killed writers first; a writer that has created its
     * file but not yet locked it must not lose it to another writer's sweep (it takes another name).
     */
    @Test
    void aSweepNeverBreaksAConcurrentWrite() throws Exception {
        Path f = dir.resolve("swept.json");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 200; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> runs = new java.util.ArrayList<>();
                for (int w = 0; w < 8; w++) {
                    String content = "w" + w;
                    runs.add(pool.submit(() -> {
                        go.await();
                        AtomicFiles.writeString(f, content);
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> r : runs) {
                    r.get();
                }
                assertTrue(Files.readString(f).matches("w[0-7]"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(f), listing());
    }

    @Test
    void concurrentWritersNeverMixTheirContent() throws Exception {
        Path f = dir.resolve("shared.json");
        String a = "a".repeat(300_000);
        String b = "b".repeat(200_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> runs = Stream.of(a, b, a, b).map(content -> pool.submit(() -> {
                    go.await();
                    AtomicFiles.writeString(f, content);
                    return null;
                })).<Future<?>>map(x -> x).toList();
                go.countDown();
                for (Future<?> r : runs) {
                    r.get();
                }
                String got = Files.readString(f);
                assertTrue(got.equals(a) || got.equals(b), "a mixed file of " + got.length() + " characters");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(f), listing());
    }

    @Test
    void aSpecialFileIsWrittenDirectly() throws Exception {
        Path devNull = Path.of("/dev/null");
        if (!Files.exists(devNull)) {
            return;
        }
        AtomicFiles.writeString(devNull, "nothing");
        Path full = Path.of("/dev/full");
        if (Files.exists(full)) {
            assertThrows(IOException.class, () -> AtomicFiles.writeString(full, "x".repeat(100_000)));
        }
    }
}
