package jp.meetingsearch.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A record whose line breaks were lost is broken again before its labels, and only there. */
class RunTogetherLinesTest {
    private static final SpeakerLabels LABELS = new SpeakerLabels(TitleLexicon.shared(),
            KnownPeople.of(List.of(), TitleLexicon.shared()));

    /** That the long line is broken into these lines. */
    private static void assertBroken(String line, String... lines) {
        assertEquals(List.of(lines), split(line).text().lines().toList());
    }

    /** The long line broken (the test line must be long enough to be broken at all). */
    private static RunTogetherLines.Broken split(String line) {
        assertEquals(true, line.length() >= RunTogetherLines.MIN_LENGTH, "the test line is long enough: " + line.length());
        return RunTogetherLines.split(line, LABELS);
    }

    @Test
    void aLineOfSeveralTurnsIsBrokenBeforeEachLabelWithoutTheSpeechNumbers() {
        String line = "取得元: 長泉町議会公式サイト 1 午前10時00分 開議 ◯議長(柏木 豊) 皆さん、おはようございます。ただいまから本日の"
                + "会議を開きます。本日の議事日程はお手元に配付してありますので、御了承願います。 2 ◯議長(柏木 豊) 日程第1を議題と"
                + "いたします。これより議第129号に対する質疑に入ります。質疑はありませんか。 3 ◯町長(池田 修) お答えいたします。"
                + "提案理由を御説明申し上げます。以上でございます。";
        RunTogetherLines.Broken b = split(line);
        assertEquals(3, b.labels());
        assertEquals(List.of("取得元: 長泉町議会公式サイト 1 午前10時00分 開議",
                "◯議長(柏木 豊) 皆さん、おはようございます。ただいまから本日の会議を開きます。本日の議事日程はお手元に配付してありますので、御了承願います。",
                "◯議長(柏木 豊) 日程第1を議題といたします。これより議第129号に対する質疑に入ります。質疑はありませんか。",
                "◯町長(池田 修) お答えいたします。提案理由を御説明申し上げます。以上でございます。"), b.text().lines().toList());
    }

    @Test
    void aRuleBrokenByMarksBetweenTwoTurnsGetsALineOfItsOwnWithTheHeadingAfterIt() {
        // 川崎町 (a minutes site's page): ────・────・──── then the next item's heading, on the line of the speeches
        String line = "午前10時00分開会 ◯議長(見月 勧君) ただいまより平成29年度第1回川崎町議会4月会議を開きます。直ちに本日の会議を開きます。"
                + "        ────────────・────・────────────   日程第1.会議録署名議員指名 ◯議長(見月 勧君) 日程第1、会議録署名"
                + "議員指名を行います。本日の会議録署名議員は、大谷議員、西山議員を指名いたします。以上で本日の日程は全部終了いたしました。";
        RunTogetherLines.Broken b = split(line);
        assertEquals(List.of("午前10時00分開会",
                "◯議長(見月 勧君) ただいまより平成29年度第1回川崎町議会4月会議を開きます。直ちに本日の会議を開きます。",
                "────────────・────・────────────",
                "日程第1.会議録署名議員指名",
                "◯議長(見月 勧君) 日程第1、会議録署名議員指名を行います。本日の会議録署名議員は、大谷議員、西山議員を指名いたします。"
                        + "以上で本日の日程は全部終了いたしました。"), b.text().lines().map(String::strip).toList());
    }

