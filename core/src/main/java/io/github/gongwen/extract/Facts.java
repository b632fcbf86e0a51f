package io.github.gongwen.extract;

import io.github.gongwen.fact.Document;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The facts extracted from one document, in the order the extractors produced them. An extractor
 * may read what earlier extractors produced (the document info reads the headings).
 * Not thread-safe: one instance per document.
 */
public final class Facts {
    private final SourceText source;
    private final Document document;
    private final List<Object> all = new ArrayList<>();
    private char[] chars;
    private boolean[] nonProse;
    private boolean nonProseKnown;

    public Facts(SourceText source) {
        this.source = source;
        this.document = new Document(source.name(), source.text().length(), source.lines().lineCount(),
                source.isMarkdown());
        all.add(document);
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

    public void add(Object fact) {
        all.add(fact);
    }

    /** Withdraws a fact an extractor added (one a later, document-wide look has overruled). */
    public void remove(Object fact) {
        all.remove(fact);
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
