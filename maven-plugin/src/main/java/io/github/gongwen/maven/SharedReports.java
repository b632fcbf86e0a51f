package io.github.gongwen.maven;

import io.github.gongwen.FileResult;
import io.github.gongwen.RunResult;
import io.github.gongwen.engine.RuleInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports of the modules of one build that share an output directory (a parent that sets
 * {@code outputDirectory} to one folder for all, with or without {@code -T}): each module's reports
 * are written as the merge of its result and those of the modules that wrote there before it in
 * this build, under one lock per directory, so the last module to finish leaves the reports of all
 * and every report on disk is whole and valid. A module checked again (a second execution) replaces
 * its earlier result; a file checked by two modules is listed once.
 *
 * <p>Kept in this plugin realm for the builds of the last hours of a long-lived Maven daemon.
 * Separate Maven processes writing one directory are not merged: each report is then the whole
 * report of one of them.
 */
final class SharedReports {
    /** What writes the reports of a (merged) result. */
    @FunctionalInterface
    interface Writer<T> {
        T write(RunResult merged) throws IOException;
    }

    /** The modules and results written to one directory in one build, in the order they finished. */
    static final class Directory {
        private final Map<String, RunResult> modules = new LinkedHashMap<>();

        synchronized List<String> modules() {
            return List.copyOf(modules.keySet());
        }
    }

    private static final int BUILDS_KEPT = 32;
    private static final Map<String, Directory> DIRECTORIES = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Directory> eldest) {
            return size() > BUILDS_KEPT;
        }
    };

    private SharedReports() {
    }

    private static Directory directory(String build, Path dir) {
        String key = build + '\n' + dir.toAbsolutePath().normalize();
        synchronized (DIRECTORIES) {
            return DIRECTORIES.computeIfAbsent(key, k -> new Directory());
        }
    }

    /**
     * Records {@code result} as {@code module}'s in {@code dir} for {@code build}, and runs
     * {@code writer} on the merge of the results of the modules that wrote there in that build, while
     * no other module of the build writes to that directory.
     *
     * @return what {@code writer} returned, and the modules whose results the reports hold
     */
    static <T> Written<T> write(String build, Path dir, String module, RunResult result, Writer<T> writer)
            throws IOException {
        Directory d = directory(build, dir);
        synchronized (d) {
            d.modules.remove(module);
            d.modules.put(module, result);
            T out = writer.write(merge(d.modules.values()));
            return new Written<>(out, List.copyOf(d.modules.keySet()));
        }
    }

    /** What {@link #write} returns. */
    record Written<T>(T value, List<String> modules) {
    }

    /** One result of the files of all: a path checked by several keeps the last one's result. */
    static RunResult merge(Iterable<RunResult> results) {
        Map<String, FileResult> files = new LinkedHashMap<>();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        int n = 0;
        RunResult only = null;
        for (RunResult r : results) {
            n++;
            only = r;
            for (FileResult f : r.files()) {
                files.remove(f.path());
                files.put(f.path(), f);
            }
            for (RuleInfo rule : r.rules()) {
                rules.putIfAbsent(rule.id(), rule);
            }
        }
        return n == 1 ? only : new RunResult(new ArrayList<>(files.values()), new ArrayList<>(rules.values()));
    }
}