    @Test
    void speakersInLenticularBracketsRunTogetherAreBrokenBeforeEach() {
        // 武蔵野市議会 (a minutes site's page): 1 【橋本委員長】  … 2 【竹内委員】  …, all on one line
        String line = "↓ 最初のヒットへ(全 0 ヒット) 1          ○午前10時00分 開 会 【橋本委員長】  ただいまより建設委員会を開会いたします。"
                + "  初めに、傍聴についてお諮りいたします。本日の傍聴を許可することに異議ありませんか。 (「異議なし」と呼ぶ者あり) "
                + "2 【橋本委員長】  異議ないものと認め、さよう決定いたしました。直ちに質疑に入ります。 3 【竹内委員】  おはようございます。"
                + "法改正条例改正の趣旨というのを改めて御説明をお願いいたします。 4 【資料参照】 【委員会室】";
        assertBroken(line, "↓ 最初のヒットへ(全 0 ヒット) 1          ○午前10時00分 開 会",
                "【橋本委員長】  ただいまより建設委員会を開会いたします。  初めに、傍聴についてお諮りいたします。本日の傍聴を許可することに"
                        + "異議ありませんか。 (「異議なし」と呼ぶ者あり)",
                "【橋本委員長】  異議ないものと認め、さよう決定いたしました。直ちに質疑に入ります。",
                "【竹内委員】  おはようございます。法改正条例改正の趣旨というのを改めて御説明をお願いいたします。 4 【資料参照】 【委員会室】");
    }

    @Test
    void aSummarysSpeakersBeforeAColonAfterASentenceAreBrokenBeforeEach() {
        // 狛江市 (a table cell saved as one line): …説明を行う。 委員:… 事務局:…; 日時: and 場所: are no speakers, but rows
        // of their own
        String line = "7 会議の結果 ○開会 ○議事 日時:令和4年1月13日 場所:防災センター ○第一号議案 答申についての検討について事務局より"
                + "説明を行う。 委員:青少協が設置された歴史は、昭和の頃に遡ると聞いている。当時の状況と今とでは大きく異なるのではないか。"
                + "今後の在り方についても検討が必要と考える。 事務局:小委員会での検討については、今後の協議会の運営の中で整理していく。"
                + "次回の会議で改めてお示ししたい。委員の皆様のご意見をいただきたい。";
        assertBroken(line, "7 会議の結果 ○開会 ○議事", "日時:令和4年1月13日",
                "場所:防災センター ○第一号議案 答申についての検討について事務局より説明を行う。",
                "委員:青少協が設置された歴史は、昭和の頃に遡ると聞いている。当時の状況と今とでは大きく異なるのではないか。"
                        + "今後の在り方についても検討が必要と考える。",
                "事務局:小委員会での検討については、今後の協議会の運営の中で整理していく。次回の会議で改めてお示ししたい。"
                        + "委員の皆様のご意見をいただきたい。");
    }

    @Test
    void theTimeOfARecessBeforeTheNextLabelGetsALineOfItsOwn() {
        // 鹿児島県議会 (one line): …暫時休憩いたします。 午前十時一分休憩 … ◯大久保委員長 再開いたします。
        String line = "1 ◯大久保委員長 ただいまから、企画観光建設委員会を開会いたします。これより審査に入りますが、説明者の入室のため、"
                + "暫時休憩いたします。         午前十時一分休憩 2 ◯大久保委員長 再開いたします。それでは、企画部関係の審査を行います。"
                + "議案第六十号を議題といたします。執行部の説明を求めます。これより、議案第六十号について質疑を行います。"
                + "質疑はありませんか。質疑がなければ、これで質疑を終了いたします。";
        assertBroken(line, "1",
                "◯大久保委員長 ただいまから、企画観光建設委員会を開会いたします。これより審査に入りますが、説明者の入室のため、"
                        + "暫時休憩いたします。",
                "午前十時一分休憩",
                "◯大久保委員長 再開いたします。それでは、企画部関係の審査を行います。議案第六十号を議題といたします。"
                        + "執行部の説明を求めます。これより、議案第六十号について質疑を行います。質疑はありませんか。"
                        + "質疑がなければ、これで質疑を終了いたします。");
    }

