package jp.meetingsearch.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import jp.meetingsearch.text.UnreadableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project lists published as tables of a web page, saved as .html. */
class HtmlListTest {
    private static final Year LIST_YEAR = Year.of(2026);

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="Shift_JIS"><title>協働事業 | ○○市</title></head>
            <body>
            <table class="layout"><tr><td><nav>メニュー</nav></td><td>
            <h2>令和5年度 協働事業一覧</h2>
            <table>
            <tr><th>担当課</th><th>事業名</th><th>協働の相手方</th><th colspan="2">協働の形態</th></tr>
            <tr><td rowspan="2">環境政策課</td><td>河川清掃</td><td>○○川を守る会<br>△△自治会</td><td>共催</td><td></td></tr>
            <tr><td>緑のカーテン<br>講座</td><td>NPO法人みどり</td><td>委託</td><td></td></tr>
            <tr><td>子育て支援課</td><td>子育てサロン</td><td>NPO法人ひだまり</td><td>補助</td><td></td></tr>
            </table>
            <table><tr><td>お問い合わせ</td><td>市民協働課 電話 000-000-0000</td></tr></table>
            </td></tr></table>
            </body></html>
            """;

    @Test
    void eachTableWithAListsHeaderIsReadAndTheHeadingAboveItNamesTheYear(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("kyodo.html");
        Files.write(page, PAGE.getBytes(Charset.forName("windows-31j")));
        ProjectParseResult r = ProjectCsvReader.read(page, null, null, LIST_YEAR);
        assertEquals(List.of("河川清掃", "緑のカーテン講座", "子育てサロン"), r.rows().stream().map(ProjectRow::name).toList(),
                "the page's declared Shift_JIS read; a line break inside a Japanese word joins it");
        assertEquals(List.of("環境政策課", "環境政策課", "子育て支援課"), r.rows().stream().map(ProjectRow::department).toList(),
                "a cell spanning two rows gives both its value");
        assertEquals(List.of("○○川を守る会", "△△自治会"), r.rows().getFirst().partners());
        assertEquals(List.of(2023, 2023, 2023), r.rows().stream().map(ProjectRow::fiscalYear).toList());
        assertEquals(List.of(8, 9, 10), r.rows().stream().map(ProjectRow::line).toList(), "the lines of the page's source");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("fiscal year 2023 as the table's caption or heading"
                + " (令和5年度 協働事業一覧)")), r.warnings().toString());
    }

    @Test
    void aPageWithNoListIsRefusedNamingWhatItHas(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("none.html");
        Files.writeString(page, "<html><body><table><tr><td>お問い合わせ</td><td>市民協働課</td></tr></table></body></html>");
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> ProjectCsvReader.read(page, null, null, LIST_YEAR));
        assertTrue(e.getMessage().contains("no header row naming the project") && e.getMessage().contains("お問い合わせ"),
                e.getMessage());
        Path text = dir.resolve("notable.htm");
        Files.writeString(text, "<html><body><p>令和5年度の協働事業は次のとおりです。</p></body></html>");
        e = assertThrows(UnreadableInputException.class, () -> ProjectCsvReader.read(text, null, null, LIST_YEAR));
        assertTrue(e.getMessage().contains("a web page with no table"), e.getMessage());
    }
}
