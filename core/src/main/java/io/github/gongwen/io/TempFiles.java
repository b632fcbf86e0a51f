package io.github.gongwen.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Temporary files written beside a target and renamed over it, which a process killed while writing
 * ({@code kill -9}, a power cut) leaves behind. Each is named {@code .TARGET.RANDOM.SUFFIX} and held
 * under an exclusive lock while written, a lock the operating system drops when its process dies:
 * {@link #sweep} deletes those beside a target that nobody holds, so the next write cleans up after
 * a killed one and never deletes a file that another live writer is filling.
 */
public final class TempFiles {
    private TempFiles() {
    }

    /** A temporary file, open for writing and locked until {@link #close}. */
    public static final class Locked implements AutoCloseable {
        private final Path path;
        private final FileChannel channel;
        private final FileLock lock;

        private Locked(Path path, FileChannel channel, FileLock lock) {
            this.path = path;
            this.channel = channel;
            this.lock = lock;
        }

        public Path path() {
            return path;
        }

        public FileChannel channel() {
            return channel;
        }

        /** Releases the lock and closes the channel (the file itself stays, renamed or not). */
        @Override
        public void close() throws IOException {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
            } finally {
                channel.close();
            }
        }
    }

    /** Creates and locks a new temporary file for {@code target} in its directory. */
    public static Locked create(Path target, String suffix) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName() == null ? "out" : target.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + suffix);
            FileChannel ch;
            try {
                ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            FileLock lock;
            try {
                lock = ch.lock();
            } catch (OverlappingFileLockException e) {
                // a sweep of this process locked the new file between its creation and this lock, and
                // deletes it: take another name
                ch.close();
                if (attempt < 10) {
                    continue;
                }
                throw new IOException("cannot lock a temporary file beside " + target, e);
            } catch (IOException | RuntimeException e) {
                ch.close();
                Files.deleteIfExists(tmp);
                throw e;
            }
            if (!Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) {
                // a sweep of another process deleted it before the lock was taken: take another name
                lock.release();
                ch.close();
                if (attempt < 10) {
                    continue;
                }
                throw new IOException("cannot keep a temporary file beside " + target);
            }
            return new Locked(tmp, ch, lock);
        }
    }

    /**
     * Deletes the temporary files of {@code target} (made by {@link #create} with this suffix) that no
     * live process holds: those of a writer that was killed.
     *
     * @return the files deleted
     */
    public static List<Path> sweep(Path target, String suffix) {
        List<Path> deleted = new ArrayList<>();
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || target.getFileName() == null) {
            return deleted;
        }
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(suffix) && n.length() > prefix.length() + suffix.length()
                    && n.indexOf('.', prefix.length()) == n.length() - suffix.length();
        })) {
            for (Path p : s) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                    FileLock lock = ch.tryLock();
                    if (lock == null) {
                        continue; // another process is writing it
                    }
                    try {
                        Files.deleteIfExists(p);
                        deleted.add(p);
                    } finally {
                        lock.release();
                    }
                } catch (OverlappingFileLockException e) {
                    // a writer of this process holds it
                } catch (IOException e) {
                    // gone meanwhile, or not ours to delete: left alone
                }
            }
        } catch (IOException e) {
            // an unreadable directory: nothing to sweep
        }
        return deleted;
    }
}