    @Test
    void theNextItemsHeadingBeforeTheNextLabelGetsALineOfItsOwn() {
        // 東村山市 (a PDF's text on one line): …判明した。 (2)諏訪神社本殿調査について ○大薮主任 …
        String line = "3.報告事項 (1) 東京都近代化遺産調査について ○大薮主任 前回ご指摘いただいた西武新宿線の柳瀬川にかかる鉄橋について、"
                + "西武鉄道に確認したところ、1967年に新設したものであり、古い鉄橋の痕跡は全く残っていないとの回答であったので、"
                + "対象外であることが判明した。 (2)諏訪神社本殿調査について ○大薮主任 2月21・22日に調査を実施。今回は実測調査までで、"
                + "今後図面化する予定。本殿の彫刻についても、専門家の意見を聞きながら調査を進めていきたい。";
        assertBroken(line, "3.報告事項 (1) 東京都近代化遺産調査について",
                "○大薮主任 前回ご指摘いただいた西武新宿線の柳瀬川にかかる鉄橋について、西武鉄道に確認したところ、1967年に新設したもの"
                        + "であり、古い鉄橋の痕跡は全く残っていないとの回答であったので、対象外であることが判明した。",
                "(2)諏訪神社本殿調査について",
                "○大薮主任 2月21・22日に調査を実施。今回は実測調査までで、今後図面化する予定。本殿の彫刻についても、専門家の意見を"
                        + "聞きながら調査を進めていきたい。");
    }

    @Test
    void marksInsideSpeechShortLinesAndASingleLabelAreLeftAlone() {
        String speech = "◯議長(柏木 豊) 本件は ○○地区の要望であり、 ○○委員会で審議された結果、原案のとおり決することとなりました。"
                + "これは長い一行の発言であり、途中に記号がありますが、ラベルではありません。念のため繰り返しますが、ラベルではありません。"
                + "さらに説明を続けます。さらに説明を続けます。さらに説明を続けます。";
        assertEquals(0, RunTogetherLines.split(speech, LABELS).lines());
        String shortLine = "◯議長(柏木 豊) はい。 ◯町長(池田 修) はい。";
        assertEquals(0, RunTogetherLines.split(shortLine, LABELS).lines());
    }

    @Test
    void rulesHeadingsAndTheRecordersNotesBetweenTurnsGetLinesOfTheirOwn() {
        String line = "1 ◯議長(村田 昭君) ただいまの出席議員は14名であります。定足数に達しておりますので、これより定例会を開会いたします。"
                + "         ─────────────────────────            諸       報       告 2 ◯議長(村田 昭君) "
                + "お手元に配付いたしております一覧表のとおりでありますので、ご了承願います。 ○安部委員長  では、入室をお願いいたします。"
                + "      (傍聴者入室) ○安部委員長  次に、本日の委員さんの出欠状況について、報告をお願いいたします。";
        RunTogetherLines.Broken b = split(line);
        assertEquals(4, b.labels());
        assertEquals(List.of("1", "◯議長(村田 昭君) ただいまの出席議員は14名であります。定足数に達しておりますので、これより定例会を開会いたします。",
                "─────────────────────────",
                "諸       報       告",
                "◯議長(村田 昭君) お手元に配付いたしております一覧表のとおりでありますので、ご了承願います。",
                "○安部委員長  では、入室をお願いいたします。",
                "(傍聴者入室)",
                "○安部委員長  次に、本日の委員さんの出欠状況について、報告をお願いいたします。"), b.text().lines().toList());
        // a bracket inside speech, not before a label, stays where it is
        String inside = "記録 ◯議長(柏木 豊) 資料 (案) について説明をお願いいたします。これは長い一行の発言です。さらに説明を続けます。"
                + "さらに説明を続けます。さらに説明を続けます。さらに説明を続けます。さらに説明を続けます。さらに説明を続けます。 ◯町長(池田 修) 承知しました。資料 (案) をご覧ください。これは長い一行の発言です。"
                + "さらに説明を続けます。さらに説明を続けます。さらに説明を続けます。以上でございます。よろしくお願いします。";
        assertEquals(List.of("記録", "◯議長(柏木 豊) 資料 (案) について説明をお願いいたします。これは長い一行の発言です。さらに説明を続けます。さらに説明を続けます。さらに説明を続けます。さらに説明を続けます。さらに説明を続けます。さらに説明を続けます。",
                "◯町長(池田 修) 承知しました。資料 (案) をご覧ください。これは長い一行の発言です。さらに説明を続けます。さらに説明を続けます。さらに説明を続けます。以上でございます。よろしくお願いします。"),
                RunTogetherLines.split(inside, LABELS).text().lines().toList());
    }

