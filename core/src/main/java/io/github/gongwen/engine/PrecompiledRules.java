package io.github.gongwen.engine;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default rules compiled at build time. Compiling DRL costs a second or more in a fresh JVM
 * (the DRL parser and the Java compiler load and run interpreted); the build of the rules module
 * runs {@link #main} to compile them once and store the compiled knowledge packages in the rules
 * jar as {@value #RESOURCE}, keyed by a hash of the DRL texts and of the classes they import.
 * {@link RuleSet#compile} takes them from there when the key matches the sources it is given
 * (the DRL stays the source of truth: any change to it, or to a fact class, makes the key differ
 * and the rules are compiled from DRL as before), and compiles only the other sources (a user's
 * rules).
 */
public final class PrecompiledRules {
    /** Where the compiled default rules live on the class path. */
    public static final String RESOURCE = RuleSource.DEFAULT_DIR + "precompiled.bin";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);
    private static final String MAGIC = "gongwen-kbase-1";
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:import|global)\\s+([\\w.]+)");

    /** Knowledge packages loaded for the first {@code sourceCount} sources. */
    record Loaded(int sourceCount, Collection<KiePackage> packages) {
        static final Loaded NONE = new Loaded(0, List.of());
    }

    private PrecompiledRules() {
    }

    /**
     * Compiles the default rules on the class path into {@code OUTPUT_DIR}/{@value #RESOURCE}: run by
     * the build of the rules module, with its classes on the class path.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: PrecompiledRules OUTPUT_DIR");
            System.exit(2);
        }
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        List<RuleSource> sources = RuleSource.defaults(loader);
        Path out = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            write(sources, loader, o);
        }
        System.out.printf("precompiled %d rule files into %s (%d bytes)%n", sources.size(), out, Files.size(out));
    }

    /** Compiles {@code sources} and writes the packages with their key. */
    static void write(List<RuleSource> sources, ClassLoader loader, OutputStream out)
            throws IOException, RuleCompileException {
        Collection<KiePackage> packages = RuleSet.build(sources, java.util.Map.of(), loader);
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeUTF(key(sources, loader));
        data.writeInt(sources.size());
        DroolsObjectOutputStream objects = new DroolsObjectOutputStream(data);
        objects.writeObject(new ArrayList<>(packages));
        objects.flush();
    }

    /**
     * The precompiled packages of the first sources, when {@code loader} has them and they were
     * compiled from exactly those sources; otherwise {@link Loaded#NONE}.
     */
    static Loaded load(List<RuleSource> sources, ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(RESOURCE);
        if (in == null) {
            return Loaded.NONE;
        }
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
            if (!MAGIC.equals(data.readUTF())) {
                return Loaded.NONE;
            }
            String key = data.readUTF();
            int count = data.readInt();
            if (count > sources.size() || !key.equals(key(sources.subList(0, count), loader))) {
                return Loaded.NONE;
            }
            DroolsObjectInputStream objects = new DroolsObjectInputStream(data, loader);
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            return new Loaded(count, packages);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            // stale or foreign packages (other Drools, changed classes): the DRL is the source of truth
            LOG.debug("cannot load {}, compiling the rules from DRL", RESOURCE, e);
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
