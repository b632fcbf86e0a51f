package io.github.gongwen.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Guards against writing a report over, or into, what is being checked. */
public final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * The first of {@code inputs} that {@code output} is, or lies inside of (symbolic links
     * resolved); {@code null} when the output is apart from every input. A special file such as
     * {@code /dev/stdout} is never a conflict.
     */
    public static Path conflict(Path output, List<Path> inputs) {
        if (Files.exists(output) && !Files.isRegularFile(output) && !Files.isDirectory(output)) {
            return null;
        }
        Path out = real(output);
        for (Path in : inputs) {
            Path i = real(in);
            if (out.equals(i) || (Files.isDirectory(in) && out.startsWith(i))) {
                return in;
            }
        }
        return null;
    }

    /**
     * The path with symbolic links resolved as far as it exists: the real path of its longest
     * existing ancestor, followed by the rest.
     */
    public static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
