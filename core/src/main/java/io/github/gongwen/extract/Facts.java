package io.github.gongwen.extract;

import io.github.gongwen.fact.Document;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts extracted from one document, in the order the extractors produced them. An extractor
 * may read what earlier extractors produced (the document info reads the headings).
 * Not thread-safe: one instance per document.
 */
public final class Facts {
    /**
     * The most facts of one type a document may hold (see {@link FactLimitException}): this many, or
     * four per line in a document of more lines. The largest report of the State Council corpus has
     * fewer than a thousand of any type; facts of the structure (paragraphs, headings) come at most one
     * or two a line, so only a flood of candidates on few lines reaches the limit.
     */
    public static final int MAX_PER_TYPE = 50_000;

    private final SourceText source;
    private final Document document;
    private final List<Object> all = new ArrayList<>();
    private final Map<Class<?>, int[]> counts = new HashMap<>();
    private final int limit;
    private boolean cut;
    private char[] chars;
    private boolean[] nonProse;
    private boolean nonProseKnown;

    public Facts(SourceText source) {
        this.source = source;
        this.document = new Document(source.name(), source.text().length(), source.lines().lineCount(),
                source.isMarkdown());
        all.add(document);
        this.limit = (int) Math.min(Integer.MAX_VALUE, Math.max(MAX_PER_TYPE, 4L * source.lines().lineCount()));
    }

    /** The most facts of one type this document may hold. */
    public int limit() {
        return limit;
    }

    public SourceText source() {
        return source;
    }

    public Document document() {
        return document;
    }

    /**
     * The characters of the text, copied once per document for the scans that look at every
     * character: indexing an array is much cheaper than {@code String.charAt} without inlining.
     * Callers must not change it.
     */
    char[] chars() {
        if (chars == null) {
            chars = source.text().toCharArray();
        }
        return chars;
    }

    /**
     * Which characters of the text are not prose (web addresses, e-mail addresses, code), for the
     * punctuation scans; {@code null} when all are. Worked out once per document.
     */
    boolean[] nonProse() {
        if (!nonProseKnown) {
            nonProse = NonProse.mask(source, chars());
            nonProseKnown = true;
        }
        return nonProse;
    }

    /**
     * Adds a fact.
     *
     * @throws FactLimitException when the document already has {@link #limit} facts of its type
     */
    public void add(Object fact) {
        int[] n = counts.computeIfAbsent(fact.getClass(), k -> new int[1]);
        if (n[0] >= limit) {
            cut = true;
            throw new FactLimitException();
        }
        n[0]++;
        all.add(fact);
    }

    /** Withdraws a fact an extractor added (one a later, document-wide look has overruled). */
    public void remove(Object fact) {
        if (all.remove(fact)) {
            counts.get(fact.getClass())[0]--;
        }
    }

    /** Whether some facts were not added because their type reached {@link #limit}. */
    public boolean cut() {
        return cut;
    }

    /** The facts of a type, in the order they were added. */
    public <T> List<T> of(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : all) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }

    public List<Object> all() {
        return Collections.unmodifiableList(all);
    }
}
