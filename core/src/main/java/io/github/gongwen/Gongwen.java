package io.github.gongwen;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of Gongwen. */
public final class Gongwen {
    public static final String NAME = "gongwen";
    private static final String VERSION = readVersion();

    private Gongwen() {
    }

    /** The version of the core library, e.g. {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Gongwen.class.getResourceAsStream("/gongwen/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
