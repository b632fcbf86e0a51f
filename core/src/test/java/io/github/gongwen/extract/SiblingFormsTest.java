package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiblingFormsTest {
    private static List<Heading> marked(String... lines) {
        OutlineLines outline = OutlineLines.read(SourceText.of("t.txt", String.join("\n", lines)));
        List<Heading> tree = HeadingTree.build(outline.headings(), new GroupIds(), Set.of());
        SiblingForms.mark(tree);
        return tree;
    }

    private static List<Boolean> odd(List<Heading> tree) {
        return tree.stream().map(Heading::isOddForm).toList();
    }

    @Test
    void theFormMostSiblingsUseIsTheirs() {
        List<Heading> tree = marked("1.加强学习", "2．改进作风", "3．强化落实");
        assertEquals(List.of(true, false, false), odd(tree));
        assertEquals("．", tree.get(0).getSiblingForm());
        assertEquals("1．", tree.get(0).getSiblingText());
    }

    @Test
    void onATieTheFirstFormWins() {
        assertEquals(List.of(false, true), odd(marked("1.加强学习", "2．改进作风")));
    }

    @Test
    void nonStandardFormsDoNotCount() {
        List<Heading> tree = marked("1、加强学习", "2、改进作风", "3．强化落实");
        assertEquals("．", tree.get(0).getSiblingForm());
        assertEquals(List.of(false, false, false), odd(tree)); // 1、 is non-standard, not odd
    }
}
