package io.github.gongwen.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default rules compiled at build time into Drools' executable model: Java classes (the rules'
 * constraints and consequences as lambdas) that a fresh JVM loads and runs as they are, where DRL
 * would be parsed, compiled and its constraints interpreted by MVEL. The build of the rules module
 * runs {@link PrecompiledRulesWriter} to generate them into the rules jar, with an index
 * ({@value #RESOURCE}) that names the model classes and holds a hash of the DRL texts and of the
 * classes they import.
 *
 * <p>{@link RuleSet#compile} takes the model when that hash matches the sources it is given (the DRL
 * stays the source of truth: any change to it, or to a fact class, makes the key differ and the
 * rules are compiled from DRL as before), and compiles only the other sources (a user's rules).
 */
public final class PrecompiledRules {
    /** The index of the precompiled default rules on the class path. */
    public static final String RESOURCE = RuleSource.DEFAULT_DIR + "precompiled.index";

    static final String MAGIC = "gongwen-exec-model-1";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:import|global)\\s+([\\w.]+)");

    /** The models of the first {@code sourceCount} sources. */
    record Loaded(int sourceCount, List<Model> models) {
        static final Loaded NONE = new Loaded(0, List.of());
    }

    private PrecompiledRules() {
    }

    /**
     * The models of the first sources, when {@code loader} has them and they were generated from
     * exactly those sources; otherwise {@link Loaded#NONE}.
     */
    static Loaded load(List<RuleSource> sources, ClassLoader loader) {
        String index;
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Loaded.NONE;
            }
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.debug("cannot read {}, compiling the rules from DRL", RESOURCE, e);
            return Loaded.NONE;
        }
        // MAGIC, key, number of sources, then one model class per line
        String[] lines = index.split("\n");
        try {
            int count = lines.length >= 3 && MAGIC.equals(lines[0]) ? Integer.parseInt(lines[2].strip()) : -1;
            if (count < 0 || count > sources.size()
                    || !lines[1].strip().equals(key(sources.subList(0, count), loader))) {
                return Loaded.NONE;
            }
            List<Model> models = new ArrayList<>();
            for (int i = 3; i < lines.length; i++) {
                String name = lines[i].strip();
                if (!name.isEmpty()) {
                    models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
                }
            }
            return new Loaded(count, models);
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            // stale or foreign classes (other Drools, changed facts): the DRL is the source of truth
            LOG.debug("cannot load the rules of {}, compiling them from DRL", RESOURCE, e);
            return Loaded.NONE;
        }
    }

    /**
     * A 64-bit FNV-1a hash of the DRL sources (names and texts) and of the bytecode of the classes
     * they import. It tells edited sources from the ones compiled, nothing more, so a fast
     * non-cryptographic hash is enough (a message digest costs 50 ms of provider loading at start-up).
     */
    static String key(List<RuleSource> sources, ClassLoader loader) throws IOException {
        Fnv hash = new Fnv();
        TreeSet<String> classes = new TreeSet<>();
        for (RuleSource s : sources) {
            hash.add(s.name().getBytes(StandardCharsets.UTF_8));
            hash.add(s.drl().getBytes(StandardCharsets.UTF_8));
            Matcher m = IMPORT.matcher(s.drl());
            while (m.find()) {
                classes.add(m.group(1));
            }
        }
        for (String c : classes) {
            hash.add(c.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = loader.getResourceAsStream(c.replace('.', '/') + ".class")) {
                if (in != null) {
                    hash.add(in.readAllBytes());
                }
            }
        }
        return Long.toHexString(hash.value);
    }

    /** FNV-1a, 64 bits; each chunk is followed by its length so that chunk boundaries count. */
    private static final class Fnv {
        long value = 0xcbf29ce484222325L;

        void add(byte[] bytes) {
            for (byte b : bytes) {
                step(b);
            }
            for (int i = 0; i < 4; i++) {
                step((byte) (bytes.length >>> (8 * i)));
            }
        }

        private void step(byte b) {
            value ^= b & 0xff;
            value *= 0x100000001b3L;
        }
    }
}
