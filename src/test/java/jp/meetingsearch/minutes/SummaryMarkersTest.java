package jp.meetingsearch.minutes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speaker markers of summaries that the golden layouts do not all show, each with what it must not take. */
class SummaryMarkersTest {
    private static final String HEAD = "第２回みなと市景観審議会　会議録（要旨）\n\n会議名：みなと市景観審議会\n"
            + "日時：令和６年９月３日（火）午後２時～午後３時\n出席者：山本会長、川村委員、森委員\n\n１　景観計画について\n";

    private static ParsedMinutes parse(Path dir, String body) throws Exception {
        Path f = dir.resolve("s.txt");
        Files.writeString(f, HEAD + body, StandardCharsets.UTF_8);
        return Minutes.parse(f, null, null);
    }

    /** A page's whole text, without the header the other tests share. */
    private static ParsedMinutes page(Path dir, String text) throws Exception {
        Path f = dir.resolve("page.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return Minutes.parse(f, null, null);
    }

    private static List<String> who(ParsedMinutes p) {
        return p.remarks().stream().map(r -> r.role() + "/" + r.speaker() + "/" + r.roleGroup()).toList();
    }

    /** The text of each remark. */
    private static List<String> texts(ParsedMinutes p) {
        return p.remarks().stream().map(Remark::text).toList();
    }

    @Test
    void aStepOfTheMeetingInBracketsWithItsSpeakerAfterItOpensTheSpeakersTurn(@TempDir Path dir) throws Exception {
        // 吹田市立博物館協議会: 【1 開 会】 藤井副館長(出席状況の確認), the words below; a line that says who was chosen
        // (議長は一瀬委員) is no one's label
        ParsedMinutes p = parse(dir, "【1 開 会】 藤井副館長(出席状況の確認)\n出席委員数は過半数を超えています。\n"
                + "【3 新部長紹介】 藤井副館長\n川下貴弘が着任いたしました。\n【6 議長・副議長の選出】\n議長は一瀬委員\n"
                + "(議長)その前に傍聴者は。\n司会\n会長に進行を引き継ぐ。\n");
        assertEquals(List.of("副館長/藤井/executive", "副館長/藤井/executive", "議長/山本/chair", "司会/null/secretariat"),
                who(p));
        assertEquals(List.of("出席委員数は過半数を超えています。", "川下貴弘が着任いたしました。", "その前に傍聴者は。",
                "会長に進行を引き継ぐ。"), texts(p));
    }

    @Test
    void aPostAndAColonBeforeANameOnlySayWhoHoldsIt(@TempDir Path dir) throws Exception {
        // 前橋市: 司会:阿佐美経営企画課長, a step of the record; 司会: with a sentence after it is the MC's words
        ParsedMinutes p = parse(dir, "司会:阿佐美経営企画課長\n（委員）夜間の景観はどうか。\n司会:次の議題に移ります。\n");
        assertEquals(List.of("委員/null/member", "司会/null/secretariat"), who(p));
    }

    @Test
    void whomTheSpeakerStandsForBeforeAMiddleDotIsNoPartOfTheName(@TempDir Path dir) throws Exception {
        // 松江市: (山陰家庭学院・澤事務局長), the organisation, a middle dot, then the name and the title
        ParsedMinutes p = parse(dir, "(山陰家庭学院・澤事務局長)\n施設の状況を説明した。\n(副市長・企画部長)\n答えます。\n");
        assertEquals(List.of("事務局長/澤/secretariat", "副市長・企画部長/null/executive"), who(p));
    }

    @Test
    void aSpeakerWithOnlyTheRecordersNoteOfWhatTheyDidKeepsTheTurn(@TempDir Path dir) throws Exception {
        // 鶴ヶ島市: 事務局 (説明), then the chair; a note with words below is the speaker's words' opening
        ParsedMinutes p = parse(dir, "議長 それでは、議事1を議題といたします。\n\n事務局 (説明)\n\n"
                + "議長 ただ今、事務局から説明がありました。\n事務局 (開会のあいさつ)\n皆さま、こんにちは。\n");
        assertEquals(List.of("議長/山本/chair", "事務局/null/secretariat", "議長/山本/chair", "事務局/null/secretariat"),
                who(p));
        assertEquals(List.of("それでは、議事1を議題といたします。", "", "ただ今、事務局から説明がありました。",
                "皆さま、こんにちは。"), texts(p));
    }

    @Test
    void aHeadingWhereTheSpeakersWordsWereKeepsTheTurnWithNoText(@TempDir Path dir) throws Exception {
        // 綾川町: (真鍋会長) / 会長あいさつ / (事務局): the greeting not transcribed; a heading before words is no such note
        ParsedMinutes p = parse(dir, "(事務局)\nまずはじめに会長からご挨拶をいただきます。\n(会長)\n会長あいさつ\n(事務局)\n"
                + "続きまして、町長からご挨拶をいただきます。\n(委員)\n２　報告事項\n報告を受けた。\n");
        assertEquals(List.of("事務局/null/secretariat", "会長/山本/chair", "事務局/null/secretariat"), who(p).subList(0, 3));
        assertEquals(List.of("まずはじめに会長からご挨拶をいただきます。", "", "続きまして、町長からご挨拶をいただきます。"),
                texts(p).subList(0, 3));
        assertTrue(p.remarks().stream().noneMatch(r -> r.role().equals("委員") && r.text().isEmpty()),
                "a speaker whose label a heading and words follow keeps no empty turn");
    }

    @Test
    void aTitleAloneTakesTheOneNameTheRecordsOwnLabelsWriteWithIt(@TempDir Path dir) throws Exception {
        // 吹田市: 【3 新部長紹介】 藤井副館長 above, (副館長) alone later; 課長 written with two names names no one
        ParsedMinutes p = parse(dir, "(藤井副館長)\n着任いたしました。\n(副館長)\n傍聴者はございません。\n"
                + "(田中課長)\n説明します。\n(佐藤課長)\n補足します。\n(課長)\n以上です。\n");
        assertEquals(List.of("副館長/藤井/executive", "副館長/藤井/executive", "課長/田中/executive",
                "課長/佐藤/executive", "課長/null/executive"), who(p));
    }

    @Test
    void aNumberedHeadingInBracketsAndAListBeforeAColonAreNoSpeakers(@TempDir Path dir) throws Exception {
        // 羽村市, 高槻市: 【議事資料1】 and its title; 出席委員:… the members present
        ParsedMinutes p = parse(dir, "【議事資料1】はむら市民と産業のまつり2024出展報告\n出席委員:一瀬和夫委員、井上一稔委員 計2名\n"
                + "（委員）出展の様子はどうだったか。\n");
        assertEquals(List.of("委員/null/member"), who(p));
    }

    @Test
    void aSectionWordAndANumberAloneOnTheirLineAreAHeading(@TempDir Path dir) throws Exception {
        // 日進市: 議題1 alone between two turns
        ParsedMinutes p = parse(dir, "(事務局)それでは、よろしくお願いします。\n\n議題1\n\n(事務局)役員の選出について説明します。\n");
        assertEquals(List.of("それでは、よろしくお願いします。", "役員の選出について説明します。"),
                texts(p));
    }

    @Test
    void aNoteNamingWhoExplainsStartsTheirRemark(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "(岡田課長より資料説明)\n・眺望点を二か所追加した。\n（委員）夜間の景観はどうか。\n");
        assertEquals(List.of("課長/岡田/executive", "委員/null/member"), who(p));
        assertEquals("眺望点を二か所追加した。", p.remarks().getFirst().text(), "the note itself is no speech");
        assertTrue(!p.remarks().getFirst().roleInferred());
    }

