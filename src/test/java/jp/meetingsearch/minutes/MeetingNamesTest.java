package jp.meetingsearch.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The meeting's body as a record, a minutes site or a page names it, and the page's own lines above a record that
 * name nothing: the forms met on published records, written anew.
 */
class MeetingNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // a minutes site's listing: the day, then the name, then the day and the issue again
        "平成24年 5月16日政策・土木交通常任委員会−05月16日-01号|政策・土木交通常任委員会|1",
        "2021-07-20 令和3年議会運営委員会 本文|議会運営委員会|-",
        "2025/02/05 令和7年厚生委員会本文|厚生委員会|-",
        "長崎市:平成27年全員協議会|全員協議会|-",
        "平成27年3月2日:議会運営委員会会議記録(議事録)|議会運営委員会|-",
        "平成31年 建設委員会 本文 開催日: 2019-03-07|建設委員会|-",
        // the kind of sitting, a version of the record, a part of the business, the subject in brackets
        "令和6年度第15回(定例)教育委員会議事録(テキスト版)|教育委員会|15",
        "平成30年12月10日 第2回世田谷区地域包括支援センター 運営協議会 (要約版)|世田谷区地域包括支援センター運営協議会|2",
        "文教警察常任委員会(教育委員会関係) 平成27年3月4日(水曜日)|文教警察常任委員会|-",
        "長崎市総合計画審議会 第4部会(地域経済と地域経営)第2回会議|長崎市総合計画審議会第4部会|2",
        // a body's short name in brackets stays
        "第3回みなと市協働推進基本方針策定・評価委員会(協働推進委員会)|みなと市協働推進基本方針策定・評価委員会(協働推進委員会)|3",
        // what follows the name's end on a page
        "地区懇談会開催状況(平成24年度中央会場)|地区懇談会|-",
        "みなと市立給食センター運営委員会 議事録 平成21年第1回|みなと市立給食センター運営委員会|-",
        "第1回太良町地域福祉計画策定委員会議事録(要約)|太良町地域福祉計画策定委員会|1",
        // a council's plenary, a board's general meeting, a council's term, the agenda's word
        "第298回 消費者委員会本会議 議事録|消費者委員会|298",
        "第1回大空町農業委員会総会議事録|大空町農業委員会|1",
        "第29次地方制度調査会 第1回総会 次第|地方制度調査会|1",
        // an assembly's sitting before its committee's name
        "6月定例会 建設委員会-06月20日-01号|建設委員会|1",
        // a page's trail whose steps from the first naming a meeting name the body
        "みなと市の基本計画(資料編)/みなと市基本構想等審議会/第10回 都市整備・交通部会|みなと市基本構想等審議会都市整備・交通部会|10",
    })
    void aNameGivesTheBody(String name, String body, Integer session) {
        MeetingDraft d = new MeetingDraft();
        HeaderFields.nameInto(name, d);
        assertEquals(body, d.body, name);
        assertEquals(session, d.session, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"運営者 Bitlet 姉妹サービス", "• 会派(/)", "〒315-8640", "茨城県みなと市本町一丁目1番地1",
        "Tel 0299(23)5600", "gikai@city.example.lg.jp", "ページの先頭です。 メニューを飛ばして本文へ",
        "あらまし 皆さんと市議会 議員の紹介 審議情報 本会議中継 会議録 議会だより トップ",
        "みなと市議会 > 2019-03-07 >", "総会議事録1", "議事ロックス -地方議会議事録検索-"})
    void aPagesOwnLinesAreNoTitle(String line) {
        assertTrue(PageLines.isSiteLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"健康福祉病院常任委員会", "令和６年第１回　２月定例会", "第3回議事録要旨", "みなと市子ども・若者会議",
        "こどもの居場所部会", "平成29年6月議会(1)", "第29次地方制度調査会 第1回総会 次第"})
    void aMeetingsNameIsNamed(String line) {
        assertTrue(PageLines.namesMeeting(line), line);
        assertFalse(PageLines.isSiteLine(line), line);
    }

    private static ParsedMinutes parse(Path dir, String text) throws Exception {
        return parse(dir, "r.txt", text);
    }

    private static ParsedMinutes parse(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return Minutes.parse(f, null, null);
    }

    @Test
    void aSitesLinesAboveAVerbatimRecordGiveWayToTheListingThatNamesTheMeeting(@TempDir Path dir) throws Exception {
        // a mirror's heading names no meeting; its listing of the day does, with the day and issue after the name
        ParsedMinutes p = parse(dir, "運営者 Example 姉妹サービス\nみなと市議会 > 2016-09-08 >\n"
                + "平成28年 9月 8日 総務委員会-09月08日−01号\n\n"
                + "○委員長（山田一郎君）　ただいまから総務委員会を開会いたします。\n○総務部長（佐藤花子君）　お答えします。\n");
        assertEquals("総務委員会", p.meeting().body());
        assertEquals(LocalDate.of(2016, 9, 8), p.meeting().date());
    }

    @Test
    void aCommitteeRecordUnderATrailThatGivesTheDayIsTitledByTheLinesBelowTheTrail(@TempDir Path dir)
            throws Exception {
        ParsedMinutes p = parse(dir, "みなと県議会 > 委員会 > 委員会会議録 > 平成29年6月22日\n健康福祉病院常任委員会\n会議録\n"
                + "(開会中)\n\n○委員長（山田一郎君）　ただいまから委員会を開きます。\n○健康福祉部長（佐藤花子君）　御説明します。\n");
        assertEquals("健康福祉病院常任委員会", p.meeting().body());
    }

    @Test
    void aPlenaryThatOnlyItsBillsNamePlaceIsThatPlacesAssembly(@TempDir Path dir) throws Exception {
        // the page opens with an agenda heading; the bill's name, broken over two lines, names the village
        ParsedMinutes p = parse(dir, "teirei-R050915.txt", "△議案第53号の質疑、討論、採決\n○議長（渡辺一郎君）　日程第4、議案第53号 令和4年度みなと村\n"
                + "農業集落排水事業特別会計歳入歳出決算認定についてを議題とします。\n○村長（佐藤花子君）　御説明します。\n");
        assertEquals("みなと村議会", p.meeting().body());
    }

    @Test
    void aMeetingAboutASittingIsNoSitting(@TempDir Path dir) throws Exception {
        // 臨時会運営に係る打合せ会 is a meeting of its own, not the assembly's 臨時会
        ParsedMinutes p = parse(dir, "令和　５年　　臨時会運営に係る打合せ会\n令和５年５月１９日\n"
                + "○議長（山田一郎君）　ただいまからみなと市議会臨時会の運営に係る打合せ会を開きます。\n"
                + "○事務局長（佐藤花子君）　御説明します。\n");
        assertEquals("臨時会運営に係る打合せ会", p.meeting().body(), "not the assembly its words name");
    }

    @Test
    void aSummarysRunningHeadAndTheSentenceUnderItsTitleAreNoPartOfIt(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "総会議事録1\n第1回みなと町農業委員会総会議事録\n"
                + "平成26年7月22日第1回みなと町農業委員会総会は、みなと町役場議事堂文化ホ\nールに招集された。\n\n"
                + "会議の経過\n【会長】\n ただいまから総会を開きます。\n【事務局】\n 議案を説明します。\n");
        assertEquals("みなと町農業委員会", p.meeting().body());
        assertEquals(LocalDate.of(2014, 7, 22), p.meeting().date());
    }

    @Test
    void aHeadersRowsWithTheirValuesBelowGiveTheTimesAndTheUnmarkedLabelsUnderThemTheTurns(@TempDir Path dir) throws Exception {
        // keys on lines of their own, each value below it after a blank line; the opening and closing times as rows
        ParsedMinutes p = parse(dir, "広報委員会会議録 平成30年3月6日\n\n開催年月日\n\n平成30年3月6日(火曜日)\n\n開会時間\n\n"
                + "午前10時00分\n\n閉会時間\n\n午前10時46分\n\n付議案件\n\n1 町民との会議について\n\n出席並びに欠席委員\n\n"
                + "出席 7名 欠席 0名\n\n会議の書記\n\n議会事務局局長 山田一郎\n\n会議録署名委員\n\n委員長 佐藤花子\n\n"
                + "会議の経過\n\n委員長(佐藤花子君)\n\nおはようございます。ただいまから委員会を開催いたします。\n\n"
                + "事務局長(山田一郎君)\n\n御説明いたします。\n");
        assertEquals(java.time.LocalTime.of(10, 0), p.meeting().startTime());
        assertEquals(java.time.LocalTime.of(10, 46), p.meeting().endTime());
        // no header row is a turn; the labels alone on their lines, unmarked, are the speakers' (not left inside the
        // secretariat's words)
        assertEquals(java.util.List.of("佐藤花子/委員長/おはようございます。ただいまから委員会を開催いたします。",
                "山田一郎/事務局長/御説明いたします。"),
                p.remarks().stream().map(r -> r.speaker() + "/" + r.role() + "/" + r.text()).toList());
        assertEquals(java.util.List.of(), p.meeting().attendees(), "出席 7名 欠席 0名 counts, names no one");
    }

    @Test
    void aPageOfMenusAloneAboveTheRecordGivesNoTitle(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "• 携帯電話向けページ\n• くらし・環境\n• 県議会の会議\n• サイトマップ\n\n"
                + "令和4年6月27日\n〇中田委員\n よろしくお願いいたします。\n〇産業部長\n お答えします。\n");
        assertTrue(p.meeting().title() == null || !p.meeting().title().contains("•"), p.meeting().title());
    }

    @Test
    void anAttendanceTablesRowsAreATitleANameAndWhetherTheyCame(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "委員会会議録 平成30年3月6日\n\n出席並びに欠席委員の詳細\n役職 氏名 出欠\n委員長 山田花子 出席\n"
                + "副委員長 佐藤一郎 出席\n委員 鈴木次郎 欠席\n委員 田中三郎 出席\n\n会議の経過\n\n【委員長】\nただいまから開会します。\n");
        assertEquals(java.util.List.of("山田花子/委員長", "佐藤一郎/副委員長", "田中三郎/委員"),
                p.meeting().attendees().stream().map(a -> a.name() + "/" + a.role()).toList(),
                "the column names are no one; who did not come is not an attendee");
    }
}
