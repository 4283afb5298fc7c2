package jp.meetingsearch.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LabelAliasesTest {
    /** The year the lists are read in (the reader never looks at the clock). */
    private static final java.time.Year LIST_YEAR = java.time.Year.of(2026);

    @Test
    void theLoaderShowsAnAreaWrittenTwoWaysOneWayAndSaysSo() throws Exception {
        String csv = """
                年度,事業名,担当課,地域
                令和4年度,防災キャンプ,防災安全課,全域
                令和4年度,清掃活動,環境保全課,全市
                令和4年度,見守り,高齢福祉課,ｾﾞﾝｲｷ
                令和4年度,朝市,商工観光課,東部
                """;
        ProjectParseResult r = ProjectCsvReader.read(csv, "list.csv", null, LIST_YEAR);
        assertEquals(List.of("全市", "全市", "ゼンイキ", "東部地区"), r.rows().stream().map(ProjectRow::area).toList());
        assertTrue(r.warnings().contains("list.csv: area '全域' shown as '全市' in 1 row (" + LabelAliases.RESOURCE + ")"),
                r.warnings().toString());
        assertTrue(r.warnings().contains("list.csv: area '東部' shown as '東部地区' in 1 row (" + LabelAliases.RESOURCE + ")"),
                r.warnings().toString());
        // the id keeps what was written: renaming a label does not make a new project
        assertEquals(ProjectIds.id(2022, "防災キャンプ", "防災安全課"), r.rows().get(0).id());
    }

    @Test
    void valuesAreComparedAfterWidthFoldingAndOtherFieldsAreLeftAlone() {
        LabelAliases a = LabelAliases.parse(List.of("# comment", "department\tＮＰＯ推進課\tNPO協働課"), "t.txt");
        assertEquals("NPO協働課", a.name(ProjectField.DEPARTMENT, "NPO推進課"));
        assertEquals("NPO推進課", a.name(ProjectField.AREA, "NPO推進課"));
        assertEquals(null, a.name(ProjectField.DEPARTMENT, null));
    }

    @Test
    void aBadLineIsNamedWithItsFileAndLine() {
        String twice = assertThrows(IllegalArgumentException.class, () -> LabelAliases.parse(
                List.of("area\t全域\t全市", "area\t全域\t市内全域"), "labels.txt")).getMessage();
        assertTrue(twice.startsWith("labels.txt:2: area '全域' is listed twice"), twice);
        String field = assertThrows(IllegalArgumentException.class, () -> LabelAliases.parse(
                List.of("partners\tA\tB"), "labels.txt")).getMessage();
        assertTrue(field.startsWith("labels.txt:1: expected FIELD<TAB>"), field);
        String self = assertThrows(IllegalArgumentException.class, () -> LabelAliases.parse(
                List.of("area\t全市\t全市"), "labels.txt")).getMessage();
        assertTrue(self.startsWith("labels.txt:1:"), self);
        String chain = assertThrows(IllegalArgumentException.class, () -> LabelAliases.parse(
                List.of("area\t全域\t全市", "area\t全市\t市内"), "labels.txt")).getMessage();
        assertTrue(chain.contains("itself renamed"), chain);
    }

    @Test
    void theProjectsFileReads() {
        assertEquals("全市", LabelAliases.TABLE.name(ProjectField.AREA, "全域"));
    }
}
