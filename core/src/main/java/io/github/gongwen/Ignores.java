package io.github.gongwen;

import io.github.gongwen.config.Glob;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The per-path ignores of a checker ({@code ignore:} in {@code gongwen.yaml}, {@link CheckerBuilder#ignore}). */
final class Ignores {
    /** Rules (ids or categories) silenced in the files under {@code base} that match {@code glob}. */
    record Ignore(Path base, Glob glob, Set<String> names) {
    }

    private Ignores() {
    }

    /** The rule ids and categories silenced in {@code file} ({@code null}: a text without a path). */
    static Set<String> names(List<Ignore> ignores, Path file) {
        if (ignores.isEmpty() || file == null) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (Ignore i : ignores) {
            if (i.glob().matches(i.base(), file)) {
                names.addAll(i.names());
            }
        }
        return names;
    }
}
