package io.github.gongwen.fix;

import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.io.TempFiles;
import io.github.gongwen.text.InputException;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the safe fixes of a checker's rules to text reports ({@code .txt}, {@code .md}). Planning
 * reads and decodes the file and fixes the text in rounds (a fix that overlapped another is
 * applied in the next round) until no safe fix is left, so that fixing again changes nothing.
 * Writing puts the bytes in a temporary file in the target's directory and renames it over the
 * target, in the file's own charset, byte-order mark and line breaks; a file that changed since it
 * was read, or that is read-only, is refused and left as it was.
 */
public final class FileFixer {
    /** The ending of the temporary files a fix writes beside its target ({@code .NAME.RANDOM.gongwen-tmp}). */
    static final String TMP_SUFFIX = ".gongwen-tmp";

    /** Rounds of check and fix per file at most (one is nearly always enough). */
    public static final int MAX_ROUNDS = 5;

    private final Checker checker;
    private final Map<String, RuleInfo> rules = new HashMap<>();

    public FileFixer(Checker checker) {
        this.checker = checker;
        checker.rules().forEach(r -> rules.put(r.id(), r));
    }

    /** Whether a file is a text report that {@code fix} handles (not a Word document). */
    public static boolean handles(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !(n.endsWith(".docx") || n.endsWith(".doc"));
    }

    /** The fixed text of a decoded text: the safe fixes applied in rounds, and the findings fixed. */
    public Result fix(String name, String raw) {
        String text = raw;
        List<Finding> fixed = new ArrayList<>();
        int rounds = 0;
        for (; rounds < MAX_ROUNDS; rounds++) {
            SourceText source = SourceText.of(name, text);
            List<Finding> edits = Fixes.select(checker.check(source), rules);
            if (edits.isEmpty()) {
                break;
            }
            text = applyRaw(text, source.text(), edits);
            fixed.addAll(edits);
        }
        return new Result(raw, text, fixed, rounds);
    }

    /** The outcome of fixing one text. */
    public record Result(String before, String after, List<Finding> fixed, int rounds) {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    /**
     * Applies fixes whose offsets are in {@code normalized} (line breaks as {@code \n}) to
     * {@code raw}, the same text with its own line breaks; a line break in a replacement becomes
     * the file's.
     */
    static String applyRaw(String raw, String normalized, List<Finding> edits) {
        int[] at = rawOffsets(raw, normalized.length());
        String eol = TextFile.lineBreak(raw);
        StringBuilder b = new StringBuilder(raw.length());
        int done = 0;
        for (Finding f : edits) {
            if (!normalized.substring(f.startOffset(), f.endOffset()).equals(f.excerpt())) {
                throw new IllegalStateException("the fix " + f + " does not fit the text");
            }
            int s = at[f.startOffset()];
            b.append(raw, done, s).append(f.suggestion().replace("\n", eol));
            done = at[f.endOffset()];
        }
        return b.append(raw, done, raw.length()).toString();
    }

    /** For each offset of the normalized text (and its end), the offset in {@code raw}. */
    private static int[] rawOffsets(String raw, int normalizedLength) {
        int[] at = new int[normalizedLength + 1];
        int i = 0;
        for (int j = 0; j < normalizedLength; j++) {
            at[j] = i;
            i += raw.charAt(i) == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? 2 : 1;
        }
        at[normalizedLength] = raw.length();
        return at;
    }

    /**
     * Reads, decodes and fixes a file without writing anything.
     *
     * @throws FixException when the text cannot be checked (too many candidates, a rule that fails)
     */
    public Plan plan(Path file, String name) throws InputException, FixException {
        byte[] bytes = TextLoader.read(file, name);
        TextFile tf = TextFile.decode(name, bytes, checker.encoding());
        Result result;
        try {
            result = fix(name, tf.raw());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new FixException("cannot be checked (" + e.getMessage() + "): not changed", e);
        }
        return new Plan(file, name, tf, result);
    }

    /** A file read and fixed in memory, ready to be written. */
    public static final class Plan {
        private final Path file;
        private final String name;
        private final TextFile original;
        private final Result result;

