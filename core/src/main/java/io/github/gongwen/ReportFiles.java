package io.github.gongwen;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Expands the paths a user names into the report files to check: files are taken as given;
 * directories are walked recursively for report files (by default {@code *.txt}, {@code *.md},
 * {@code *.docx}, and {@code *.doc}, which is refused with a reason when read),
 * skipping hidden directories. Paths that do not exist or cannot be read become errors.
 */
public final class ReportFiles {
    /** File name endings checked by default when walking a directory. */
    public static final List<String> DEFAULT_EXTENSIONS = List.of(".txt", ".md", ".docx", ".doc");

    /** A file to check and the name to report it under. */
    public record Entry(Path path, String name) {
    }

    /** The files found, in name order, and the paths that could not be walked. */
    public record Listing(List<Entry> files, List<FileResult> errors) {
    }

    private ReportFiles() {
    }

    /** Walks {@code roots} for files with the default extensions. */
    public static Listing collect(List<Path> roots) {
        return collect(roots, ReportFiles::hasDefaultExtension);
    }

    /**
     * Whether a directory is a Maven build's output ({@code target/} beside a {@code pom.xml}), where
     * the Maven plugin writes its reports and cache: never report text.
     */
    static boolean isBuildOutput(Path dir) {
        Path name = dir.getFileName();
        Path parent = dir.getParent();
        return name != null && name.toString().equals("target") && parent != null
                && Files.isRegularFile(parent.resolve("pom.xml"));
    }

    public static boolean hasDefaultExtension(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        // ~$name.docx is the lock file Word keeps beside an open document.
        return !n.startsWith("~$") && DEFAULT_EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** Walks {@code roots}; in directories, only files {@code include} accepts are taken. */
    public static Listing collect(List<Path> roots, Predicate<Path> include) {
        TreeMap<String, Entry> files = new TreeMap<>();
        List<FileResult> errors = new ArrayList<>();
        // a file reached twice (seeds and ./seeds, a folder and a file in it) is checked once
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            String rootName = slashes(root.toString());
            if (!Files.exists(root)) {
                errors.add(FileResult.failed(rootName, "no such file or directory"));
                continue;
            }
            if (!Files.isDirectory(root)) {
                if (Files.isRegularFile(root)) {
                    if (seen.add(root.toAbsolutePath().normalize())) {
                        files.put(rootName, new Entry(root, rootName));
                    }
                } else { // a FIFO or a device (/dev/zero) would be read forever
                    errors.add(FileResult.failed(rootName, "not a regular file (a device or a pipe): not read"));
                }
                continue;
            }
            Path realRoot = realPath(root);
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path name = dir.getFileName();
                        if (!dir.equals(root) && name != null && name.toString().startsWith(".")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (!dir.equals(root) && isBuildOutput(dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (!dir.equals(root) && outside(dir)) {
                            errors.add(FileResult.failed(slashes(dir.toString()), OUTSIDE));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    /** A symbolic link that leads out of the directory being walked. */
                    private boolean outside(Path p) {
                        return Files.isSymbolicLink(p) && !realPath(p).startsWith(realRoot);
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && include.test(file)) {
                            if (outside(file)) {
                                errors.add(FileResult.failed(slashes(file.toString()), OUTSIDE));
                                return FileVisitResult.CONTINUE;
                            }
                            String name = slashes(file.toString());
                            if (seen.add(file.toAbsolutePath().normalize())) {
                                files.put(name, new Entry(file, name));
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        errors.add(FileResult.failed(slashes(file.toString()), reason(e)));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                errors.add(FileResult.failed(rootName, reason(e)));
            }
        }
        return new Listing(List.copyOf(files.values()), errors);
    }

    /** The error of a symbolic link that is not followed. */
    static final String OUTSIDE = "a symbolic link that leads out of the checked folder: not followed";

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "a loop of symbolic links: not followed";
        }
        if (e instanceof AccessDeniedException) {
            return "unreadable: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return "unreadable: " + e.getMessage();
    }

    private static String slashes(String s) {
        return s.replace('\\', '/');
    }
}