    @Test
    void aNoteInASpeakersBracketsIsNoPostThoughItsFirstWordIsOne(@TempDir Path dir) throws Exception {
        // 長久手市: (事務局より配布資料の説明) names who explains what follows; (事務局説明) alone is the recorder's note
        ParsedMinutes p = parse(dir, "(事務局より配布資料の説明)\n・資料は39ページからです。\n（委員）確認したい。\n"
                + "(事務局説明)\n（会長）ありがとうございました。\n");
        assertEquals(List.of("事務局/null/secretariat", "委員/null/member", "会長/山本/chair"), who(p));
        assertEquals("資料は39ページからです。", p.remarks().getFirst().text());
        assertEquals("確認したい。", p.remarks().get(1).text(), "the note is no one's words");
    }

    @Test
    void speakersWrittenWithAClosingBracketAloneOnTheirLineAndNotesInMarkersBrackets(@TempDir Path dir)
            throws Exception {
        // 新座市: 事務局) / 市長) above the words, members by surname alone (佐藤)), the recorder's notes in 【】
        ParsedMinutes p = parse(dir, "事務局)\n本日の会議は成立する旨報告する。\n【配布資料等に基づき事務局が説明】\n"
                + "事務局)\n会長の選出は市長が進めてよいか。\n【委員了承】\n市長)\nそれでは私が進行を務める。\n"
                + "佐藤)\n会長は藤井委員にお願いしたい。\n");
        assertEquals(List.of("事務局/null/secretariat", "事務局/null/secretariat", "市長/null/executive",
                "委員/佐藤/member"), who(p));
        assertEquals(List.of("本日の会議は成立する旨報告する。", "会長の選出は市長が進めてよいか。", "それでは私が進行を務める。",
                "会長は藤井委員にお願いしたい。"), texts(p),
                "the notes are no one's words");
        assertTrue(p.remarks().getLast().roleInferred(), "the member's title is inferred");
        // 豊島区: the note of who explains, then the chair's label on the same line
        ParsedMinutes t = parse(dir, "○会長 それでは、事務局より資料の確認をお願いする。\n"
                + "【介護保険課長より配付資料の確認】 ○会長 それでは、議題に入る。\n【介護保険課長より資料1の説明】\n"
                + "・制度の改正点は三つある。\n");
        assertEquals(List.of("会長/山本/chair", "会長/山本/chair", "介護保険課長/null/executive"), who(t));
        assertEquals("それでは、議題に入る。", t.remarks().get(1).text());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("by name alone (佐藤)")), p.warnings().toString());
        // a marker that is a speaker's title stays one, and words before a closing bracket that name no one stay text;
        // a marker that names what is reported, not who did, is no note (【委員長報告】 opens its turn, with a warning)
        ParsedMinutes q = parse(dir, "【委員】\n説明資料を了承する。\n資料1)\n次回は12月とする。\n【異議なし】\n"
                + "【委員長報告】\n審査の結果を報告する。\n");
        assertEquals(List.of("委員/null/member", "委員長報告/null/other"), who(q));
        assertEquals("説明資料を了承する。\n資料1)\n次回は12月とする。", q.remarks().getFirst().text());
    }

    @Test
    void aTitleEndsAtTheDateBelowItWhenTheHeaderLostItsFieldNames(@TempDir Path dir) throws Exception {
        // 新座市: the page's 本文, the title, the date and times, then the values of a header table without its
        // field names (venue, names), then the body
        ParsedMinutes p = page(dir, "本文\n平成23年度 第1回新座市景観審議会\n平成24年3月22日(木曜日) 午前10時から午前11時30分まで\n"
                + "新座市役所第2庁舎1階 会議室1\n佐藤周造、高橋公二、田邉学\n公 開\n事務局)\n本日の会議は成立する旨報告する。\n"
                + "市長)\nそれでは私が進行を務める。\n");
        assertEquals("平成23年度 第1回新座市景観審議会", p.meeting().title());
        assertEquals("新座市景観審議会", p.meeting().body());
        assertEquals(java.time.LocalDate.of(2012, 3, 22), p.meeting().date());
        assertEquals(List.of("事務局/null/secretariat", "市長/null/executive"), who(p));
    }

    @Test
    void aCouncilsChairIsItsPresident(@TempDir Path dir) throws Exception {
        // 前橋市: (議長) where the lists name 平川会長 (山本会長 here); a council's president chairs its meetings
        ParsedMinutes p = parse(dir, "(議長)\n答申書案について、各委員からご意見をいただきたい。\n(委員)\n一点伺いたい。\n");
        assertEquals(List.of("議長/山本/chair", "委員/null/member"), who(p));
    }

    @Test
    void aSpeakerWrittenLetterSpacedAloneOnItsLine(@TempDir Path dir) throws Exception {
        // 和歌山県: 委 員 alone, the words in paragraphs below
        ParsedMinutes p = parse(dir, "委 員\n\nお忙しい中、お集まり頂きまして有り難うございます。\n\n"
                + "それでは、事務局から説明をお願いします。\n事 務 局\nご説明いたします。\n");
        assertEquals(List.of("委員/null/member", "事務局/null/secretariat"), who(p));
    }

    @Test
    void aPagesSkipLinkAndNumberAndARecordWordAfterAMiddleDotAreNoPartOfTheName(@TempDir Path dir) throws Exception {
        ParsedMinutes p = page(dir, "スマートフォン表示用の情報をスキップ\n\nページ番号35872\n\n"
                + "第1回 能美市地域福祉活動計画策定委員会・会議録\n\n1. 開催日時:平成19年4月26日(木)午後1時30分~\n"
                + "2. 開催場所:辰口健康福祉センター\n\n会議の経過\n（事務局）ただいまから開会します。\n（委員長）よろしくお願いします。\n");
        assertEquals("能美市地域福祉活動計画策定委員会", p.meeting().body());
        assertTrue(p.meeting().title().startsWith("第1回"), p.meeting().title());
    }

    @Test
    void theNumberedPartsOfAnAttendanceListAndTheirBracketedGroupsAreNoRemarks(@TempDir Path dir) throws Exception {
        // 柏市: (1) 委員 / (2) 柏市, then (執行部)… and (事務局)… lists under 出席者
        ParsedMinutes p = page(dir, "平成20年度第3回柏市行政改革推進委員会会議録\n1 開催日時\n平成20年6月25日(水曜日) 午前10時~正午\n"
                + "2 開催場所\n教育福祉会館\n3 出席者\n(1) 委員\n宮入副会長、小野寺委員\n(2) 柏市\n(執行部)本多市長、関口総務部長\n"
                + "(事務局)大内行政改革推進課長、行政改革推進担当\n4 主な内容\n宮入副会長:本日市長に提言書を提出する。\n"
                + "小野寺委員:一点伺いたい。\n");
        assertEquals(List.of("副会長/宮入/vice_chair", "委員/小野寺/member"), who(p));
    }

    @Test
    void aQuestionsAndAnAnswersLetterBeforeTheSpeakerAloneOnTheLineOpensTheirTurns(@TempDir Path dir) throws Exception {
        // 和歌山県議会 建設委員会: ●玄素委員長, then Q 片桐委員 / A 鈴木道路建設課長 alone on their lines, the words below
        ParsedMinutes p = page(dir, "令和6年2月和歌山県議会建設委員会会議記録(3月14日開催分)\n\n1 日時   令和6年3月14日(木)午前9時59分\n"
                + "2 場所   第5委員会室\n3 出席者  委員長   玄素彰人\n      委員    片桐章浩\n\n4 概要\n\n"
                + "    ●玄素委員長\n     議案に対する質疑に入ります。\n\n  Q 片桐委員\n   損害賠償請求を考えているのか。\n\n"
                + "  A 鈴木道路建設課長 \n   弁護士と相談している。\n  Q 片桐委員\n   金額はいつ分かるのか。\n");
        assertEquals(List.of("委員長/玄素/chair", "委員/片桐/member", "道路建設課長/鈴木/executive", "委員/片桐/member"),
                who(p));
        assertEquals(List.of("議案に対する質疑に入ります。", "損害賠償請求を考えているのか。", "弁護士と相談している。",
                "金額はいつ分かるのか。"), texts(p));
    }

    @Test
    void membersNamedByLettersOnTheirBulletsAreSpeakersAndAQuestionsLetterIsNone(@TempDir Path dir) throws Exception {
        // 警察刷新会議 議事要旨: • A …, • B …: each bullet a member the record names by a letter, no title
        String head = "警察刷新会議第1回会議議事要旨\n\n1.日時\n\n平成12年3月23日(木)16時30分から\n\n2.場所\n\nグランドアーク半蔵門\n\n3.議事要旨\n\n意見\n\n";
        ParsedMinutes p = page(dir, head + "  • A 警察の信頼回復は喫緊の課題である。\n  • A 原点に帰った検討が必要である。\n"
                + "  • B この会議への国民の期待は高い。\n");
        assertEquals(List.of("null/A/other", "null/A/other", "null/B/other"), who(p));
        assertEquals(List.of("警察の信頼回復は喫緊の課題である。", "原点に帰った検討が必要である。", "この会議への国民の期待は高い。"),
                texts(p));
        // Q and A: a question and its answer, no one named by a letter
        ParsedMinutes qa = page(dir, head + "  • Q 目標は達成できるか。\n  • A 来年度に補助制度を拡充する。\n");
        assertTrue(qa.remarks().stream().noneMatch(r -> "A".equals(r.speaker()) || "Q".equals(r.speaker())),
                who(qa).toString());
    }

    @Test
    void aListTheSpeakerReadsOutIndentedUnderTheSpeechStaysInTheTurn(@TempDir Path dir) throws Exception {
        // 経済産業省 評価委員会 部会: 橘川部会長 alone, the speech indented below it, the agenda's items further in
        ParsedMinutes p = page(dir, "独立行政法人評価委員会資源機構部会(第6回) 議事録\n\n日時:平成17年5月17日(火)14:00~16:00\n\n"
                + "場所:経済産業省本館17階\n\n議事概要\n\n橘川部会長\n 本日の議題は、3つありまして\n"
                + "  1. 平成16年度業務実績の報告について\n  2. その他\n となっております。\n 事務局よりお願いいたします。\n"
                + "平野政策課長\n 資料の確認をさせていただきます。\n");
        assertEquals(List.of("部会長/橘川/chair", "政策課長/平野/executive"), who(p));
        assertTrue(texts(p).getFirst().contains("1. 平成16年度業務実績の報告について")
                && texts(p).getFirst().endsWith("事務局よりお願いいたします。"), texts(p).getFirst());
    }

    @Test
    void aSpeakerWithTheGivenNamesLetterInBracketsThenASpaceOpensATurnAndAPartsHeadingEndsIt(@TempDir Path dir)
            throws Exception {
        // 食料・農業・農村政策審議会 施策部会: 甲斐(諭)部会長 ただいまから…, then 資料説明 between the turns
        ParsedMinutes p = page(dir, "食料・農業・農村政策審議会 第2回施策部会 議事録\n\n日時:平成13年7月12日(木曜日) 10時00分~12時00分\n"
                + "場所:三田共用会議所\n開 会\n甲斐(諭)部会長 ただいまから第2回施策部会を開催いたします。\n"
                + "まず企画評価課長から資料の説明をお願いいたします。\n資料説明\n武本企画評価課長 それでは、資料をごらんください。\n");
        assertEquals(List.of("部会長/甲斐(諭)/chair", "企画評価課長/武本/executive"), who(p));
        assertTrue(texts(p).getFirst().endsWith("お願いいたします。"), texts(p).getFirst());
        assertEquals("資料説明", p.remarks().get(1).section());
    }

    @Test
    void aSpeakerAloneAfterAPagesListBulletWithTheSpeechIndentedBelowIsRead(@TempDir Path dir) throws Exception {
        // 食料・農業・農村政策審議会 食糧部会: 1.日時及び場所, then • 近藤農産企画課課長補佐 with the words below
        ParsedMinutes p = page(dir, "食料・農業・農村政策審議会食糧部会 議事録(平成30年3月28日開催)\n\n1.日時及び場所\n\n"
                + "平成30年3月28日(水曜日)13時00分~\n農林水産省 7階講堂\n\n2.議事\n\n(1) 麦の需給に関する見通しの策定について\n\n"
                + "3.概要\n\n開会\n\n  • 近藤農産企画課課長補佐\n    ただいまから食糧部会を開会いたします。\n"
                + "    礒崎農林水産副大臣より御挨拶をお願いいたします。\n  • 礒崎農林水産副大臣\n    どうも皆さん、こんにちは。\n");
        assertEquals(java.time.LocalDate.of(2018, 3, 28), p.meeting().date());
        assertEquals(List.of("農産企画課課長補佐/近藤/executive", "農林水産副大臣/礒崎/executive"), who(p));
    }

    @Test
    void aSummaryFlattenedIntoOneLineIsReadByItsRowsAndItsSpeakersInAngleBrackets(@TempDir Path dir) throws Exception {
        // 会津美里町: the PDF's summary as a page gives it, all on one line; the square before the title is no part of it
        ParsedMinutes p = page(dir, "■第1回会津美里町観光振興計画策定委員会議事録 日 時:平成 27 年 6 月 24 日(水)13:30~15:30 場 所:"
                + "本郷庁舎 ふれあいセンター(2 階会議室) 出席委員:石原委員長、小泉委員、村松委員(計 3 名) 6.議事 (1)企画書について "
                + "<委員長> ・かなりのボリュームがあり、短期間でこれだけのことができるのか。データを有効に使って頂きたい。 "
                + "<委員> ・他地域との連携は重要である。会津美里町だけで全部完結するのは難しい。\n");
        assertEquals("会津美里町観光振興計画策定委員会", p.meeting().body());
        assertEquals(java.time.LocalDate.of(2015, 6, 24), p.meeting().date());
        assertEquals(List.of("委員長/石原/chair", "委員/null/member"), who(p));
        assertTrue(texts(p).getFirst().startsWith("かなりのボリューム"), "the bullet is no part of the words: " + texts(p));
    }

    @Test
    void aTopicInAMarkersBracketsIsAHeadingNotASpeaker(@TempDir Path dir) throws Exception {
        // 高槻市水道事業審議会: <事務局> / 【開催挨拶】 / <会長> / 【審議会の成立と傍聴者の確認】 / <事務局> / words
        ParsedMinutes p = parse(dir, "<事務局>\n\n【開催挨拶】\n\n<会長>\n\n【審議会の成立と傍聴者の確認】\n\n<事務局>\n\n"
                + "本日、傍聴希望者はおりません。\n");
        assertEquals(List.of("事務局/null/secretariat", "会長/山本/chair", "事務局/null/secretariat"), who(p));
        assertEquals(List.of("", "", "本日、傍聴希望者はおりません。"), texts(p));
        assertTrue(p.warnings().stream().noneMatch(w -> w.contains("unknown role")), p.warnings().toString());
    }

    @Test
    void theRecordersAccountOfWhatWasSaidOrDoneIsNoOnesRemark(@TempDir Path dir) throws Exception {
        // 警察刷新会議 議事要旨: paragraphs under no label that tell what was said (…旨が述べられた。) or done
        // (…紹介が行われた。) are the recorder's, not the secretariat's words; an explanation under no label still is
        ParsedMinutes p = page(dir, "警察刷新会議第1回会議議事要旨\n\n1.日時\n\n平成12年3月23日(木)16時30分から\n\n"
                + "2.場所\n\nグランドアーク半蔵門\n\n3.議事要旨\n\n(1) 委員・顧問の紹介\n\n"
                + "佐藤警察庁次長から、委員及び顧問の紹介が行われた。\n\n(2) 今後の進め方\n\n"
                + "会議の結論を尊重するということを確認した。各委員の御協力をいただきたい旨が述べられた。\n\n"
                + "(3) 日程\n\n次回は4月に開催します。\n");
        assertEquals(List.of("次回は4月に開催します。"), texts(p));
        assertEquals(2, p.warnings().stream().filter(w -> w.contains("the recorder's account")).count(), p.warnings()
                .toString());
    }

    @Test
    void thosePresentAndAbsentInBracketsUnderALabelOfTheirOwnAreTheLists(@TempDir Path dir) throws Exception {
        // 枚方市: 審議会委員, then (出席委員) and (欠席委員) with their names below, a page's table saved as text
        ParsedMinutes p = page(dir, "第7回枚方市総合計画審議会・会議録\n\n日時\n\n平成20年11月18日(火曜日) 18時30分から\n\n"
                + "場所\n\n別館4階 特別会議室\n\n審議会委員\n\n(出席委員)\n新川達郎会長、稲澤克祐副会長、池上典子委員\n\n"
                + "(欠席委員)\n岩城勝委員、木多彩子委員\n\n傍聴者の数\n\n0人\n\n発言要旨\n\n1.はじめに\n\n(新川会長)\n"
                + "ただ今より開催させていただきます。\n\n(事務局)\n資料を確認します。\n");
        assertEquals(List.of("会長/新川/chair", "事務局/null/secretariat"), who(p));
        assertEquals(List.of("新川達郎", "稲澤克祐", "池上典子"),
                p.meeting().attendees().stream().map(Attendee::name).toList());
    }

    @Test
    void aGroupWithItsPeopleInBracketsOverSeveralLinesNamesTheChair(@TempDir Path dir) throws Exception {
        // 松江市: (1) 委 員(小川勲会長、…) wrapped by the page, a name cut at the break; (2) 松江市(…他 3 名) after it
        ParsedMinutes p = page(dir, "第3回島根地域協議会議事録\n1 日 時 平成24年9月28日(金)18時∼20時\n2 場 所 島根支所\n"
                + "3 出席者\n(1) 委 員(小川勲会長、石川邦雄副会長、佐目モ\nト子委員、湯畑義治委員)\n"
                + "(2) 松江市(田中健康福祉部長、高木介護保険課長、古藤原子力安全対策課長他 3 名)\n"
                + "4 欠席者 (石橋秋正委員)\n5 会議の内容\n(会長)\n何かお聞きしたいところはありますか。\n(委員)\n"
                + "今使っている建物は取り壊すのでしょうか。\n");
        assertEquals(List.of("会長/小川勲/chair", "委員/null/member"), who(p));
        assertEquals(List.of("小川勲", "石川邦雄", "佐目モト子", "湯畑義治", "田中", "高木", "古藤"),
                p.meeting().attendees().stream().map(Attendee::name).toList());
        assertEquals(List.of(), p.warnings(), "the groups are the list's, not text under no speaker");
    }

    @Test
    void theNameOfTheFileAPdfWasPrintedFromIsNoTitle(@TempDir Path dir) throws Exception {
        ParsedMinutes p = page(dir, "Microsoft Word - 第8回協働会議 会議録(公表用)\n\n会議の名称\n"
                + "第8回戸田市第4次総合振興計画後期基本計画協働会議\n開催日時\n平成27年2月13日(金)(午後6時45分∼8時45分)\n"
                + "会議の経過\n(事務局)それでは会議を始めます。\n(会長)よろしくお願いします。\n");
        assertEquals("戸田市第4次総合振興計画後期基本計画協働会議", p.meeting().body());
        assertTrue(!p.meeting().title().contains("Microsoft"), p.meeting().title());
    }

    @Test
    void aPagesHeaderWithItsDepartmentAndBulletedDateIsNoRemark(@TempDir Path dir) throws Exception {
        // 長崎市: 担当所属名 above the department, • 日時:… as a bulleted row
        ParsedMinutes p = page(dir, "第8回 長崎市地域福祉計画策定委員会\n\n担当所属名\n\n福祉保健部福祉保健総務課\n\n会議名\n\n"
                + "第8回 長崎市地域福祉計画策定委員会\n\n  • 日時:平成22年11月8日(月曜日)午前10時~\n"
                + "  • 場所:長崎市社会福祉会館\n\n審議結果\n\n委員\n計画書はフルカラーで印刷するのか。\n事務局\nその予定である。\n");
        assertEquals(java.time.LocalDate.of(2010, 11, 8), p.meeting().date(), "the date from the text, not the file name");
        assertEquals(List.of("委員/null/member", "事務局/null/secretariat"), who(p));
    }

    @Test
    void colonAndBracketForms(@TempDir Path dir) throws Exception {
        // （会長） names no one, but 出席者 lists one 会長: 山本
        ParsedMinutes p = parse(dir, "委員長（田村君）：ただいまから始めます。\n本間君：一点伺います。\n（会長）\n"
                + "次回に確認したい。\n塚谷委員長)ただ今から再開します。\n");
        assertEquals(List.of("委員長/田村/chair", "議員/本間/member", "会長/山本/chair", "委員長/塚谷/chair"), who(p));
        assertEquals("次回に確認したい。", p.remarks().get(2).text());
    }

    @Test
    void wordsBeforeAColonOrInBracketsThatNameNoSpeakerStayText(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "【委員】\n・日時：次回は１２月とする。\n（参考）資料３のとおり。\n会場：市役所\n");
        assertEquals(List.of("委員/null/member"), who(p));
        // lines after a bullet run on from it (a bullet broken across lines): all of it is the member's text
        assertEquals("日時：次回は１２月とする。（参考）資料３のとおり。会場：市役所", p.remarks().getFirst().text());
    }

    @Test
    void unlabelledTextIsTheSecretariatsOnlyWhenItReadsAsSpeech(@TempDir Path dir) throws Exception {
        // a list of names and a line of topics under a heading are no one's words; a sentence, an explanation in
        // the polite form and a note that the secretariat explained are the secretariat's, as by convention
        ParsedMinutes p = parse(dir, "議長　大井知敏\n副議長　張替勝雄\n２　報告\n・区協議会の運営方法\n"
                + "３　事業について\n計画の変更点を説明します\n４　その他\n事務局より資料１の説明\n"
                + "５　次回\n日程は追って連絡する。\n");
        assertEquals(List.of("事務局/null/secretariat", "事務局/null/secretariat", "事務局/null/secretariat"), who(p));
        assertEquals(List.of("計画の変更点を説明します", "事務局より資料１の説明", "日程は追って連絡する。"),
                texts(p));
        assertTrue(p.remarks().stream().allMatch(Remark::roleInferred));
        assertEquals(2, p.warnings().stream().filter(w -> w.contains("holds no sentence")).count(), p.warnings().toString());
    }

    @Test
    void speakersAloneOnTheirLinesWithoutAMark(@TempDir Path dir) throws Exception {
        // 飛島村: no mark and no header rows; the clock, a dashed note and headings between; 事務局: with its colon alone
        Path f = dir.resolve("s-r031101.txt");
        Files.writeString(f, "第1回地域公共交通協議会 議事録\n\n1.開 会\n午前10時00分\n―事務局挨拶―\n久野会長(飛島村村長)\n"
                + "現在飛島村には、バスが運行している。\n事務局\n続いて、座長にご挨拶をいただく。\n座長\n計画作りを進めていきたい。\n"
                + "2.議 事\n事務局:\n(1)は議決案件となるため、議長を務めていただく。\n", StandardCharsets.UTF_8);
        ParsedMinutes p = Minutes.parse(f, null, null);
        assertEquals(List.of("会長/久野/chair", "事務局/null/secretariat", "座長/null/chair", "事務局/null/secretariat"), who(p));
        assertEquals("現在飛島村には、バスが運行している。", p.remarks().getFirst().text());
        assertEquals("(1)は議決案件となるため、議長を務めていただく。", p.remarks().getLast().text());
    }

    @Test
    void aDepartmentSpeakingRightAfterTheHeaderIsASpeakerNotARowAndAGreetingsPointsAreTheGivers(@TempDir Path dir)
            throws Exception {
        Path f = dir.resolve("s.txt");
        Files.writeString(f, "令和６年度第２回○○市行政改革推進委員会 会議録（要旨）\n\n開催日時　令和６年10月15日（火）午後２時～午後４時\n"
                + "出席者　委員８名\n\n担当課：事務事業評価の結果について、資料１に基づき説明します。\n"
                + "委員：窓口業務の委託について、市民サービスへの影響はないのか。\n２　市長あいさつ\n・委員就任へのお礼\n"
                + "３　議事\n環境政策課長から資料２により説明\n４　役員\n委員の互選により、会長に山田太郎委員を選出\n",
                StandardCharsets.UTF_8);
        ParsedMinutes p = Minutes.parse(f, null, null);
        assertEquals(List.of("担当課/null/executive", "委員/null/member", "市長/null/executive", "事務局/null/secretariat",
                "事務局/null/secretariat"), who(p));
        assertEquals("委員就任へのお礼", p.remarks().get(2).text());
        assertEquals("環境政策課長から資料２により説明", p.remarks().get(3).text());
    }

    @Test
    void aListOfPeopleWithTheirPostsOpensNoTurnsAndTheClockUnderTheDateIsItsStartTime(@TempDir Path dir)
            throws Exception {
        Path f = dir.resolve("s.txt");
        Files.writeString(f, "令和６年度第１回○○市地域福祉推進協議会 会議録（要旨）\n\n１　日　時　令和６年６月10日（月）\n"
                + "　　　　　　午後２時開会\n２　場　所　市役所本庁舎３階 301会議室\n\n１　委員紹介\n山田会長(○○地区自治会連合会長)\n"
                + "鈴木副会長(市社会福祉協議会常務理事)\n事務局から各委員の紹介を行った。\n２　議事\n【山田会長】\n議事に入る。\n",
                StandardCharsets.UTF_8);
        ParsedMinutes p = Minutes.parse(f, null, null);
        assertEquals(java.time.LocalTime.of(14, 0), p.meeting().startTime());
        assertEquals("事務局/null/secretariat", who(p).getFirst());
        assertTrue(p.remarks().getFirst().text().endsWith("事務局から各委員の紹介を行った。"), p.remarks().getFirst().text());
        assertEquals("会長/山田/chair", who(p).getLast());
    }

    @Test
    void theRecordersNoteThatTheChairTakesOverIsNoOnesWords(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "事務局：委員長の選出をお願いしたい。\nこれより先、要綱第5条第2項の規定に基づき、委員長により議事進行。\n"
                + "委員長：よろしくお願いする。\n条例の規定により薬師寺委員長が議長として議事を進行。\n");
        // the note names the chair, whom the lists do not: the label 委員長 is 薬師寺
        assertEquals(List.of("事務局/null/secretariat", "委員長/薬師寺/chair"), who(p));
        assertEquals("委員長の選出をお願いしたい。", p.remarks().getFirst().text());
        assertEquals("よろしくお願いする。", p.remarks().getLast().text());
    }
}
