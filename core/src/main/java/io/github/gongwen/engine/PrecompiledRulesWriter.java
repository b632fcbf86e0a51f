package io.github.gongwen.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.util.PortablePath;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Build time only: generates the executable model of the default rules (see {@link PrecompiledRules})
 * into a class-path directory. Run by the build of the rules module, with its classes and Drools'
 * model generator ({@code drools-model-codegen}, which nothing needs at run time) on the class path.
 */
public final class PrecompiledRulesWriter {
    /** Lists the class files written last time, so that a new run removes the stale ones. */
    static final String WRITTEN = RuleSource.DEFAULT_DIR + "precompiled.classes";

    private PrecompiledRulesWriter() {
    }

    /** Generates the model of the default rules on the class path into {@code OUTPUT_DIR}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: PrecompiledRulesWriter OUTPUT_DIR");
            System.exit(2);
        }
        ClassLoader loader = PrecompiledRulesWriter.class.getClassLoader();
        List<RuleSource> sources = RuleSource.defaults(loader);
        int classes = write(sources, loader, Path.of(args[0]));
        System.out.printf("precompiled %d rule files into %d classes of Drools' executable model in %s%n",
                sources.size(), classes, args[0]);
    }

    /**
     * Generates and compiles the model of {@code sources} and writes its classes and the index under
     * {@code dir}.
     *
     * @return how many class files were written
     * @throws RuleCompileException when the sources do not compile to the executable model
     */
    static int write(List<RuleSource> sources, ClassLoader loader, Path dir) throws IOException, RuleCompileException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (RuleSource s : sources) {
            kfs.write("src/main/resources/" + s.name(), s.drl());
        }
        KieBuilder builder = ks.newKieBuilder(kfs, loader).buildAll(ExecutableModelProject.class);
        List<RuleCompileException.Problem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(new RuleCompileException.Problem(m.getPath() == null ? "?" : m.getPath(), m.getLine(),
                    m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompileException(problems);
        }

        Path written = dir.resolve(WRITTEN);
        if (Files.isRegularFile(written)) {
            for (String f : Files.readAllLines(written, StandardCharsets.UTF_8)) {
                if (!f.isBlank()) {
                    Files.deleteIfExists(dir.resolve(f));
                }
            }
        }
        Map<String, byte[]> files = new TreeMap<>();
        String models = null;
        MemoryFileSystem out = ((KieBuilderImpl) builder).getTrgMfs();
        for (Map.Entry<PortablePath, byte[]> e : out.getMap().entrySet()) {
            String name = e.getKey().asString();
            if (name.endsWith(".class") && !name.startsWith("org/drools/project/model/")) {
                files.put(name, e.getValue());
            } else if (name.startsWith("META-INF/kie/") && name.endsWith("/drools-model")) {
                models = new String(e.getValue(), StandardCharsets.UTF_8);
            }
        }
        if (models == null) {
            throw new IllegalStateException("Drools generated no executable model");
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        Files.createDirectories(written.getParent());
        Files.writeString(written, String.join("\n", files.keySet()) + "\n", StandardCharsets.UTF_8);

        // the index: magic, key, number of sources, the model classes (the lines of Drools' list
        // after its version line)
        StringBuilder index = new StringBuilder();
        index.append(PrecompiledRules.MAGIC).append('\n')
                .append(PrecompiledRules.key(sources, loader)).append('\n')
                .append(sources.size()).append('\n');
        for (String line : models.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.contains(":")) {
                index.append(l).append('\n');
            }
        }
        Files.writeString(dir.resolve(PrecompiledRules.RESOURCE), index, StandardCharsets.UTF_8);
        return files.size();
    }
}
