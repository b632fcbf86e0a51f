package io.github.gongwen.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret a result cache is signed with: 32 random bytes in {@code ~/.gongwen/cache.key}
 * (readable by the user only), made on first use. The system property {@code gongwen.cacheKey}
 * names another file. Without a key (no home directory, not writable) no cache is kept.
 */
final class MachineKey {
    private static final int BYTES = 32;
    private static volatile byte[] secret;

    private MachineKey() {
    }

    /** The key, made when there is none yet; {@code null} when it can be neither read nor made. */
    static byte[] get() {
        byte[] s = secret;
        if (s == null) {
            synchronized (MachineKey.class) {
                s = secret;
                if (s == null) {
                    s = load(file());
                    secret = s;
                }
            }
        }
        return s.length == BYTES ? s : null;
    }

    private static Path file() {
        String p = System.getProperty("gongwen.cacheKey");
        return p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".gongwen", "cache.key");
    }

    private static byte[] load(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[BYTES];
                new SecureRandom().nextBytes(fresh);
                try {
                    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.createFile(file, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(file);
                    }
                    Files.write(file, fresh, StandardOpenOption.TRUNCATE_EXISTING);
                    return fresh;
                } catch (FileAlreadyExistsException e) {
                    // another process made it meanwhile: read theirs
                }
            }
            byte[] b = Files.size(file) == BYTES ? Files.readAllBytes(file) : new byte[0];
            return b.length == BYTES ? b : new byte[0];
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    /** The HMAC-SHA256 of {@code text} under {@code key}, in hex. */
    static String mac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
