package io.github.gongwen;

import io.github.gongwen.config.Glob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Chooses the report files under source directories with the file patterns of {@code gongwen.yaml}
 * ({@link Glob}, the {@code .gitignore} dialect): {@code **} matches any number of directories,
 * {@code *} any characters within a name, {@code ?} one character, {@code {txt,md}} either, a
 * pattern without {@code /} matches a file name in any directory ({@code *.txt}), and one ending in
 * {@code /} means everything below that directory. Patterns are matched against the path relative
 * to the source directory, with {@code /} separators; no includes means the default file types
 * ({@link ReportFiles#hasDefaultExtension}). Files are named relative to a base directory (the
 * project), which is how reports and baselines show them.
 */
public final class FileSelector {
    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final List<Path> excludedDirectories;
    private final Predicate<Path> also;

    /**
     * @param includes patterns a file must match one of (none: the default file types)
     * @param excludes patterns no file may match
     * @param excludedDirectories directories whose files are never taken (a build's output)
     * @throws IllegalArgumentException for a pattern that is empty or has an unclosed brace
     */
    public FileSelector(List<String> includes, List<String> excludes, List<Path> excludedDirectories) {
        this(includes, excludes, excludedDirectories, p -> true);
    }

    /**
     * As {@link #FileSelector(List, List, List)}, and a file must also pass {@code also} (a
     * configuration's own include and exclude patterns, {@link io.github.gongwen.config.GongwenConfig#fileFilter}).
     */
    public FileSelector(List<String> includes, List<String> excludes, List<Path> excludedDirectories,
            Predicate<Path> also) {
        this.includes = includes.stream().map(Glob::of).toList();
        this.excludes = excludes.stream().map(Glob::of).toList();
        this.excludedDirectories = excludedDirectories.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.also = also;
    }

    /** Whether a path relative to a source directory is selected by the patterns. */
    public boolean matches(String relativePath) {
        String p = relativePath.replace('\\', '/');
        boolean in = includes.isEmpty() ? ReportFiles.hasDefaultExtension(Path.of(p))
                : includes.stream().anyMatch(g -> g.matches(p));
        return in && excludes.stream().noneMatch(g -> g.matches(p));
    }

    /**
     * The selected files under {@code roots} (a root that is a file is taken as it is), named
     * relative to {@code base}; roots that do not exist or cannot be walked become errors.
     */
    public ReportFiles.Listing collect(Path base, List<Path> roots) {
        Path absBase = base.toAbsolutePath().normalize();
        List<ReportFiles.Entry> files = new ArrayList<>();
        List<FileResult> errors = new ArrayList<>();
        for (Path root : roots) {
            Path absRoot = root.toAbsolutePath().normalize();
            Predicate<Path> take = p -> {
                Path abs = p.toAbsolutePath().normalize();
                return excludedDirectories.stream().noneMatch(abs::startsWith)
                        && matches(absRoot.relativize(abs).toString()) && also.test(abs);
            };
            ReportFiles.Listing l = ReportFiles.collect(List.of(absRoot), take);
            for (ReportFiles.Entry e : l.files()) {
                files.add(new ReportFiles.Entry(e.path(), name(absBase, e.path())));
            }
            for (FileResult r : l.errors()) {
                errors.add(FileResult.failed(name(absBase, Path.of(r.path())), r.error()));
            }
        }
        files.sort((a, b) -> a.name().compareTo(b.name()));
        return new ReportFiles.Listing(distinct(files), errors);
    }

    /** A path relative to the base with {@code /} separators; absolute when it is outside the base. */
    public static String name(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path p = abs.startsWith(base) ? base.relativize(abs) : abs;
        return p.toString().replace('\\', '/');
    }

    private static List<ReportFiles.Entry> distinct(List<ReportFiles.Entry> sorted) {
        List<ReportFiles.Entry> out = new ArrayList<>();
        for (ReportFiles.Entry e : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).name().equals(e.name())) {
                out.add(e);
            }
        }
        return out;
    }
}
