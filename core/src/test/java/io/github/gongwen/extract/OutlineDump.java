package io.github.gongwen.extract;

import io.github.gongwen.fact.EnumItem;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.Marker;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Debugging aid: prints the outline the parser sees in a file, one marker a line, in text order:
 * headings indented by depth with their group and previous sibling, enumeration items with their
 * group. Run from the project root after {@code mvn -o -q test-compile -pl core,rules}:
 * {@code java -cp core/target/classes:core/target/test-classes:rules/target/classes
 * io.github.gongwen.extract.OutlineDump FILE [FROM_LINE TO_LINE]}.
 */
public final class OutlineDump {
    private OutlineDump() {
    }

    public static void main(String[] args) throws Exception {
        SourceText src = TextLoader.load(Path.of(args[0]), args[0]);
        int from = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int to = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        System.out.print(dump(src, from, to));
    }

    /** The outline of {@code src} between two lines (inclusive), as text. */
    static String dump(SourceText src, int from, int to) {
        Facts facts = new Facts(src);
        new OutlineParser(Lexicon.defaults(OutlineDump.class.getClassLoader())).extract(facts);
        List<Marker> all = new ArrayList<>(facts.of(Marker.class));
        all.sort(Comparator.comparingInt(Marker::getStart));
        StringBuilder out = new StringBuilder();
        for (Marker m : all) {
            if (m.getLine() < from || m.getLine() > to) {
                continue;
            }
            String prev = m.getPrevious() == null ? "-" : m.getPrevious().getLabel() + "@" + m.getPrevious().getLine();
            if (m instanceof Heading h) {
                out.append(String.format("%5d %s%s %s #%d g%d prev=%s%s%s | %s%n", m.getLine(), "  ".repeat(h.getDepth() - 1),
                        h.getKind() == io.github.gongwen.fact.MarkerKind.UNNUMBERED ? "[" + h.getSiblingKind() + "]" : h.getText(),
                        h.getKind(), h.getOrdinal(), h.getGroup(), prev, h.isInline() ? " INLINE" : "",
                        h.getParent() == null ? "" : " parent=" + h.getParent().getLabel() + "@" + h.getParent().getLine(),
                        cut(h.getTitle())));
            } else if (m instanceof EnumItem e) {
                out.append(String.format("%5d     · %s %s #%d g%d prev=%s%n", m.getLine(), e.getText(), e.getKind(),
                        e.getOrdinal(), e.getGroup(), prev));
            }
        }
        return out.toString();
    }

    private static String cut(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }
}