    @Test
    void labelsWithoutAMarkBeforeTheNameInBracketsAreBrokenBeforeToo() {
        String line = "────── 表 決 議長(柳居俊学君)これより採決に入ります。 まず、議案第二号を採決いたします。 〔退席する者あり〕 "
                + "議長(柳居俊学君)本案に対する委員長の報告は承認であります。本案は、委員長の報告のとおり決することに賛成の諸君の起立を求めます。 "
                + "〔賛成者起立〕 議長(柳居俊学君)起立多数であります。よって、本案は、委員長の報告のとおり承認することに決定をいたしました。"
                + "次に、議案第一号を採決いたします。";
        RunTogetherLines.Broken b = split(line);
        assertEquals(3, b.labels());
        assertEquals(List.of("────── 表 決",
                "議長(柳居俊学君)これより採決に入ります。 まず、議案第二号を採決いたします。 〔退席する者あり〕",
                "議長(柳居俊学君)本案に対する委員長の報告は承認であります。本案は、委員長の報告のとおり決することに賛成の諸君の起立を求めます。 〔賛成者起立〕",
                "議長(柳居俊学君)起立多数であります。よって、本案は、委員長の報告のとおり承認することに決定をいたしました。次に、議案第一号を採決いたします。"),
                b.text().lines().toList());
    }

    @Test
    void aSummaryFlattenedIntoOneLineIsBrokenBeforeItsHeaderRowsAndItsSpeakersInAngleBrackets() {
        // 会津美里町: a PDF's summary as a page gives it, all on one line
        String line = "■第1回会津美里町観光振興計画策定委員会議事録 日 時:平成 27 年 6 月 24 日(水)13:30~15:30 場 所:本郷庁舎 "
                + "ふれあいセンター(2 階会議室) 出席委員:石原委員、小泉委員、村松委員(計 3 名) 6.議事 (1)企画書について "
                + "<委員長> ・かなりのボリュームがあり、短期間でこれだけのことができるのか。データを有効に使って頂きたい。 "
                + "<委員> ・他地域との連携は重要である。会津美里町だけで全部完結するのは難しい。";
        assertBroken(line, "■第1回会津美里町観光振興計画策定委員会議事録", "日 時:平成 27 年 6 月 24 日(水)13:30~15:30",
                "場 所:本郷庁舎 ふれあいセンター(2 階会議室)", "出席委員:石原委員、小泉委員、村松委員(計 3 名) 6.議事 (1)企画書について",
                "<委員長> ・かなりのボリュームがあり、短期間でこれだけのことができるのか。データを有効に使って頂きたい。",
                "<委員> ・他地域との連携は重要である。会津美里町だけで全部完結するのは難しい。");
    }

    @Test
    void wordsOfAHeaderRowInsideSpeechAfterTheFirstLabelAreNoRows() {
        String line = "令和元年第2回委員会 議会運営委員会記録 ◯議長(柏木 豊) 日時 場所 出席者については、お手元の資料のとおりです。本日の議事日程はお手元に"
                + "配付してありますので、御了承願います。それでは、ただいまから本日の会議を開きます。よろしくお願いいたします。"
                + "配付してありますので、御了承願います。これより会議を開きます。 ◯町長(池田 修) お答えいたします。日時 と 場所 は"
                + "後日お知らせします。提案理由を御説明申し上げます。以上でございます。よろしくお願いいたします。";
        assertEquals(3, split(line).text().lines().count(), split(line).text());
    }
}
