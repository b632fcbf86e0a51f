package io.github.gongwen.io;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes output files so that a reader, a crash or a second writer never sees half of one: the
 * content goes to a temporary file in the same directory, is forced to the disk, and the temporary
 * file is then renamed over the target in one step. Of two runs writing the same file, one wins
 * whole. A path that exists and is not a regular file (a terminal, {@code /dev/null}, a pipe) is
 * written directly, as nothing can be renamed over it.
 */
public final class AtomicFiles {
    /**
     * The ending of the temporary files ({@code .NAME.RANDOM.gongwen-tmp}); one a killed run left
     * behind is removed by the next write of the same file (see {@link TempFiles}).
     */
    public static final String TMP_SUFFIX = ".gongwen-tmp";

    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Body {
        void write(Writer out) throws IOException;
    }

    /**
     * Writes {@code file} in UTF-8, creating its directory.
     *
     * @throws IOException when anything fails; the target is then left as it was
     */
    public static void write(Path file, Body body) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(file) && !Files.isSymbolicLink(file)) {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                body.write(out);
            }
            return;
        }
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file;
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        TempFiles.sweep(target, TMP_SUFFIX); // left by a run that was killed while writing
        Path tmp = null;
        try (TempFiles.Locked locked = TempFiles.create(target, TMP_SUFFIX)) {
            tmp = locked.path();
            permissions(target, tmp);
            FileChannel ch = locked.channel();
            Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch),
                    StandardCharsets.UTF_8.newEncoder()));
            body.write(new FilterWriter(out) {
                @Override
                public void close() throws IOException {
                    flush(); // the channel is forced and closed below
                }
            });
            out.flush();
            ch.force(true);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** The target's permissions, or {@code rw-r--r--} for a new file (a temporary file is created private). */
    private static void permissions(Path target, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Writes a string to {@code file} as {@link #write(Path, Body)} does. */
    public static void writeString(Path file, String content) throws IOException {
        write(file, out -> out.write(content));
    }
}
