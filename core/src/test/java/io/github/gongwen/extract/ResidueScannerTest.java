package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.fact.Residue;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResidueScannerTest {
    private static final Map<String, List<String>> WORDS = Map.of(SiteWords.FILE, List.of(
            "field\t浏览次数", "field\t栏目", "plainfield\t时间", "plainfield\t来源", "toolbar\t举报",
            "toolbar\t海报", "toolbar\t返回", "section\t资源描述", "suffix\t范文", "suffix\t参考", "counted\t参考",
            "ending\t范文", "genre\t总结", "actor\t小编", "site\t本站", "model\t范文", "address\t您",
            "cue\t上传"));

    private static List<String> scan(String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        new ResidueScanner(Lexicon.of(WORDS)).extract(facts);
        return facts.of(Residue.class).stream().map(r -> r.getLine() + ":" + r.getText()).toList();
    }

    private static final String BODY = "今年以来，全镇上下坚持稳中求进，经济社会发展取得新成效，群众获得感持续增强。";

    @Test
    void aMetadataLineIsJudgedAsAWhole() {
        assertEquals(List.of("2:时间:2024-03-05 08:10  浏览次数:312次  栏目:总结"),
                scan("镇工作总结\n时间:2024-03-05 08:10  浏览次数:312次  栏目:总结\n" + BODY));
        assertEquals(List.of(), scan("项目资金来源:中央预算内投资\n时间:2024年3月5日\n" + BODY));
    }

    @Test
    void weakChromeCountsOnlyBesideStrongEvidenceAndBeforeTheBody() {
        assertEquals(List.of(), scan("镇工作总结\n海报\n2024-03-05\n" + BODY));
        assertEquals(List.of("2:海报", "3:2024-03-05", "4:返回 举报"), scan("镇工作总结\n海报\n2024-03-05\n返回 举报\n" + BODY));
        assertEquals(List.of("1:返回 举报"), scan("返回 举报\n" + BODY + "\n海报\n" + BODY));
    }

    @Test
    void templateTitlesAndBoilerplate() {
        assertEquals(List.of("1:参考3篇", "2:下面是小编为大家整理的镇工作总结。"),
                scan("镇工作总结参考3篇\n下面是小编为大家整理的镇工作总结。\n" + BODY));
        assertEquals(List.of("1:1"), scan("镇工作总结1\n" + BODY));
        assertEquals(List.of(), scan("本站全年上报水文资料120份，为防汛决策提供依据。\n" + BODY));
    }

    @Test
    void pageNumbersCountingThroughTheText() {
        String page = "全年新建农村公路35公里，改造危桥6座，农村公路养护实现全覆盖，群众出行更加便捷，"
                + "客运班线公交化改造稳步推进，沿线群众出行更加方便，农村物流网络不断完善，快递进村实现全覆盖，"
                + "农产品上行渠道更加畅通，电商服务站点覆盖全部行政村，带动群众增收效果明显；";
        assertEquals(List.of("1:1", "1:2"), scan("1镇政府工作报告" + page + page + "2农业农村" + page));
        assertEquals(List.of(), scan("镇政府工作报告" + page + page + "2农业农村" + page));
    }

    @Test
    void watermarksRecurInsideWords() {
        assertEquals(List.of("1:Qz8", "1:Qz8", "1:Qz8"), scan("推进乡Qz8村振兴，发展特色产Qz8业，带动增收致Qz8富。"));
        assertEquals(List.of(), scan("全年发电量12亿kWh，外购电量3亿kWh，上网电量8亿kWh。"));
    }
}
