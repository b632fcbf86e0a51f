package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.report.Categories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every category of the default rules has a Chinese name for the reports editors read. */
class CategoryNamesTest {
    @Test
    void everyDefaultCategoryHasAChineseName() {
        List<String> unnamed = DefaultChecker.get().declaredRules().stream().map(RuleInfo::category).distinct()
                .filter(c -> !Categories.names().containsKey(c)).sorted().toList();
        assertEquals(List.of(), unnamed);
    }
}
