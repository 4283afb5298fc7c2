package jp.meetingsearch.minutes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerbatimParserTest {
    private static final Path PLENARY = MinutesGoldenTest.GOLDEN.resolve("verbatim-plenary.txt");

    @Test
    void stageDirectionsAndPageNumbersAreNotSpeech() throws Exception {
        ParsedMinutes p = Minutes.parse(PLENARY, null, null);
        String raw = Files.readString(PLENARY);
        assertTrue(raw.contains("〔３番　高木直良君登壇〕") && raw.contains("呼ぶ者あり") && raw.contains("－ 12 －"));
        for (Remark r : p.remarks()) {
            assertTrue(!r.text().contains("〔") && !r.text().contains("呼ぶ者あり") && !r.text().contains("12 －"),
                    r.text());
        }
        assertTrue(p.remarks().stream().anyMatch(r -> r.text().contains("役割分担を明確にしてまいります")),
                "a line broken across a page is joined");
    }

    @Test
    void speakerLinesGiveRoleAndName() throws Exception {
        ParsedMinutes p = Minutes.parse(PLENARY, null, null);
        Remark question = p.remarks().stream().filter(r -> Integer.valueOf(3).equals(r.seat())).findFirst()
                .orElseThrow();
        assertEquals("議員", question.role(), "a member written by seat number is a 議員 with the seat kept");
        assertEquals("高木直良", question.speaker());
        assertEquals(RoleGroup.MEMBER, question.roleGroup());
        assertEquals(new AgendaRef("日程第2", "一般質問"), question.agendaItem());
        Remark chair = p.remarks().getFirst();
        assertEquals("議長", chair.role());
        assertEquals("山田太郎", chair.speaker());
        assertEquals(RoleGroup.CHAIR, chair.roleGroup());
    }

    @Test
    void aHeadingAfterTheOfficialsEndsTheirList() throws Exception {
        Path somu = Path.of(System.getProperty("project.basedir", "."), "loaders/sample/minutes/minato-somu-r04-2.txt");
        assertTrue(Files.readString(somu).contains("◎審査事件\n　議案第４２号"), "the sample still has the case");
        ParsedMinutes p = Minutes.parse(somu, null, null);
        assertEquals(List.of("岡部正和", "野沢浩一", "三好真一"),
                p.meeting().officials().stream().map(Official::name).toList());
        assertEquals(List.of("市民生活部長", "地域づくり課長", "協働推進係長"),
                p.meeting().officials().stream().map(Official::title).toList());
    }

    @Test
    void formatsAreDetected() throws Exception {
        assertEquals(Optional.of(MinutesFormat.VERBATIM), MinutesFormats.detect(Files.readString(PLENARY)));
        assertEquals(Optional.of(MinutesFormat.SUMMARY),
                MinutesFormats.detect(Files.readString(MinutesGoldenTest.SHARED_SUMMARY)));
        assertEquals(Optional.empty(), MinutesFormats.detect("図書館だより\n今月のおすすめ本を紹介します。\n"));
    }

    @Test
    void aForcedFormatThatDoesNotFitIsRefusedWithTheFileName() {
        MinutesParseException e = org.junit.jupiter.api.Assertions.assertThrows(MinutesParseException.class,
                () -> Minutes.parse(MinutesGoldenTest.SHARED_SUMMARY, null, MinutesFormat.VERBATIM.value()));
        assertTrue(e.getMessage().startsWith(MinutesGoldenTest.SHARED_SUMMARY.toString()), e.getMessage());
    }

    private static ParsedMinutes parse(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return Minutes.parse(f, null, null);
    }

    private static final String HEAD = "総務常任委員会会議録\n令和６年３月１２日（火）\n\n";

    @Test
    void aMinutesSitesHeadingNamesTheAssembly(@TempDir Path dir) throws Exception {
        // 草加市議会 2024-06-10 / 川崎町議会 > 2017-04-17 >: the assembly and the sitting's day above the record
        ParsedMinutes p = parse(dir, "r.txt", "草加市議会 2024-06-10\n令和 6年 6月 定例会−06月10日-02号\n"
                + "○白石孝雄 議長 ただいまから本日の会議を開きます。\n○坂田総合政策部長 お答えいたします。\n");
        assertEquals("草加市議会", p.meeting().body());
        ParsedMinutes q = parse(dir, "q.txt", "川崎町議会 > 2017-04-17 >\n平成29年度第1回定例会(第1日) 本文 開催日:2017年04月17日\n"
                + "◯議長(見月 勧君) ただいまより会議を開きます。\n◯町長(手嶋 秀昭君) お答えいたします。\n");
        assertEquals("川崎町議会", q.meeting().body());
        // a committee's sitting as a minutes site lists it: the day and what follows it are no part of the body
        ParsedMinutes c = parse(dir, "c.txt", "議事ロックス -地方議会議事録検索-\n\n千葉県 袖ケ浦市\n\n"
                + "平成19年  議会運営委員会 12月26日−議案審議−14号\n\n平成19年12月26日\n"
                + "○委員長(渡辺盛君) ただいまから議会運営委員会を開会いたします。\n◎議長(石井俊夫君) お願いいたします。\n");
        assertEquals("議会運営委員会", c.meeting().body());
        // the page's share buttons above it are no title
        ParsedMinutes r = parse(dir, "s.txt", "ツイート シェア\n  1. 熊本市議会 2017-06-15\n    平成29年第 2回定例会−06月15日-05号\n"
                + "○澤田昌作 議長 ただいまより本日の会議を開きます。\n○大西一史 市長 お答えいたします。\n");
        assertEquals("熊本市議会", r.meeting().body());
        assertTrue(r.meeting().title() == null || !r.meeting().title().contains("シェア"), r.meeting().title());
        // 和歌山市議会６月定例会会議録 (the month before 定例会) names the assembly; the day it was called, in the
        // chair's first words, is no part of its name
        ParsedMinutes m = parse(dir, "m.txt", "令和　２年　　６月　定例会\n\n　　和歌山市議会６月定例会会議録　第１号\n"
                + "令和２年６月１２日（金曜日）\n○議長（井上直樹君）　ただいまから令和2年6月12日招集の和歌山市議会定例会を開会します。\n"
                + "◎市長（尾花正啓君）　お答えいたします。\n");
        assertEquals("和歌山市議会", m.meeting().body());
        ParsedMinutes o = parse(dir, "o.txt", "令和２年６月１２日（金曜日）\n"
                + "○議長（井上直樹君）　ただいまから令和2年6月12日招集の和歌山市議会定例会を開会します。\n"
                + "◎市長（尾花正啓君）　お答えいたします。\n");
        assertEquals("和歌山市議会", o.meeting().body());
        // an assembly that sits all year: its sittings are 定例会議 and 特別会議
        ParsedMinutes y = parse(dir, "y.txt", "令和　２年　７月特別会議\n大津市議会７月特別会議会議録（第７号）\n令和２年７月16日（木曜日）\n"
                + "○八田憲児　議長　　ただいまから会議を開きます。\n◎佐藤健司　市長　　お答えいたします。\n");
        assertEquals("大津市議会", y.meeting().body());
    }

    @Test
    void aLabelALineBreakCutInTwoIsOneLabel(@TempDir Path dir) throws Exception {
        // 草加市 (a minutes site's page that breaks lines at its markup): the mark alone, or the mark and the name,
        // the rest of the label on the next line
        ParsedMinutes p = parse(dir, "r.txt", HEAD + "○\n白石孝雄 議長\n坂田総合政策部長。\n◎坂田\n総合政策部長 第39号議案中、\n"
                + "総合政策部に関わる事柄について御答弁申し上げます。\n○\n白石孝雄 議長\n菅沼総務部長。\n"
                + "○田中君\n議長、一点伺います。\n");
        assertEquals(List.of("議長/白石孝雄", "総合政策部長/坂田", "議長/白石孝雄", "議員/田中"),
                p.remarks().stream().map(r -> r.role() + "/" + r.speaker()).toList());
        assertEquals("第39号議案中、総合政策部に関わる事柄について御答弁申し上げます。", p.remarks().get(1).text());
        // a speech that starts with a title is no part of the name before it
        assertEquals("議長、一点伺います。", p.remarks().get(3).text());
    }

    @Test
    void aRecordSystemsPageHasItsDateInTheMeetingsNameAndRulesBetweenSpeeches(@TempDir Path dir) throws Exception {
        // 会議記録検索システム: the day in the 会議名 line; a rule image between the speeches; a block naming no
        // speaker between two rules is a heading; two notes side by side on a line are no speech
        String rule = "<div class=\"nospace\"><center><img src=\"images/thin_gray_line_s.gif\"></center></div>";
        ParsedMinutes p = parse(dir, "page.html", "<html><body><div class=\"NameArea\">会議名：民生委員会　"
                + "令和8年6月19日（金）</div><div class=\"sub2\"><b>○委員長</b><br>　ただいまから開会いたします。<br>"
                + "<center>（渡邉委員　挨拶）（拍　　手）</center></div>" + rule
                + "<div class=\"sub2\">　○協議案件<br>　　１　委員長の辞任</div>" + rule
                + "<div class=\"sub2\"><b>○副委員長</b><br>　お諮りいたします。</div></body></html>");
        assertEquals(java.time.LocalDate.of(2026, 6, 19), p.meeting().date());
        assertTrue(p.warnings().stream().noneMatch(w -> w.contains("file name")), p.warnings().toString());
        assertEquals(List.of("ただいまから開会いたします。", "お諮りいたします。"),
                p.remarks().stream().map(r -> r.text().strip()).toList());
    }

    @Test
    void aTownsPdfTextWithoutIndentsKeepsItsHeadingsTimesAndNotesOutOfTheSpeech(@TempDir Path dir) throws Exception {
        // 木古内町, 厚真町, 奈井江町, 根室市 (PDF text): a clock alone in brackets; a letter-spaced heading and a matter's
        // title between two turns; notes joined by ～, and a note that is all a label has; a seat-only label named
        // by the members list; an item of the 議事日程 (第 ３ 議長諸般報告) is no list of people
        ParsedMinutes p = parse(dir, "r.txt", "令和　６年　９月　予算審査特別委員会\n令和６年９月１３日（金）\n"
                + "〇議事日程\n第 ３ 議長諸般報告\n〇出席議員\n３番 篠 田 茂 美 ４番 遠 藤 共 子\n"
                + "○議長（又地信也君） ただいまから会議を開きます。\n（午前９時３０分）\n会 期 の 決 定\n"
                + "○議長 会期は本日１日としたいと思います。\n議案第1号 令和5年度木古内町一般会計補正予算（第7号）\n"
                + "○委員長（五十嵐寛）\n（挨拶）　～　（拍手）\n◎住民課長（青木雅人）　（議案書及び資料により説明）\n"
                + "○３番\n議会運営委員会の報告をいたします。\n");
        assertEquals("予算審査特別委員会", p.meeting().body());
        assertEquals(List.of("議長/又地信也/ただいまから会議を開きます。", "議長/null/会期は本日1日としたいと思います。",
                        "委員長/五十嵐寛/", "住民課長/青木雅人/", "議員/篠田茂美/議会運営委員会の報告をいたします。"),
                p.remarks().stream().map(r -> r.role() + "/" + r.speaker() + "/" + r.text().strip()).toList());
        assertEquals("議案第1号 令和5年度木古内町一般会計補正予算(第7号)", p.remarks().get(2).section());
    }

    @Test
    void speakersPrintedInAColumnWithoutAMarkAreLabels(@TempDir Path dir) throws Exception {
        // 南幌町: no ○ anywhere; the speaker (letter-spaced or not) then a space and the speech; the lists above have
        // letter-spaced names after their titles, no speech; ●日程１ … in the chair's turn is said aloud; what the
        // 局長 does is all the label holds
        ParsedMinutes p = parse(dir, "r.txt", "令和６年第４回南幌町議会定例会会議録\n令和６年１２月１１日（水）\n"
                + "町 長 大 崎 貞 二\n税 務 課 長 渡 辺 廣 貴 保健福祉課長 谷 藤 朋 代\n３番 星 真 希\n（午前９時３０分）\n"
                + "議 長 おはようございます。\n本日の会議を開きます。\n●日程１ 会議録署名議員の指名を行います。指名につきましては、\n"
                + "議長において指名をいたします。\n５番 佐藤 妙子議員。\n"
                + "佐藤議員 令和６年第４回議会定例会の運営について報告します。\n議 長 局長に朗読させます。\n"
                + "局 長 （朗読する。）\n星 議 員 それでは一般質問をいたします。\n町 長 お答えいたします。\n");
        assertEquals(List.of("議長/null/おはようございます。本日の会議を開きます。", "議員/佐藤/令和6年第4回議会定例会の運営について報告します。",
                        "議長/null/局長に朗読させます。", "局長/null/", "議員/星/それでは一般質問をいたします。",
                        "町長/大崎貞二/お答えいたします。"),
                p.remarks().stream().map(r -> r.role() + "/" + r.speaker() + "/"
                        + r.text().lines().findFirst().orElse("").strip()).toList());
        assertTrue(p.remarks().getFirst().text().contains("日程１ 会議録署名議員の指名を行います。"), p.remarks().getFirst().text());
        assertTrue(p.remarks().getFirst().text().contains("５番 佐藤 妙子議員。"), p.remarks().getFirst().text());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("no speaker is marked: 6 lines")), p.warnings().toString());
    }

    @Test
    void aTitleWithTheNameInBracketsIsALabelWithoutAMark(@TempDir Path dir) throws Exception {
        // 大衡村: 議長(細川運一君) opens the turn without a mark; the agenda item between two turns is a heading; a
        // letter-spaced title in the list of officials with a long title after it is no label (too few of that form)
        ParsedMinutes p = parse(dir, "r-20201110.txt", "令和2年第4回港村議会臨時会会議録 第1号\n"
                + "令和2年11月10日(火曜日) 午前10時00分開議\n説明のため出席した者の職氏名\n"
                + "村 長 萩原 達雄 副 村 長 齋藤 一郎\n教 育 長 庄子 明宏 教育次長兼学校教育課長 齋藤 浩\n"
                + "午前10時00分 開 会\n議長(細川運一君) おはようございます。\n本日の議事日程は、お手元に配付のとおりであります。\n"
                + "日程第1 会議録署名議員の指名\n議長(細川運一君) 日程第1、会議録署名議員の指名を行います。\n"
                + "村長(萩原達雄君)\n お答えいたします。\n");
        assertEquals(List.of("議長/細川運一/おはようございます。本日の議事日程は、お手元に配付のとおりであります。",
                        "議長/細川運一/日程第1、会議録署名議員の指名を行います。", "村長/萩原達雄/お答えいたします。"),
                p.remarks().stream().map(r -> r.role() + "/" + r.speaker() + "/"
                        + r.text().lines().reduce((a, b) -> b).orElse("").strip()).toList());
        assertEquals("会議録署名議員の指名", p.remarks().get(1).section(), "the agenda item between the turns");
    }

    @Test
    void aNameWithASpaceInTheBracketsOfALabelWithoutAMarkIsOneName(@TempDir Path dir) throws Exception {
        // 六ヶ所村: 12番(橋本 勲君) and 総務部門理事(橋本 晋君) between 議長(三角武男君)'s turns, surname and given name
        // apart; a sentence with words in brackets and a space is no label
        ParsedMinutes p = parse(dir, "r-20110311.txt", "平成23年 第1回定例会(第4号) 本文\n2011年03月11日\n"
                + "議長(三角武男君) ご異議なしと認め、質疑に入ります。12番。\n"
                + "12番(橋本 勲君) 多分、本条例は、村長の件だと思います。\n 理解していいですか。\n"
                + "議長(三角武男君) 総務部門理事。\n総務部門理事(橋本　晋君) はい、そのとおりです。\n"
                + "議長(三角武男君) 12番。\n"
                + "この件は(先ほど 説明君)と書いてあります。\n");
        assertEquals(List.of("議長/三角武男/", "議員/橋本勲/12", "議長/三角武男/", "総務部門理事/橋本晋/",
                        "議長/三角武男/"),
                p.remarks().stream().map(r -> r.role() + "/" + r.speaker() + "/"
                        + (r.seat() == null ? "" : r.seat())).toList());
        assertEquals("多分、本条例は、村長の件だと思います。理解していいですか。",
                p.remarks().get(1).text().replaceAll("[\\s　]", ""));
        assertTrue(p.remarks().getLast().text().contains("この件は(先ほど 説明君)と書いてあります。"),
                p.remarks().getLast().text());
    }

    @Test
    void aBracketCutByALineBreakIsWholeAndSquareBracketsHoldWhatTheRoomDoes(@TempDir Path dir) throws Exception {
        // 川内村: the label's bracket and a stage direction's broken over two lines; 鹿児島県: [黙　祷] on its own line
        ParsedMinutes p = parse(dir, "r-20230915.txt", "令和5年第3回港村議会定例会会議録\n令和5年9月15日\n"
                + "○議長(\n渡邉一夫君) 日程第4、議案第53号を議題とします。\n本案に賛成の方の起立を求めます。 〔\n賛成者起立〕\n"
                + "○議長(渡邉一夫君) 起立全員。黙祷をささげます。\n   [黙  祷]\n○村長(遠藤雄幸君) ありがとうございました。\n");
        assertEquals(List.of("議長/渡邉一夫", "議長/渡邉一夫", "村長/遠藤雄幸"),
                p.remarks().stream().map(r -> r.role() + "/" + r.speaker()).toList());
        assertEquals("日程第4、議案第53号を議題とします。本案に賛成の方の起立を求めます。",
                p.remarks().get(0).text().replaceAll("[\\s　]", ""));
        assertEquals("起立全員。黙祷をささげます。", p.remarks().get(1).text().strip());
        assertEquals(9, p.remarks().get(2).line(), "line numbers stay those of the record");
    }

    @Test
    void headingsWithoutAMarkBetweenTurnsAndTheListsOfThePreamble(@TempDir Path dir) throws Exception {
        // 美瑛町, ニセコ町: the day in the 議事日程 block with the time glued to it, or with the western year in
        // brackets; ○書記 heading the list of clerks; a heading alone between a closed sentence and the next label;
        // 「はい」の声 inside a turn; a label with only the record's notes under it
        ParsedMinutes p = parse(dir, "r.txt", "令和6年(2024年)第3回港町議会臨時会会議録\n○議事日程\n"
                + "令和６年６月１８日午前９時３０分開会\n日程第１ 会議録署名議員の指名\n○書記\n"
                + "事 務 局 長 梶 原 祐 治 君\n次 長 竹 本 匡 志 君\n－ 4 －\n\n午前９時３０分 開会\n"
                + "○議長（野村祐司議員） おはようございます。ご挨拶を申し上げます。\n開会及び開議宣告\n"
                + "○議長（野村祐司議員） ただいまから会議を開きます。\n"
                + "○事務局長（梶原祐治君） 町長から挨拶があります。\n（「はい」の声）\n町長。\n"
                + "○事務局長（梶原祐治君）\n（朗唱文の記載を省略する）\n招集挨拶\n○町長（角和浩幸君） 皆さん、おはようございます。\n");
        assertEquals(java.time.LocalDate.of(2024, 6, 18), p.meeting().date());
        assertEquals(3, p.meeting().session(), "the western year in brackets is no part of the name");
        assertEquals(List.of("議長/おはようございます。ご挨拶を申し上げます。", "議長/ただいまから会議を開きます。",
                        "事務局長/町長から挨拶があります。町長。", "事務局長/", "町長/皆さん、おはようございます。"),
                p.remarks().stream().map(r -> r.role() + "/" + r.text().replaceAll("[\\s　]", "")).toList());
        assertEquals("開会及び開議宣告", p.remarks().get(1).section());
    }

    @Test
    void aNumberedItemsHeadingBetweenAClosedSentenceAndTheNextLabelIsNoSpeech(@TempDir Path dir) throws Exception {
        // 東村山市: (2)諏訪神社本殿調査について between two turns of the same speaker
        ParsedMinutes p = parse(dir, "r-20140313.txt", "平成25年度第3回文化財保護審議会\n"
                + "○大薮主任 対象外であることが判明した。\n(2)諏訪神社本殿調査について\n"
                + "○大薮主任 2月21・22日に調査を実施。\n");
        assertEquals(List.of("対象外であることが判明した。", "2月21・22日に調査を実施。"),
                p.remarks().stream().map(Remark::text).toList());
    }

    @Test
    void labelsInsideLinesAreWarnedAboutAndWhatTheSpeakerDoesBetweenDashesIsNoSpeech(@TempDir Path dir)
            throws Exception {
        // 網走市: a page of two columns read across puts labels inside lines; －登壇－ after a label; 伊達市: the
        // oldest member presides; a 監査委員 answers for the administration
        ParsedMinutes p = parse(dir, "r-20240903.txt", "令和６年第３回港市議会定例会会議録\n"
                + "○年長議員（寺島徹） ただいまから会議を開きます。\n"
                + "○水谷洋一市長 －登壇－ 令和６年第３回定例会に当たり ご挨拶申し上げます。\n"
                + "報告いたしま ○平賀貴幸議長 それでは、ここで 市長。 ○水谷洋一市長 －登壇－ 令和６年\n"
                + "す。 ○平賀貴幸議長 以上で 決算の審査を ○藤原誉康監査委員 －登壇－ 報告します。\n");
        assertEquals(List.of("年長議員/chair", "市長/executive"),
                p.remarks().stream().map(r -> r.role() + "/" + r.roleGroup()).toList());
        assertTrue(p.remarks().get(1).text().startsWith("令和6年第3回定例会に当たり"), p.remarks().get(1).text());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("4 speakers' labels stand inside lines")),
                p.warnings().toString());
        assertEquals(RoleGroup.EXECUTIVE, RoleTable.standard().resolve("監査委員").group());
    }

    @Test
    void aPageNumberAboveTheTitleIsNoPartOfIt(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", "(1)\n\n第2回男女共同参画審議会議事録(要旨)\n\n"
                + "日時:平成20年11月14日(金)午後7時00分\n\n"
                + "○ 岡田課長\n改定計画の構成案を説明します。\n○ 白井会長\nご意見をどうぞ。\n");
        assertEquals("第2回男女共同参画審議会議事録(要旨)", p.meeting().title());
        assertEquals("男女共同参画審議会", p.meeting().body());
        assertEquals(2, p.remarks().size(), p.remarks().toString());
    }

    @Test
    void thePartOfTheRecordAMinutesSystemShowsIsNoPartOfTheBody(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", "ＤＸ推進調査特別委員会　本文\n令和６年１２月２６日\n\n"
                + "◯委員長　ただいまから委員会を開きます。\n");
        assertEquals("ＤＸ推進調査特別委員会　本文", p.meeting().title());
        assertEquals("DX推進調査特別委員会", p.meeting().body(), "the body is width-folded");
    }

    @Test
    void aPageWhoseContentStartsAtTheSpeechesIsNamedByItsHeadingAndItsSite(@TempDir Path dir) throws Exception {
        // the sitting in the page's heading (a date after it), the assembly in its site name; the content's own
        // empty heading (": ") and the proceedings' heading are no title
        ParsedMinutes p = parse(dir, "page-r061217.html", "<!DOCTYPE html><html><head><title>文書閲覧 | 港町議会会議録"
                + "</title><meta name=\"author\" content=\"港町議会事務局\"></head><body>"
                + "<h1 class=\"command__title\">令和６年第４回定例会（第５号）　本文 2024-12-17</h1>"
                + "<main><h1><span></span>: <span></span></h1><p>会議の経過<br>開会（午前１０時００分）<br>"
                + "◯議長（高瀬博文）<br>　報告します。</p><p>◯議長（高瀬博文）<br>　これで散会します。</p></main>"
                + "</body></html>");
        assertEquals("令和６年第４回定例会（第５号）　本文", p.meeting().title());
        assertEquals("港町議会", p.meeting().body());
        assertEquals(2, p.remarks().size(), p.remarks().toString());
    }

    @Test
    void theMonthOfTheSittingBeforeTheAssemblysNameIsNoPartOfIt(@TempDir Path dir) throws Exception {
        // 和歌山県議会: a member's page of the record, its sitting's month before the assembly; 大月市 keeps its 月
        ParsedMinutes p = parse(dir, "q-20001212.txt", "平成12年12月 港県議会定例会会議録 第4号(港一郎議員の一般質問)\n\n"
                + "○港一郎君 おはようございます。\n");
        assertEquals("港県議会", p.meeting().body());
        ParsedMinutes m = parse(dir, "o-20001212.txt", "平成12年12月 大月市議会定例会会議録 第4号\n\n"
                + "○港一郎君 おはようございます。\n");
        assertEquals("大月市議会", m.meeting().body());
    }

    @Test
    void aPageThatNamesOnlyItsSiteGivesTheAssemblyAndNoTitle(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "page-r061225.html", "<!DOCTYPE html><html><head><title>閲覧 | 発言内容 | 港市議会会議録"
                + "</title></head><body><main><p>午前10時開議</p><p>◯議長（奈良岡隆君）　これより本日の会議を開きます。</p>"
                + "<p>◯議長（奈良岡隆君）　散会します。</p></main></body></html>");
        assertEquals(null, p.meeting().title());
        assertEquals("港市議会", p.meeting().body());
    }

    @Test
    void theRecordsOwnTitleWinsOverThePageName(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "page.html", "<!DOCTYPE html><html><head><title>文書閲覧 総務委員会　目次 | 港市議会会議録"
                + "</title></head><body><h2>令和６年第４回定例会</h2><main><p>ＤＸ推進調査特別委員会　本文</p>"
                + "<p>開催日: 2024-12-26</p><p>◯委員長　ただいまから委員会を開会いたします。</p></main></body></html>");
        assertEquals("ＤＸ推進調査特別委員会　本文", p.meeting().title());
        assertEquals("DX推進調査特別委員会", p.meeting().body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "○中村　委員長　ただいまから民生環境協議会を開きます。|民生環境協議会|民生環境協議会",
            "○議長（川崎浩之君）　よって、令和６年第４回鴨川市議会定例会は成立しましたので、開会いたします。"
                    + "|令和６年第４回鴨川市議会定例会|鴨川市議会",
            "○議長（川崎浩之君）　ただいまから本日の委員会を開きます。||"})
    void aPageOfSpeechesAloneIsNamedByTheMeetingTheChairOpens(String speech, String title, String body,
                                                              @TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "page-r061217.html", "<HTML><HEAD><TITLE> 委員長(中村) P.1</TITLE></HEAD><BODY>"
                + "<A NAME=\"HUID1\"></A>" + speech + "<BR>　────────<BR></BODY></HTML>");
        assertEquals(title, p.meeting().title());
        assertEquals(body, p.meeting().body());
    }

    @Test
    void aRuleBrokenByMarksEndsTheListAboveIt(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", "令和５年第１回港市議会定例会会議録\n令和５年２月１７日\n"
                + "出席事務局職員\n　　事務局長　　　　　　　佐　藤　　　一\n　　主査　　　　　　　　　附　田　準　悦\n"
                + "　――――◇―――◇―――◇――――\n　　午前10時00分　開会\n○議長（山田太郎君）　開会します。\n");
        assertEquals(List.of("事務局長:佐藤一", "主査:附田準悦"), p.meeting().officials().stream()
                .map(o -> o.title() + ":" + o.name()).toList());
    }

    @Test
    void aLabelTheGrammarCannotReadIsWarnedAndNeverAppendedToTheTurnBefore(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD
                + "○山下委員長　ただいまから委員会を開会いたします。\n"
                + "○山田　私から一点伺います。\n"
                + "○山下委員長　ほかにありませんか。\n");
        assertEquals(3, p.remarks().size(), p.remarks().toString());
        assertEquals("ただいまから委員会を開会いたします。", p.remarks().get(0).text());
        Remark odd = p.remarks().get(1);
        assertEquals("私から一点伺います。", odd.text());
        assertEquals(RoleGroup.OTHER, odd.roleGroup());
        assertEquals(5, odd.line());
        assertTrue(p.warnings().stream().anyMatch(w -> w.startsWith(dir.resolve("r.txt") + ":5: '山田' looks like a "
                + "speaker label")), p.warnings().toString());
    }

    @Test
    void blackCircleLabelsOnLinesOfTheirOwnAreAVerbatimRecord(@TempDir Path dir) throws Exception {
        String text = "令和６年第１回北川町議会臨時会\n令和６年２月１５日（木曜日）\n"
                + "○説明のため出席した者\n町 長 山 本 一 郎\n副 町 長 川 上 直 樹\n- 1 -\n令和６年 第１回臨時会\n\n"
                + "────────────\n開会\n●議長\nただいまから会議を開きます。\n"
                + "●議長\n- 2 -\n令和６年 第１回臨時会\n\n提案理由の説明を求めます。\n"
                + "●副町長\n御説明いたします。\n- 3 -\n令和６年 第１回臨時会\n\n以上です。\n";
        assertEquals(Optional.of(MinutesFormat.VERBATIM), MinutesFormats.detect(text),
                "three ● labels read as turns, no ○ label: a verbatim record, not a summary's bullets");
        ParsedMinutes p = parse(dir, "r.txt", text);
        assertEquals(List.of("議長", "議長", "副町長"), p.remarks().stream().map(Remark::role).toList());
        assertEquals("提案理由の説明を求めます。", p.remarks().get(1).text(),
                "the running head after each page number is not speech");
        assertEquals("御説明いたします。以上です。", p.remarks().get(2).text().replace("\n", ""));
        assertEquals("川上直樹", p.remarks().get(2).speaker(),
                "a label with the title alone takes the one name the list gives that title (letter-spaced alike)");
        assertEquals(null, p.remarks().get(0).speaker(), "the list names no 議長");
    }

    @Test
    void aRecordersNoteOnALineOfItsOwnIsNotSpeechAndATurnOfOnlyANoteIsKept(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD
                + "○議長（山田太郎君）　議場の閉鎖を命じます。\n　　　　（議場閉鎖）\n"
                + "○議長（山田太郎君）　提案理由の説明を求めます。\n"
                + "○副町長（高橋利昌君）\n（説明、記載省略）\n"
                + "○議長（山田太郎君）　説明が終わりました。\n（第８号）\n");
        assertEquals(List.of("議長", "議長", "副町長", "議長"), p.remarks().stream().map(Remark::role).toList());
        assertEquals("議場の閉鎖を命じます。", p.remarks().get(0).text());
        assertEquals("", p.remarks().get(2).text(), "the explanation left out of the record: a turn with no text");
        assertEquals("説明が終わりました。（第８号）", p.remarks().get(3).text().replace("\n", ""),
                "a bracket with a number in it may be speech wrapped onto a line of its own");
    }

    @Test
    void aTitleBeforeABracketedNameIsWholeEvenWhereItsStartCouldBeAName(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD
                + "○議長（山田太郎君）　水道局長。\n"
                + "○水道局長（峯岸政男君）　お答えいたします。\n"
                + "○議事課長（小林秀夫君）　朗読いたします。\n");
        assertEquals(List.of("議長", "水道局長", "議事課長"), p.remarks().stream().map(Remark::role).toList());
        assertEquals("峯岸政男", p.remarks().get(1).speaker());
        assertEquals(RoleGroup.EXECUTIVE, p.remarks().get(1).roleGroup());
    }

    @Test
    void theAssemblySecretariatsListIsAListNotATurn(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD
                + "◎議会事務局\n事 務 局 長 横 井 慎 之 君\n書 記 今 泉 央 君\n"
                + "〇議長（岩井英明君） ただいまから会議を開きます。\n");
        assertEquals(List.of("議長"), p.remarks().stream().map(Remark::role).toList());
        assertTrue(p.meeting().officials().stream().anyMatch(o -> "今泉央".equals(o.name()) && "書記".equals(o.title())),
                "read as the list of officials: " + p.meeting().officials());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "◎議会事務局|事 務 局 長 横 井 慎 之 君|事務局長:横井慎之",
        "◎議会事務局|事 務 局 長　　横 井|事務局長:横井",
        "◎議会事務局|議 会 事 務 局 次 長　山 田 花 子|議会事務局次長:山田花子",
        "◎事務局|事　務　局　長　　　横　井　慎　之|事務局長:横井慎之",
        "◎出席議員|議　　長　　山本　太郎|議長:山本太郎",
        "◎説明のため出席した者|理事　永　田　一　郎|理事:永田一郎",
        "◎出席説明員|総 務 課 長　　秋 元 千 春 君|総務課長:秋元千春",
    })
    void aLetterSpacedLineOfAListIsSplitIntoTitleAndNameWithTheLexicon(String list, String line, String expected,
                                                                     @TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD + list + "\n" + line + "\n"
                + "〇議長（山本太郎君） ただいまから会議を開きます。\n");
        assertEquals(List.of(expected), people(p));
    }

    /** The officials and attendees of the meeting, each "title:name". */
    private static List<String> people(ParsedMinutes p) {
        List<String> out = new java.util.ArrayList<>();
        p.meeting().officials().forEach(o -> out.add(o.title() + ":" + o.name()));
        p.meeting().attendees().forEach(a -> out.add(a.role() + ":" + a.name()));
        return out;
    }

    @Test
    void anIndentedListEndsAtALineBackAtItsKeysDepth(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD
                + "　理事者側出席者\n"
                + "　　　　理事　　　　　　永井　幹雄　　　　議会事務局長　　　　宮下　浩武\n"
                + "　　　　　　　　　　　　議会事務局次長　　　　三浦　清見\n"
                + "　協議事項\n　　１、諸課題について\n　　２、その他\n"
                + "○迫川委員長　ただいまから委員会を開会します。\n");
        assertEquals(List.of("理事:永井幹雄", "議会事務局長:宮下浩武", "議会事務局次長:三浦清見"), people(p),
                "the items below 協議事項 are no one's names, and their commas do not make the table a comma list");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "令和　６年第１回　２月定例会|令和６年第１回函館市議会定例会会議録　第１号|函館市議会",
        "令和　６年第４回定例会|第４回横浜市会　　　会議録（第16号）|横浜市会",
        "平成２５年　　１月臨時会（第１回）|平成２５年桐生市議会第１回臨時会会議録第１号|桐生市議会",
        "令和　６年　定例会緊急議会（１２月）|令和６年度定例会１２月緊急議会　墨田区議会会議録|墨田区議会",
    })
    void aFirstLineNamingTheSittingIsTheTitleAndThePlenarysBodyTheAssemblyNamedBelow(String first, String second,
                                                                                  String body, @TempDir Path dir)
            throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", first + "\n" + second + "\n令和６年２月２２日（木曜日）\n"
                + "○議長（山田太郎君）　ただいまから会議を開きます。\n");
        assertEquals(first, p.meeting().title());
        assertEquals(body, p.meeting().body());
    }

    @Test
    void labelsOfOtherSystemsAreTurns(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD
                + "1 ◯委員長（山下一郎君）　ただいまから開会します。\n"
                + "○中村　委員長　　改めておはようございます。　────────────\n"
                + "●　所管事項の報告について\n"
                + "2: ◯総務部長　　御報告いたします。\n"
                + "12\n"
                + "　以上です。\n");
        assertEquals(List.of("委員長", "委員長", "総務部長"), p.remarks().stream().map(Remark::role).toList());
        assertEquals("中村", p.remarks().get(1).speaker());
        assertEquals("改めておはようございます。", p.remarks().get(1).text(), "the separator ends the turn");
        assertEquals("所管事項の報告について", p.remarks().get(2).section());
        assertEquals("御報告いたします。\n以上です。", p.remarks().get(2).text(), "a number alone is a page number");
    }

    @Test
    void aRecordWithoutADateTakesTheFileNamesWithAWarning(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "teirei-R061225.txt", "○議長（奈良岡隆君）　これより本日の会議を開きます。\n");
        assertEquals(java.time.LocalDate.of(2024, 12, 25), p.meeting().date());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("read from the file name")), p.warnings().toString());
        MinutesParseException e = org.junit.jupiter.api.Assertions.assertThrows(MinutesParseException.class,
                () -> parse(dir, "teirei.txt", "○議長（奈良岡隆君）　これより本日の会議を開きます。\n"));
        assertTrue(e.getMessage().contains("no meeting date"), e.getMessage());
    }

    @Test
    void aColumnOfSpeakersMayNameAMemberByFullNameAlone(@TempDir Path dir) throws Exception {
        // 中井町: no mark, 議長 and the members' full names in the column; a surname alone or a word is no label
        ParsedMinutes p = parse(dir, "r.txt", "平成19年第1回定例会\n平成19年3月7日\n\n"
                + "議長  おはようございます。会議を開きます。\n議長  日程第1を議題とします。質疑ありませんか。\n"
                + "杉山祐一  ちょっと申しわけございません。1号だけでよろしいですか。\n議長  議案第2号です。\n"
                + "杉山祐一  2号ですね、申しわけないです。\n議長  ほかに質疑ありませんか。\n"
                + "議長  質疑を打ち切ります。\n杉山  これは誰のものでもない行です。\n"
                + "町長  次の者を任命したいので、同意を求めるものでございます。\n山田太郎  昭和30年5月1日生まれでございます。\n");
        assertEquals(List.of("議長/null", "議長/null", "議員/杉山祐一", "議長/null", "議員/杉山祐一", "議長/null", "議長/null",
                        "町長/null"), p.remarks().stream().map(r -> r.role() + "/" + r.speaker()).toList());
        assertTrue(p.remarks().get(6).text().endsWith("これは誰のものでもない行です。"), p.remarks().get(6).text());
        assertTrue(p.remarks().getLast().text().endsWith("昭和30年5月1日生まれでございます。"),
                "a name read out once is the speaker's words: " + p.remarks().getLast().text());
    }

    @Test
    void theRecordersNoteOfAnExplanationAfterTheLabelIsATurnWithoutText(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD + "○片山委員長　理事者の説明を求めます。\n◎清水総合政策課長　(説明)\n"
                + "○片山委員長　ただいまの説明に対し、質疑を許可します。\n");
        assertEquals(List.of("委員長", "総合政策課長", "委員長"), p.remarks().stream().map(Remark::role).toList());
        assertEquals("清水", p.remarks().get(1).speaker());
        assertEquals("", p.remarks().get(1).text());
    }

    @Test
    void theSecretariatsFirstWordsOpenTheRecordThough事務局AlsoHeadsARowOfStaff(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", "令和3年度第2回調布市立図書館協議会\n令和3年11月1日\n"
                + "○事務局(宍戸)  それでは,定刻となりましたので,協議会を開催いたします。\n○柏原館長  館長の柏原でございます。\n");
        assertEquals(List.of("事務局/宍戸", "館長/柏原"), p.remarks().stream().map(r -> r.role() + "/" + r.speaker()).toList());
        ParsedMinutes list = parse(dir, "s.txt", HEAD + "○事務局　議事課長　山田一郎\n○議長（山田太郎君）　開会します。\n");
        assertEquals(List.of("議長"), list.remarks().stream().map(Remark::role).toList(), "a row of staff stays a row");
    }

    @Test
    void aSitesLinesAboveTheRecordsTitleAreNoPartOfItAndAPlaceAloneNamesTheAssembly(@TempDir Path dir)
            throws Exception {
        ParsedMinutes copy = parse(dir, "a.txt", "議事ロックス -地方議会議事録検索-\n神奈川県 中井町\n平成19年第1回定例会(第2日) 本文\n"
                + "2007年03月07日:平成19年第1回定例会(第2日) 本文\n○議長（山田太郎君）　おはようございます。\n"
                + "○議長（山田太郎君）　会議を開きます。\n");
        assertEquals("平成19年第1回定例会(第2日) 本文", copy.meeting().title());
        assertEquals("中井町議会", copy.meeting().body());
        ParsedMinutes page = parse(dir, "b.txt", "ページの先頭です。 メニューを飛ばして本文へ\n"
                + "トップページ > 議会事務局 > 平成25年第1回江別市議会会議録(第1号)平成25年2月28日 2ページ\n"
                + "○議長（尾田善靖君）　これより定例会を開会いたします。\n○議長（尾田善靖君）　会議を開きます。\n");
        assertEquals("平成25年第1回江別市議会会議録(第1号)", page.meeting().title());
        assertEquals("江別市議会", page.meeting().body());
        assertEquals(java.time.LocalDate.of(2013, 2, 28), page.meeting().date());
    }

    @Test
    void aBodysNameAboveTheSittingStaysInTheTitleAndOpeningWordsThatNameNoMeetingNameNone(@TempDir Path dir)
            throws Exception {
        ParsedMinutes named = parse(dir, "a.txt", "○○市総合教育会議\n令和６年度第２回 会議録\n令和６年12月３日（火）午後２時　市役所３階 第１委員会室\n"
                + "○市長（鈴木三郎君）　ただいまから令和６年度第２回総合教育会議を開催いたします。\n○教育長（佐藤花子君）　よろしくお願いいたします。\n");
        assertTrue(named.meeting().title().startsWith("○○市総合教育会議"), named.meeting().title());
        ParsedMinutes resumed = parse(dir, "b.txt", "令和６年12月３日（火曜日）\n"
                + "○議長（山田太郎君）　ただいまから休会前に引き続き本日の会議を開きます。\n○市長（鈴木三郎君）　お答えいたします。\n");
        assertEquals(null, resumed.meeting().title());
    }

    @Test
    void aSentenceAfterARuleWithNoLabelIsWarnedAboutNotMadeAHeading(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD + "○委員長（田中一郎君）　審査の結果を報告します。\n――――――――――\n"
                + "議案第５号　可決\n――――――――――\n以上、御報告申し上げます。\n○議長（山田太郎君）　報告が終わりました。\n");
        assertEquals(List.of("委員長", "議長"), p.remarks().stream().map(Remark::role).toList());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("以上、御報告申し上げます。")), p.warnings().toString());
    }

    @Test
    void 兼JoinsASecondPostOnlyWhenAPostFollows(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD + "○委員長ただいまから委員会を開会いたします。\n○委員長兼子委員。\n"
                + "○兼子委員　職員の定数について伺います。\n○山田委員兼ねてより要望しております増員について伺います。\n");
        assertEquals(List.of("委員長/null", "委員長/null", "委員/兼子", "委員/山田"),
                p.remarks().stream().map(r -> r.role() + "/" + r.speaker()).toList());
        assertEquals("兼子委員。", p.remarks().get(1).text());
    }

    @Test
    void aHeadingsMarkAloneOnItsLineHeadsTheWordsOnTheNext(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD + "○議長（岩村正秀君）　お手元に配付のとおりであります。\n△\n会議録署名議員指名\n"
                + "○議長（岩村正秀君）　日程第1、会議録署名議員の指名を行います。\n");
        assertEquals("お手元に配付のとおりであります。", p.remarks().getFirst().text());
        assertEquals("会議録署名議員指名", p.remarks().getLast().section());
    }

    @Test
    void theRostrumWrittenBareAfterALabelIsNoSpeech(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", HEAD + "○議長（山田一郎君）　市長。\n○市長（佐藤花子君）　登壇　おはようございます。\n"
                + "○３番（高木直良君）　登壇\n　質問いたします。登壇された市長に伺います。\n");
        assertEquals(List.of("市長。", "おはようございます。", "質問いたします。登壇された市長に伺います。"),
                p.remarks().stream().map(Remark::text).toList());
    }

    @Test
    void theRecordsHeadingBelowADatedLineIsTheTitle(@TempDir Path dir) throws Exception {
        // VOICES' body frame: the day and the committee on one line, the record's own heading with the day again below
        ParsedMinutes p = parse(dir, "r.txt", "令和　６年　９月１０日建設委員会\n\n　　　建設委員会会議録（令和６年９月１０日）\n\n"
                + "　　　　　　開会　１０時００分\n○山口　委員長　\n　ただいまから、建設委員会を開会いたします。\n"
                + "◎今井　道路課長　\n　御説明いたします。\n");
        assertEquals("建設委員会会議録（令和６年９月１０日）", p.meeting().title());
        assertEquals("建設委員会", p.meeting().body());
        assertEquals(java.time.LocalDate.of(2024, 9, 10), p.meeting().date());
    }

    @Test
    void aNameWithItsHonorificOnTheLineBelowATitleIsTheSpeakers(@TempDir Path dir) throws Exception {
        // a PDF's cells one per line: the mark and title, then the name, then the speech
        ParsedMinutes p = parse(dir, "r.txt", HEAD + "○教育政策係長\n大園太郎君\nそれでは、ただいまから開会いたします。\n"
                + "○教育長\n笹山一郎君\nよろしくお願いいたします。\n○委員長\n本日はこれまでとします。\n");
        assertEquals(List.of("大園太郎/教育政策係長/それでは、ただいまから開会いたします。", "笹山一郎/教育長/よろしくお願いいたします。",
                "null/委員長/本日はこれまでとします。"),
                p.remarks().stream().map(r -> r.speaker() + "/" + r.role() + "/" + r.text()).toList());
    }

    @Test
    void theBodyThatIssuesTheRecordOnALineUnderItsHeadingIsTheBody(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "r.txt", "平成28年3月会議録\n\n平成 28 年\n第 4 回\n教育委員会会議録\nみなと市教育委員会\n"
                + "平成 28 年 3 月 24 日( 木 )\n○教育長（山田一郎君）　開会します。\n○委員（佐藤花子君）　伺います。\n");
        assertEquals("みなと市教育委員会", p.meeting().body());
    }

    @Test
    void aTitleAloneTakesTheNameOfATwoColumnListSpacedLetterByLetter(@TempDir Path dir) throws Exception {
        // 町 長 大 崎 貞 二 教 育 長 西 田 篤 人: two columns of title and name in one letter-spaced line
        ParsedMinutes p = parse(dir, "r.txt", "令和６年第４回みなと町議会定例会会議録\n令和６年１２月１１日（水）\n"
                + "説明のため会議に出席した者\n町 長 大 崎 貞 二 教 育 長 西 田 篤 人\n"
                + "○議長（山田一郎君）　町長。\n○町長　行政報告を行います。\n○教育長　御報告します。\n");
        assertEquals(List.of("山田一郎/議長", "大崎貞二/町長", "西田篤人/教育長"),
                p.remarks().stream().map(r -> r.speaker() + "/" + r.role()).toList());
    }
}
