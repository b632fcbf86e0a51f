package io.github.gongwen.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The file-system guards of a configuration: the configuration itself and every file it names
 * must be a bounded regular file, and what it names must lie inside its own directory.
 */
final class ConfigPaths {
    private ConfigPaths() {
    }

    /**
     * The text of a configuration file: a regular file of at most {@code max} bytes, in UTF-8;
     * otherwise a {@link ConfigException} reported under {@code name}.
     */
    static String readText(Path file, String name, long max) throws IOException, ConfigException {
        try {
            String wrong = notReadable(file, max);
            if (wrong != null) {
                throw new ConfigException(List.of(new ConfigException.Problem(name, 0, 0, wrong)));
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(new ConfigException.Problem(name, 0, 0, "not UTF-8 text")));
        }
    }

    /**
     * Why a file the configuration names (or the configuration itself) is not read: not a regular
     * file (a FIFO or a device would be read forever), or larger than {@code max}; {@code null}
     * when it can be read.
     */
    static String notReadable(Path file, long max) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Files.exists(file) ? "not a regular file" : "no such file";
        }
        long size = Files.size(file);
        return size > max ? "too large (" + size / 1024 + " KB; the limit is " + max / 1024 + " KB)" : null;
    }

    /**
     * Whether {@code p} lies inside {@code base} once symbolic links are resolved: rule
     * directories and data files are taken only from the configuration's own directory, so a
     * configuration cannot reach {@code ../../secret.txt} or {@code /etc}.
     */
    static boolean inside(Path base, Path p) {
        try {
            return p.toRealPath().startsWith(base.toRealPath());
        } catch (IOException e) {
            return p.toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize());
        }
    }
}
