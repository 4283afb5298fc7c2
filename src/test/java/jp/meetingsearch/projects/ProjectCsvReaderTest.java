package jp.meetingsearch.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import jp.meetingsearch.text.TextDecoder;
import jp.meetingsearch.text.UnreadableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectCsvReaderTest {
    /** The year the lists are read in (the reader never looks at the clock). */
    private static final java.time.Year LIST_YEAR = java.time.Year.of(2026);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2021/5/15|2021", "R3.6.1|2021", "令和4年3月31日(木)|2021", "2022-04-01|2022", "4/1/2022|2022",
        "令和3年4月～令和4年3月|2021", "令和4年1月～3月|2021", "2021年4月|2021", "2022/3|2021", "R4.3|2021",
        "令和元年5月|2019", "平成31年4月|2019", "2021年5月10日～6月30日|2021", "令和３年５月１０日（月）|2021",
    })
    void fiscalYearFromDateCells(String cell, int fy) {
        assertEquals(OptionalInt.of(fy), RowReader.dateFiscalYear(cell));
    }

    @ParameterizedTest(name = "{0} holds no date")
    @ValueSource(strings = {"", "未定", "通年", "令和3年度", "随時", "1.00E+12", "平成32年1月"})
    void noFiscalYearFromOtherCells(String cell) {
        assertEquals(OptionalInt.empty(), RowReader.dateFiscalYear(cell));
    }

    @Test
    void linesAreTheFirstLineOfEachRecordWithCrLfAndQuotedBreaks() throws Exception {
        String csv = "年度,事業名\r\n\r\nR3,\"一行目\r\n二行目\"\r\nR3,次\r\n\r\n\r\nR4,最後\r\n";
        ProjectParseResult r = ProjectCsvReader.read(csv, "l.csv", null, LIST_YEAR);
        assertEquals(List.of(3, 5, 8), r.rows().stream().map(ProjectRow::line).toList());
        assertEquals("一行目二行目", r.rows().get(0).name(),
                "a name with a line break becomes one line, with no space put between Japanese letters");
    }

    @Test
    void aRowOfDataIsNeverTakenForTheHeader() throws Exception {
        // no header this reader knows; the second data row holds 事業 and 所管 in its cells
        String list = "ministry,date,amount,description,division\n"
                + "MOJ,2011-07-20,1200000,被災者支援,国所管\n"
                + "MIAC,2011-07-26,63000000,電波遮へい対策事業（トンネル）,国所管\n";
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> ProjectCsvReader.read(list, "g.csv", null, LIST_YEAR));
        assertTrue(e.getMessage().startsWith("g.csv: no header row naming the project"), e.getMessage());
    }

    @Test
    void anEventListsColumnsAreReadByTheirWordsAndAPlacesNameIsNoProjectsName() throws Exception {
        // the open-data event list's columns (東京都 都立文化施設事業一覧): イベント名 is the name, not 場所名称; 開始日 gives
        // the fiscal year, not 終了日 nor 更新日時; アクセス方法 is no form of collaboration
        String list = "都道府県名,市区町村名,イベント名,開始日,終了日,説明,場所名称,アクセス方法,更新日時\n"
                + "東京都,港区,蜷川実花展,2022-06-25,2022-09-04,写真家の個展です。,東京都庭園美術館,目黒駅から徒歩7分,2024-01-05\n"
                + "東京都,港区,機能と装飾,2023-03-01,2023-05-07,建築家の活動を紹介します。,東京都庭園美術館,目黒駅から徒歩7分,"
                + "2024-01-05\n";
        ProjectParseResult r = ProjectCsvReader.read(list, "events.csv", null, LIST_YEAR);
        assertEquals(List.of("蜷川実花展", "機能と装飾"), r.rows().stream().map(ProjectRow::name).toList());
        assertEquals(List.of(2022, 2022), r.rows().stream().map(ProjectRow::fiscalYear).toList(),
                "April–March years from 開始日: 2023-03-01 is still 2022");
        assertEquals(java.util.Arrays.asList(null, null), r.rows().stream().map(ProjectRow::form).toList());
        assertEquals("写真家の個展です。", r.rows().getFirst().description());
        assertEquals("東京都庭園美術館", r.rows().getFirst().extra().get("場所名称"));
    }

    @Test
    void theSectionThatRunsTheProjectIsTheDepartmentWhateverItsHeaderSays() throws Exception {
        // 主管課, 所属: the department; 部局名 | 課名: the section, the department above it kept as it was written
        ProjectParseResult a = ProjectCsvReader.read("番号,事業名,事業の目的,協働の相手方,協働形態,主管課,実施年度\n"
                + "1,子育てサロン,親子の居場所づくり,NPO法人ひだまり,委託,子育て支援課,令和5年度\n", "a.csv", null, LIST_YEAR);
        assertEquals("子育て支援課", a.rows().getFirst().department());
        assertEquals("親子の居場所づくり", a.rows().getFirst().description());
        ProjectParseResult c = ProjectCsvReader.read("年度,所属,事業名称,相手方,協働の形態\n2023,市民協働推進課,まちづくり講座,"
                + "市民活動センター運営協議会,共催\n", "c.csv", null, LIST_YEAR);
        assertEquals("市民協働推進課", c.rows().getFirst().department());
        ProjectParseResult d = ProjectCsvReader.read("実施年度,部局名,課名,事業名,協働先,協働手法\n"
                + "R5,市民生活部,市民協働課,防災訓練,自主防災会連絡協議会,事業協力\n", "d.csv", null, LIST_YEAR);
        assertEquals("市民協働課", d.rows().getFirst().department());
        assertEquals("市民生活部", d.rows().getFirst().extra().get("部局名"));
    }

    @Test
    void aBudgetListsCodesBesideTheirNamesAndItsCategoriesAreNotTheProject() throws Exception {
        // 世田谷区 歳出予算 (open data): each code column beside its name (所属 | 所属名称), the category's name first
        // (当初補正区分名称, 事業区分名称), then the project's (事業番号名称)
        String list = "年度,当初補正区分,当初補正区分名称,事業区分,事業区分名称,所属,所属名称,事業番号,事業番号名称,会計,会計名称\n"
                + "2018,0,当初,1,一次経費,2135100000,地域振興課,2043,区民相談等事業運営,1,一般会計\n";
        ProjectRow r = ProjectCsvReader.read(list, "b.csv", null, LIST_YEAR).rows().getFirst();
        assertEquals("区民相談等事業運営", r.name());
        assertEquals("地域振興課", r.department());
        assertEquals(2018, r.fiscalYear());
        assertEquals("2135100000", r.extra().get("所属"));
        assertEquals("当初", r.extra().get("当初補正区分名称"));
    }

    @Test
    void anEmptyDescriptionColumnGivesWayToAFilledOne() throws Exception {
        // 焼津市's event list (the recommended data set's columns): 概要 empty in every row, 説明 holding the text
        String list = "イベント名,開始日,概要,説明,主催者\n手話奉仕員養成講座,2026/4/2,,聴覚障害者の生活について学ぶ講座です。,\n"
                + "要約筆記者養成講座,2026/5/17,,文字通訳の技術を学ぶ講座です。,\n";
        ProjectParseResult r = ProjectCsvReader.read(list, "e.csv", null, LIST_YEAR);
        assertEquals(List.of("聴覚障害者の生活について学ぶ講座です。", "文字通訳の技術を学ぶ講座です。"),
                r.rows().stream().map(ProjectRow::description).toList());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("'概要' is empty in every row")), r.warnings().toString());
        // one row with a 概要 keeps the column
        ProjectParseResult k = ProjectCsvReader.read("イベント名,開始日,概要,説明\n講座,2026/4/2,手話を学ぶ,詳しい説明\n講座2,2026/4/3,,説明\n",
                "k.csv", null, LIST_YEAR);
        assertEquals("手話を学ぶ", k.rows().getFirst().description());
    }

    @Test
    void rowsOfATableAboveTheHeaderAreNamed() throws Exception {
        String list = "令和5年度 協働事業一覧\n集計,3件,うち新規1件\n年度,事業名,担当課\nR5,清掃,環境課\n";
        ProjectParseResult r = ProjectCsvReader.read(list, "a.csv", null, LIST_YEAR);
        assertEquals(List.of("清掃"), r.rows().stream().map(ProjectRow::name).toList());
        assertEquals(List.of("a.csv:2: 1 row of 3 cells or more above the header (line 3) not read as projects: "
                + "lines [2]"), r.warnings());
    }

    @Test
    void tabSeparatedListsAreRead() throws Exception {
        ProjectParseResult r = ProjectCsvReader.read("年度\t事業名\t担当課\nR3\t清掃, 美化\t環境課\n", "t.txt", null, LIST_YEAR);
        assertEquals("清掃, 美化", r.rows().get(0).name());
        assertEquals("環境課", r.rows().get(0).department());
    }

    @Test
    void shortRowsAndAbsentColumnsGiveNulls() throws Exception {
        ProjectParseResult r = ProjectCsvReader.read("年度,事業名,担当課,新規,地域\nR3,清掃\n", "s.csv", null, LIST_YEAR);
        ProjectRow row = r.rows().get(0);
        assertNull(row.department());
        assertEquals(false, row.isNew(), "an existing flag column left blank means no");
        assertNull(row.proposal(), "no proposal column: unknown");
        assertNull(row.area());
        assertEquals(List.of(), row.partners());
        assertTrue(r.rejections().isEmpty());
    }

    @Test
    void yearsFarAheadAreRejectedAsTyposWithTheirLine() throws Exception {
        String list = "年度,事業名\n令和99年度,未来\n2027,来年度の計画\n2150,遠い\n";
        ProjectParseResult r = ProjectCsvReader.read(list, "y.csv", null, LIST_YEAR);
        assertEquals(List.of("来年度の計画"), r.rows().stream().map(ProjectRow::name).toList());
        assertEquals(List.of("y.csv:2: fiscal year 2117 is more than 5 years ahead (年度 '令和99年度'): a typo?",
                "y.csv:4: fiscal year 2150 is more than 5 years ahead (年度 '2150'): a typo?"),
                r.rejections().stream().map(Object::toString).toList());
        // the same list read in 2120 (the year is given, not taken from the clock): only 2150 is too far ahead
        ProjectParseResult later = ProjectCsvReader.read(list, "y.csv", null, java.time.Year.of(2120));
        assertEquals(List.of("未来", "来年度の計画"), later.rows().stream().map(ProjectRow::name).toList());
        assertEquals(1, later.rejections().size());
    }

    @Test
    void formulaCellsAndShortRowsAreKeptWithAWarning() throws Exception {
        ProjectParseResult r = ProjectCsvReader.read("年度,事業名,協働相手,概要\nR3,=A1&\"事業\",+SUM(1;2),-2+3\nR3,清掃\n",
                "f.csv", null, LIST_YEAR);
        assertEquals(2, r.rows().size());
        assertEquals("=A1&\"事業\"", r.rows().get(0).name());
        assertEquals(List.of("f.csv:2: 事業名 holds a spreadsheet formula ('=A1&\"事業\"'), not its value; kept as written",
                "f.csv:2: 協働相手 holds a spreadsheet formula ('+SUM(1;2)'), not its value; kept as written",
                "f.csv:3: 2 of 4 columns; the missing ones are left empty"), r.warnings());
    }

    @Test
    void headerOnlyGivesNoRows() throws Exception {
        ProjectParseResult r = ProjectCsvReader.read("年度,事業名\n", "h.csv", null, LIST_YEAR);
        assertTrue(r.rows().isEmpty());
        assertTrue(r.rejections().isEmpty());
    }

    @Test
    void yearAndDateColumnsThatDisagreeAreReported() throws Exception {
        ProjectParseResult r = ProjectCsvReader.read("年度,事業名,実施日\nR3,清掃,2022/5/1\nR3,講座,2021/5/1\n",
                "d.csv", null, LIST_YEAR);
        assertEquals(List.of(2021, 2021), r.rows().stream().map(ProjectRow::fiscalYear).toList());
        assertEquals(List.of("d.csv:2: 実施日 '2022/5/1' is fiscal year 2022 but the row is taken as fiscal year 2021"),
                r.warnings());
        assertEquals("2022/5/1", r.rows().get(0).extra().get("実施日"), "the date is kept in extra");
    }

    @Test
    void idsAreStableAndIgnoreWidthAndSpacing() throws Exception {
        String a = ProjectCsvReader.read("年度,事業名,担当課\nR3,まちなか　清掃,環境課\n", "a.csv", null, LIST_YEAR).rows().get(0).id();
        String again = ProjectCsvReader.read("年度,事業名,担当課,備考\n令和3年度,まちなか清掃,環境課,x\n", "a.csv", null, LIST_YEAR)
                .rows().get(0).id();
        assertEquals(a, again);
        assertTrue(a.startsWith("2021-"));
        // the project's identity, not the file's: the same row in a renamed list keeps its id
        assertEquals(a, ProjectCsvReader.read("年度,事業名,担当課\nR3,まちなか清掃,環境課\n", "renamed.csv", null, LIST_YEAR)
                .rows().get(0).id());
        assertNotEquals(a, ProjectIds.id(2022, "まちなか清掃", "環境課"));
        assertNotEquals(a, ProjectIds.id(2021, "まちなか清掃", "公園課"));
        assertNotEquals(a, ProjectIds.id(2021, "まちなか美化", "環境課"));
    }

    @Test
    void emptyFileIsUnreadable() {
        var e = assertThrows(UnreadableInputException.class, () -> ProjectCsvReader.read("", "e.csv", null, LIST_YEAR));
        assertTrue(e.getMessage().contains("the file is empty"), e.getMessage());
    }

    @Test
    void headerWithoutYearNorDateNorTitleYearIsUnreadable() {
        var e = assertThrows(UnreadableInputException.class,
                () -> ProjectCsvReader.read("協働事業一覧\n事業名,担当課\n清掃,環境課\n", "n.csv", null, LIST_YEAR));
        assertTrue(e.getMessage().startsWith("n.csv:2: no fiscal year: the header [事業名, 担当課] has no year column"),
                e.getMessage());
    }

    @Test
    void unclosedQuoteIsUnreadableWithTheLine() {
        var e = assertThrows(UnreadableInputException.class,
                () -> ProjectCsvReader.read("年度,事業名\nR3,ok\nR3,\"never closed\nR3,x\n", "q.csv", null, LIST_YEAR));
        assertTrue(e.getMessage().startsWith("q.csv:"), e.getMessage());
        assertTrue(e.getMessage().contains("not readable as CSV"), e.getMessage());
    }

    @Test
    void encodingsAreDetectedOrForced(@TempDir Path dir) throws Exception {
        String csv = "年度,事業名,協働相手\r\n令和3年度,第Ⅲ期 縁側づくり,髙橋建設㈱\r\n";
        Path cp932 = dir.resolve("list.csv");
        Files.write(cp932, TextDecoder.encodeCp932(csv));
        ProjectParseResult detected = ProjectCsvReader.read(cp932, null, null, LIST_YEAR);
        assertEquals(TextDecoder.CP932, detected.charset());
        assertEquals(List.of("髙橋建設㈱"), detected.rows().get(0).partners());
        assertEquals("list.csv", detected.rows().get(0).source());
        assertEquals(detected.rows(), ProjectCsvReader.read(cp932, null, TextDecoder.CP932, LIST_YEAR).rows());

        var e = assertThrows(UnreadableInputException.class,
                () -> ProjectCsvReader.read(cp932, null, StandardCharsets.UTF_8, LIST_YEAR));
        assertTrue(e.getMessage().startsWith(cp932 + ":1: not valid UTF-8"), e.getMessage());

        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        ProjectParseResult utf8 = ProjectCsvReader.read(bom, null, null, LIST_YEAR);
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        assertEquals("第Ⅲ期 縁側づくり", utf8.rows().get(0).name(), "the BOM is not part of the first header");
    }

    @Test
    void daysWithoutAYearTakeTheFiscalYearTheFilesNameGives() throws Exception {
        // an event list whose dates give month and day only; a standing programme gives no day at all
        String csv = "№,開催日,行事名,問い合わせ先\n1,9月7日(土),コレクション展,文化振興課\n2,2月27日(木),講座,生涯学習課\n"
                + "3,随時（要調整）,出前講座,広聴広報課\n";
        ProjectParseResult named = ProjectCsvReader.read(csv, "events-R6.csv", null, LIST_YEAR);
        assertEquals(List.of(2024, 2024, 2024), named.rows().stream().map(ProjectRow::fiscalYear).toList(),
                "February's day is still in the fiscal year the name gives");
        assertTrue(named.warnings().stream().anyMatch(w -> w.startsWith("events-R6.csv: 開催日 gives days without a year")),
                named.warnings().toString());
        assertTrue(named.warnings().stream().anyMatch(w -> w.startsWith("events-R6.csv:4: 開催日 '随時(要調整)' gives no"
                + " day")), named.warnings().toString());
        ProjectParseResult unnamed = ProjectCsvReader.read(csv, "events.csv", null, LIST_YEAR);
        assertEquals(0, unnamed.rows().size());
        assertTrue(unnamed.rejections().getFirst().toString().contains("R6 or 2024年度"),
                unnamed.rejections().toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"events-R6.csv,2024", "協働事業_令和5年度.csv,2023", "list_FY2022.xlsx,2022",
        "h30-kyodo.csv,2018", "2024_events.csv,2024", "dir/R3/list.csv,-1", "20240305.csv,-1", "list.csv,-1"})
    void aFilesNameGivesItsFiscalYear(String file, int year) {
        assertEquals(year, HeaderLayout.fileNameYear(file).orElse(-1), file);
    }

    @Test
    void aContactColumnGivesTheDepartmentOrThePartnerWhereTheRowNamesNeither() throws Exception {
        // an event list: who to ask is a section of the city, a facility, or an outside body with the city's section
        String csv = "開催日,行事名,共催団体,問い合わせ先（市の担当課）\n"
                + "2024-09-07,コレクション展,,文化記念館\n"
                + "2024-09-08,げすいどうフェスタ,,下水道経営課 TEL 087-839-2222\n"
                + "2024-09-09,パラスポーツ体験,,\"公益財団法人みなと市スポーツ協会\n（みなと市スポーツ振興課）\"\n"
                + "2024-09-10,花火大会,,花火大会実行委員会（事務局：みなと市観光協会）\n"
                + "2024-09-11,出前トーク,,広聴広報課 市民相談コーナー\n"
                + "2024-09-12,講演会,みなと市医師会,健康づくり課\n";
        ProjectParseResult r = ProjectCsvReader.read(csv, "events.csv", null, LIST_YEAR);
        assertEquals(List.of("文化記念館|[]", "下水道経営課|[]", "スポーツ振興課|[公益財団法人みなと市スポーツ協会]",
                "null|[花火大会実行委員会]", "広聴広報課|[]", "健康づくり課|[みなと市医師会]"),
                r.rows().stream().map(p -> p.department() + "|" + p.partners()).toList());
        assertEquals("下水道経営課 TEL 087-839-2222", r.rows().get(1).extra().get("問い合わせ先(市の担当課)"),
                "the contact stays as written");
    }
}
