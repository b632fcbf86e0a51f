package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnnexHeadingsTest {
    @Test
    void annexLines() {
        assertTrue(AnnexHeadings.opens("附件"));
        assertTrue(AnnexHeadings.opens("附件2 名词解释"));
        assertTrue(AnnexHeadings.opens("附件1：重点工作分工"));
        assertTrue(AnnexHeadings.opens("附录A"));
        assertTrue(AnnexHeadings.opens("附：统计表"));
    }

    @Test
    void sentencesAboutAnnexesAreNone() {
        assertFalse(AnnexHeadings.opens("附件所列事项由各部门分工落实。"));
        assertFalse(AnnexHeadings.opens("附近的村民都来了"));
        assertFalse(AnnexHeadings.opens("经济运行平稳"));
    }
}