        Plan(Path file, String name, TextFile original, Result result) {
            this.file = file;
            this.name = name;
            this.original = original;
            this.result = result;
        }

        public Path file() {
            return file;
        }

        public String name() {
            return name;
        }

        public Result result() {
            return result;
        }

        public boolean changed() {
            return result.changed();
        }

        /** The charset the file was read in (and is written in). */
        public String charset() {
            return original.charset().name();
        }

        /** A unified diff of the change ({@code ""} when nothing changes). */
        public String diff() {
            String path = name.replace('\\', '/').replaceFirst("^/+", "");
            return UnifiedDiff.of("a/" + path, "b/" + path, result.before(), result.after());
        }

        /** The bytes of the fixed file: same charset, byte-order mark and line breaks as the original. */
        public byte[] bytes() throws FixException {
            try {
                return result.changed() ? original.encode(result.after()) : original.bytes();
            } catch (CharacterCodingException e) {
                throw new FixException("the fixed text cannot be written in the file's encoding " + charset(), e);
            }
        }

        /**
         * Writes the fixed file over the original, atomically; refused when the original changed since
         * it was read or is read-only. Does nothing when nothing changes.
         */
        public void writeInPlace() throws FixException {
            if (!changed()) {
                return;
            }
            Path target;
            try {
                target = file.toRealPath(); // through a symbolic link, to the file itself
            } catch (IOException e) {
                throw new FixException("cannot be found any more: " + e.getMessage(), e);
            }
            if (readOnly(target)) {
                throw new FixException("read-only file: not changed");
            }
            byte[] out = bytes();
            unchangedSinceRead(target);
            write(target, out, () -> unchangedSinceRead(target));
        }

        /** Writes the fixed file (changed or not) to {@code target}, atomically. */
        public void writeTo(Path target) throws FixException {
            try {
                Path parent = target.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new FixException("cannot create the directory of " + target + ": " + e.getMessage(), e);
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && readOnly(target)) {
                throw new FixException(target + " is read-only: not written");
            }
            write(target, bytes(), () -> { });
        }

        private void unchangedSinceRead(Path target) throws FixException {
            byte[] now;
            try {
                now = TextLoader.read(target, name);
            } catch (InputException e) {
                throw new FixException("cannot be read again before writing (" + e.reason() + "): not changed", e);
            }
            if (!Arrays.equals(now, original.bytes())) {
                throw new FixException("changed since it was read: not changed (run fix again)");
            }
        }
    }

    private interface Check {
        void run() throws FixException;
    }

    /** Whether a file may not be written: no write permission (for its owner, even when we are root). */
    static boolean readOnly(Path file) {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        try {
            if (posix != null) {
                Set<PosixFilePermission> p = posix.readAttributes().permissions();
                if (!p.contains(PosixFilePermission.OWNER_WRITE)) {
                    return true;
                }
            } else {
                DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
                if (dos != null && dos.readAttributes().isReadOnly()) {
                    return true;
                }
            }
        } catch (IOException e) {
            return true;
        }
        return !Files.isWritable(file);
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code target} (flushed to disk, with the
     * target's permissions), runs {@code lastCheck}, then renames it over the target. A failure at
     * any point leaves the target as it was.
     */
    private static void write(Path target, byte[] bytes, Check lastCheck) throws FixException {
        TempFiles.sweep(target, TMP_SUFFIX); // left by a fix that was killed while writing
        Path tmp = null;
        try (TempFiles.Locked locked = TempFiles.create(target, TMP_SUFFIX)) {
            tmp = locked.path();
            FileChannel ch = locked.channel();
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
            copyPermissions(target, tmp);
            lastCheck.run();
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new FixException("permission denied writing " + e.getFile() + ": not changed", e);
        } catch (IOException e) {
            throw new FixException("cannot be written (" + e + "): not changed", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a stray temporary file is the worst outcome (the next fix removes it); the target is intact
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (src != null && dst != null) {
            dst.setPermissions(src.readAttributes().permissions());
        }
    }
}
