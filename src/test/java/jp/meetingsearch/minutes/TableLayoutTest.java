package jp.meetingsearch.minutes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verbatim records printed as a table of 日程 | 発言者 | 発言 columns, as small towns publish them. */
class TableLayoutTest {
    private static final String RECORD = """
            令和６年第２回北川町議会臨時会会議録
            令和６年５月１０日
            ○出席説明員
            町 長 山 本 一 郎 総務課長 佐 藤 花 子
            ○議事日程
            1 会議録署名議員の指名について
            1

            議 事 の 経 過
            日 程 発 言 者 発 言
            9：30 議 長 ただいまから本日の会議を開きます。
            開会 (川村次郎) 本日の議事日程は、お手元に配布のとおりです。
            日程１ 〃 日程 １
            会議録署名議員の指名を行います。
            総務課長 佐藤君
            総 務 課 長 議案第１号について御説明いたします。
            (佐藤花子) 補正予算の総額は、百万円で
            2

            議 事 の 経 過
            日 程 発 言 者 発 言
            あります。
            （異議なし）
            町 長 よろしくお願いいたします。
            議 長 これで本日の日程は全部終了しました。
            9：45 (川村次郎) 会議を閉じます。
            閉会 お疲れ様でした。
            3

            議 事 の 経 過
            日 程 発 言 者 発 言
            会議の経過を記載して、その相違ないことを証するため、ここに署名する。
            議 長 （原本自署）
            4
            """;

    @Test
    void rowsOfTheSpeakerColumnAreTurns(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.txt");
        Files.writeString(f, RECORD, StandardCharsets.UTF_8);
        assertEquals(Optional.of(MinutesFormat.VERBATIM), MinutesFormats.detect(RECORD),
                "recognised by its column header, without any ○ label");
        ParsedMinutes p = Minutes.parse(f, null, null);
        List<Remark> r = p.remarks();
        assertEquals(List.of("議長", "議長", "総務課長", "町長", "議長"), r.stream().map(Remark::role).toList(), r.toString());
        assertEquals("川村次郎", r.get(0).speaker(), "the name cell on the row's second line");
        assertEquals("川村次郎", r.get(1).speaker(), "〃 is the speaker of the row above");
        assertEquals("佐藤花子", r.get(2).speaker());
        assertEquals(RoleGroup.EXECUTIVE, r.get(2).roleGroup());
        assertEquals("ただいまから本日の会議を開きます。本日の議事日程は、お手元に配布のとおりです。", flat(r.get(0)),
                "the 日程 cells (9：30, 開会) and the name cell are not speech");
        assertEquals("日程1会議録署名議員の指名を行います。総務課長佐藤君", flat(r.get(1)),
                "日程 １ in the speech column is the chair's words; a title without its name cell is speech");
        assertTrue(flat(r.get(2)).endsWith("補正予算の総額は、百万円であります。"),
                "the page number, caption and repeated header between are dropped: " + r.get(2).text());
        assertEquals("山本一郎", r.get(3).speaker(), "no name cell after the row: the name the list gives the title");
        assertTrue(r.get(4).text().endsWith("お疲れ様でした。"), r.get(4).text());
        assertFalse(r.stream().anyMatch(x -> x.text().contains("相違ない") || x.text().contains("原本")), r + "\n" +
                "the signature block after the closing row is no turn");
        assertEquals(LocalTime.of(9, 45), p.meeting().endTime(), "the closing row's time");
        assertEquals(null, r.get(0).agendaItem());
        AgendaRef first = new AgendaRef("日程第1", "会議録署名議員の指名について");
        assertEquals(List.of(first, first, first, first), r.subList(1, 5).stream().map(Remark::agendaItem).toList(),
                "the 日程 cell 日程１ opens the item of the 議事日程 (1 …) for the row it stands in and those after");
    }

    @Test
    void aMembersSeatIsASpeakerCell(@TempDir Path dir) throws Exception {
        String record = """
                令和６年第４回北川町議会定例会会議録
                令和６年１２月１２日
                議 事 の 経 過
                日 程 発 言 者 発 言
                日程6 議 長 一般質問を行います。
                (川村次郎) 順番に発言を許します。
                ４番 佐々木義光君
                ４ 番 通告によりまして、一般質問をいたします。
                (佐々木義光) 件名は部活動の地域移行です。
                町 長 お答えいたします。
                (山本一郎) 検討してまいります。
                １２番 再質問します。
                (田中三郎) 指導員の確保についてです。
                """;
        Path f = dir.resolve("r.txt");
        Files.writeString(f, record, StandardCharsets.UTF_8);
        List<Remark> r = Minutes.parse(f, null, null).remarks();
        assertEquals(List.of("議長", "議員", "町長", "議員"), r.stream().map(Remark::role).toList(), r.toString());
        assertEquals("一般質問を行います。順番に発言を許します。４番佐々木義光君", flat(r.get(0)),
                "the seat without its name cell below is the chair calling the member");
        assertEquals("佐々木義光", r.get(1).speaker());
        assertEquals(4, r.get(1).seat(), "the seat letter-spaced to fill its cell");
        assertEquals("通告によりまして、一般質問をいたします。件名は部活動の地域移行です。", flat(r.get(1)));
        assertEquals("田中三郎", r.get(3).speaker(), "a seat written without the space, the name cell below it");
        assertEquals(12, r.get(3).seat());
    }

    private static String flat(Remark r) {
        return r.text().replaceAll("[\\s　]", "");
    }

    @Test
    void textWithoutTheColumnHeaderIsLeftAsItIs() {
        List<String> lines = List.of("議 長 ただいまから会議を開きます。", "(川村次郎) 以上です。");
        assertFalse(TableLayout.isTable(lines));
        assertEquals(lines, TableLayout.relabel(lines, TitleLexicon.shared()));
        assertEquals(0, TableLayout.rows(String.join("\n", lines)));
    }
}
