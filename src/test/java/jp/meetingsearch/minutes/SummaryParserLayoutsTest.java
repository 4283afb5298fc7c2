package jp.meetingsearch.minutes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Layouts of summaries as city sites publish them, each rule with the record form it comes from (see
 * src/test/resources/real/council): a page saved as text, tables saved as text, labels on lines of their own.
 */
class SummaryParserLayoutsTest {
    private static ParsedMinutes parse(Path dir, String text) throws Exception {
        return parse(dir, "s.txt", text);
    }

    /** The text parsed as a file of this name (which may give the date the text does not). */
    private static ParsedMinutes parse(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return Minutes.parse(f, null, null);
    }

    /** role/speaker/group and the text of each remark. */
    private static List<String> turns(ParsedMinutes p) {
        return p.remarks().stream()
                .map(r -> r.role() + "/" + r.speaker() + "/" + r.roleGroup() + " " + r.text().replace("\n", "|"))
                .toList();
    }

    @Test
    void aChairMarkerNamesTheOneChairOfTheAttendanceList(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "第３回みなと市協働推進委員会　会議概要\n\n日時：令和３年１２月２１日（火）午前９時３０分\n"
                + "出席者：磯野会長、細川副会長、佐々木委員、鷺澤委員\n\n１　報告事項\n【会長】\n・良かった。\n【副会長】\n"
                + "・続けたい。\n【委員】\n・賛成する。\n");
        assertEquals(List.of("会長/磯野/chair 良かった。", "副会長/細川/vice_chair 続けたい。", "委員/null/member 賛成する。"),
                turns(p));
    }

    @Test
    void aCityPageSavedAsTextWithItsAttendanceListAndAColonAgendaHeading(@TempDir Path dir) throws Exception {
        // 長岡京市: skip link, 現在位置 and a bulleted page id before the title; labels with the value a blank line
        // below; one member a line (surname, space, given name, affiliation) and the absent after ＜欠席＞; an agenda
        // heading with a colon (議事1:…) is no speaker, though 議事課長 is the assembly's secretariat
        ParsedMinutes p = parse(dir, "ページの先頭です\n\n共通メニューなどをスキップして本文へ\n\n現在位置\n\n"
                + "第27回生活環境審議会会議録\n\n  • ID:12498\n\n日時\n\n令和4年2月4日(金曜日)午前9時30分から正午まで\n\n"
                + "委員の出欠\n\n白石 克孝(龍谷大学教授)\n\n小幡 範雄(特任教授)\n\n<欠席>\n\n山川 肇(教授)\n\n項目\n\n"
                + "開会\n\n議事1:会議及び記録の公開について\n\n会長:皆様おはようございます。\n");
        assertEquals("生活環境審議会", p.meeting().body());
        assertEquals(List.of("白石克孝/委員", "小幡範雄/委員"),
                p.meeting().attendees().stream().map(a -> a.name() + "/" + a.role()).toList());
        assertEquals(List.of("会長/null/chair 皆様おはようございます。"), turns(p));
        assertEquals("議事", p.remarks().getFirst().section());
    }

    @Test
    void aGreetingHeadingNamesWhoSpeaksBelowItAndANoteAfterASpeakerIsNoSpeech(@TempDir Path dir) throws Exception {
        // 旭川市: 「…協議会」会議録 (平成22年度第5回) names the body in quotes; 2 会長あいさつ gives the paragraphs below it
        // to the chair; 鈴鹿市: 事務局 (開会のあいさつ) opens the secretariat's turn
        ParsedMinutes p = parse(dir, "「西神楽まちづくり推進協議会」会議録 (平成22年度第5回)\n\n日時 平成22年12月16日(木)\n\n"
                + "2 会長あいさつ\n\n これまでの反省を踏まえて議論したい。\n3 報告\n事務局 (開会のあいさつ)\n"
                + " 本日はよろしくお願いします。\n");
        assertEquals("西神楽まちづくり推進協議会", p.meeting().body());
        assertEquals(5, p.meeting().session());
        assertEquals(List.of("会長/null/chair これまでの反省を踏まえて議論したい。",
                "事務局/null/secretariat 本日はよろしくお願いします。"), turns(p));
    }

    @Test
    void aPartsHeadingNamesItsSpeakerInBracketsAndItsNumberStandsAlone(@TempDir Path dir) throws Exception {
        // 大井町 (a PDF's text): the part's number on a line of its own, its heading letter-spaced with who speaks in
        // brackets; the header's staff list runs up to it. Read before as one header value: the file was refused
        ParsedMinutes p = parse(dir, "平成26年度第3回大井町子ども・子育て会議概要\n日 時 平成27年2月2日(月)13 時 30 分~15 時 30 分\n"
                + "出席者 西山委員 橋本委員\n事務局 石井子育て健康課長 橋本課長補佐 井上副主幹\n市川主査\n1\n開 会(課長補佐)\n"
                + "ただいまから会議を開催する。\n2\nあいさつ(子育て健康課長)\n本日は事業計画案について説明する。\n"
                + "※会議資料は町のホームページに掲載するのでよろしくお願いす\nる。\n※資料確認\n"
                + "※条例第6条により、会長が議長となるため西山会長に議題の進\n行を依頼\n");
        // the staff's rank written alone (課長補佐) is the secretariat's; a ※ paragraph that ends as a sentence is the
        // speaker's words (the mark no part of them), one that does not (※資料確認, ※…進行を依頼) the recorder's note
        assertEquals(List.of("課長補佐/null/secretariat ただいまから会議を開催する。",
                "子育て健康課長/null/executive 本日は事業計画案について説明する。|"
                        + "会議資料は町のホームページに掲載するのでよろしくお願いする。"), turns(p));
        assertEquals("開会", p.remarks().getFirst().section());
    }

    @Test
    void aSpeakersMarkAloneOnItsLineOpensATurnThoughItsTitleIsUnknown(@TempDir Path dir) throws Exception {
        // 内閣府 議事要旨: ○ before a name glued to a title no rule knows (保健師 here) is a speaker, warned about, not
        // the last speaker's words; ○資料確認 names no one (no post's word ends so) and stays in the turn; 佐賀市: ◎
        // before a speaker alone on its line marks the speaker too. Read as the verbatim record it is detected as,
        // and as a summary
        String text = "少子化対策専門委員会(第10回)議事要旨\n\n1.日時\n\n平成18年5月15日(月)16:00~17:00\n\n"
                + "4.議事概要\n\n○猪口会長\n 前回のご議論を踏まえた最終案をお示しする。\n○増田地域保健師\n"
                + " 資料をもとにご説明する。\n○資料確認\n 以上である。\n◎藤野会長\n 支所再編について伺う。\n";
        Path f = dir.resolve("s.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        for (String format : new String[] {null, "summary"}) {
            ParsedMinutes p = Minutes.parse(f, null, format);
            List<String> t = turns(p);
            assertEquals(3, t.size(), format + ": " + t);
            assertEquals("会長/猪口/chair 前回のご議論を踏まえた最終案をお示しする。", t.get(0), format + "");
            assertTrue(t.get(1).startsWith("増田地域保健師/null/other 資料をもとにご説明する。"), format + ": " + t);
            assertTrue(t.get(1).replaceAll("[|○]", "").endsWith("資料確認以上である。"), format + ": " + t);
            assertEquals("会長/藤野/chair 支所再編について伺う。", t.get(2), format + "");
            assertTrue(p.warnings().stream().anyMatch(w -> w.contains("増田地域保健師")), p.warnings().toString());
        }
    }

    @Test
    void aSitesChromeIsNoTitleAndTheBodyIsNamedWithoutItsSitting(@TempDir Path dir) throws Exception {
        // 浜松市, 神奈川県: a banner, a search box and a breadcrumb trail above the record; the sitting between a council
        // and its committee; a marker naming whom the speaker stands for before the name and title
        ParsedMinutes p = parse(dir, "緊急情報\n\nサイト内を検索\nホーム > 市政 > 会議 > 総合計画審議会第66回計画推進評価部会 会議録\n\n"
                + "ここから本文です。\n\n総合計画審議会第66回計画推進評価部会 会議録\n\n"
                + "開催日時 平成30年3月20日(火曜日) 午前10時30分~午前11時20分\n\n1 開会\n\n【東区協議会 金指会長】\n"
                + "東区では委員構成を見直した。\n");
        assertEquals("総合計画審議会計画推進評価部会", p.meeting().body());
        assertEquals(66, p.meeting().session());
        assertEquals("総合計画審議会第66回計画推進評価部会 会議録", p.meeting().title());
        assertEquals(List.of("会長/金指/chair 東区では委員構成を見直した。"), turns(p));
    }

    @Test
    void theRecordsOwnTitleUnderASitesHeadingNamesTheBody(@TempDir Path dir) throws Exception {
        // 佐賀市: the site's heading (第3回議事録要旨) above the record's title; 内閣府: the sitting in brackets before
        // the record's word
        ParsedMinutes p = parse(dir, "第3回議事録要旨\n\n平成27年第3回三瀬地域審議会 議事要旨\n1 日 時\n"
                + "平成27年2月3日(火) 18時54分~22時08分\n2 場 所\n三瀬公民館\n4 議事\n◎藤野会長\n 支所再編について伺う。\n");
        assertEquals("三瀬地域審議会", p.meeting().body());
        ParsedMinutes c = parse(dir, "少子化社会対策推進専門委員会(第10回)議事要旨\n\n1.日時\n\n平成18年5月15日(月)\n\n"
                + "4.議事概要\n\n【会長】\n 最終案をお示しする。\n");
        assertEquals("少子化社会対策推進専門委員会", c.meeting().body());
        assertEquals(10, c.meeting().session());
    }

    @Test
    void aRemarkWrittenAsOneQuotationIsTheWordsInside(@TempDir Path dir) throws Exception {
        // 奈良県教育委員会: each remark in 「」 after the speaker; a quotation inside a remark, or one it opens with
        // but goes on after, stays as written
        ParsedMinutes p = parse(dir, "港県教育委員会会議録\n\n日時：令和7年3月7日（金）\n\n<議事内容>\n\n"
                + "【教育長】\n「委員会は成立しております。」\n【委員】\n「可決」と聞いたが、確認したい。\n"
                + "【委員】\n「二点あります。\n一点目は「学び」の定義です。」\n");
        assertEquals(List.of("教育長/null/executive 委員会は成立しております。",
                "委員/null/member 「可決」と聞いたが、確認したい。",
                "委員/null/member 二点あります。|一点目は「学び」の定義です。"), turns(p));
    }

    @Test
    void aChairRoleTwoPeopleHoldNamesNoOne(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "みなと市協働推進委員会　会議概要\n\n日時：令和３年１２月２１日（火）\n"
                + "出席者：磯野会長、佐藤会長、佐々木委員\n\n１　報告事項\n【会長】\n・良かった。\n");
        assertEquals(List.of("会長/null/chair 良かった。"), turns(p));
    }

    @Test
    void aPageSavedAsTextLosesItsOwnLinesAndItsTableBelowTheTitleIsRead(@TempDir Path dir) throws Exception {
        // 宮代町: skip links, the page's date and id between the title and the table; labels and values on lines of
        // their own; 審議の内容 holds the record; a bracketed note below it and one closing a turn are no speech
        ParsedMinutes p = parse(dir, "ページの先頭です\nメニューの終端です。\n\n令和3年度第1回男女共同参画社会推進会議(会議録)\n\n"
                + "[2021年6月23日]\n\nID:17046\n\nソーシャルサイトへのリンクは別ウィンドウで開きます\n\n附属機関等の名称\n\n"
                + "男女共同参画社会推進会議\n\n開催日時\n\n令和3年6月10日(木) 19時00分~21時00分\n\n出席委員の氏名\n\n"
                + "大島純、佐藤将行\n\n審議の内容\n\n(決定事項・発言者・発言内容等)\n\n会議概要\n\n(1)事業計画について\n"
                + "(委員)いつ変わったのですか。\n(事務局)4月1日です。\n\n(資料配布)\n");
        assertEquals(LocalDate.of(2021, 6, 10), p.meeting().date());
        assertEquals("男女共同参画社会推進会議", p.meeting().body());
        assertEquals(List.of("委員/null/member いつ変わったのですか。", "事務局/null/secretariat 4月1日です。"), turns(p));
    }

    @Test
    void tableCellBordersSavedAsTextAreNoText(@TempDir Path dir) throws Exception {
        // 狛江市: "1 開催日時 |" with the value on the next line ending in " |", empty cells "|"
        ParsedMinutes p = parse(dir, "第1回 狛江市子ども・若者・子育て会議(令和6年4月19日開催)\n1 開催日時 |\n"
                + "令和6年4月19日(金曜日) 午後6時30分~8時30分 |\n2 開催場所 |\n防災センター |\n6 議事内容 |\n|\n"
                + "8 会議の結果 |\n委嘱状の交付、自己紹介\n議事1 会議に求めることについて\n事務局より資料1の説明\n【委員】\n"
                + "残念。\n");
        assertEquals(LocalDate.of(2024, 4, 19), p.meeting().date());
        assertEquals("防災センター", p.meeting().venue());
        assertEquals(List.of("事務局/null/secretariat 事務局より資料1の説明", "委員/null/member 残念。"), turns(p));
        assertEquals("(1)", p.remarks().getFirst().agendaItem().number(), "議事1 is the agenda item of what follows");
    }

    @Test
    void aRoleAloneOnItsLineWithSentencesBelowIsTheFirstSpeakerNotAHeaderRow(@TempDir Path dir) throws Exception {
        // 中野区: 事務局 as a header row (its staff below), 幹事 with bulleted officials, then 事務局 as the speaker
        ParsedMinutes p = parse(dir, "平成16年度 第5回中野区都市計画審議会会議録\n\nページID:490767108\n\n日時\n\n"
                + "平成16年11月18日(木曜)午後1時30分\n\n事務局\n\n服部都市整備部都市計画担当参事\n\n幹事\n\n"
                + "  • 石井都市整備部長\n  • 尾崎都市整備部土木担当課長\n\n事務局\n\n 大変お待たせいたしました。\n"
                + " よろしくお願い申し上げます。\n\n(委嘱状伝達)\n");
        assertEquals("中野区都市計画審議会", p.meeting().body());
        assertEquals(List.of("事務局/null/secretariat 大変お待たせいたしました。|よろしくお願い申し上げます。"), turns(p));
        assertEquals(3, p.meeting().officials().size(), p.meeting().officials().toString());
    }

    @Test
    void aRoleAloneOnItsLineRightUnderTheTitleIsTheFirstSpeaker(@TempDir Path dir) throws Exception {
        // 長崎市 (a city page, no header rows): the title, then 事務局 and 会長代理 each above their sentences
        ParsedMinutes p = parse(dir, "kukaku-2010-08-05.txt", "ここから本文です。\n更新日:2013年3月1日 ページID:006521\n"
                + "第5回 長崎駅周辺土地区画整理審議会\n事務局\n前回の第4回審議会において、仮換地(案)について審議していただいた。\n"
                + "会長代理\n本日は、会長が都合により欠席ということで、私の方で議事を進めさせていただきたい。\n");
        assertEquals(List.of("事務局/null/secretariat 前回の第4回審議会において、仮換地(案)について審議していただいた。",
                "会長代理/null/vice_chair 本日は、会長が都合により欠席ということで、私の方で議事を進めさせていただきたい。"), turns(p));
    }

    @Test
    void aTitleBeforeAClosingBracketAloneOpensATurnOfASummary(@TempDir Path dir) throws Exception {
        // 狛江市 (要点筆記): 委員)…, 事務局)…, 委員長)…, glued to the speech, no header rows; the recorder's notes
        // between dashes: the room's assent (―了承―) is no speech, a note of who explains opens their turn
        String text = "(1)平成29年度狛江市公民館運営審議会\n委員)会議録は事務局が作成するのか。\n"
                + "事務局)事務局が作成する。各委員に確認していただき、その後公開という流れである。\n"
                + "委員長)昨年度までを踏襲してはいかがか。\n―了承―\n―資料2に基づき、事務局より説明―\n"
                + "今年度の会議開催スケジュールについて説明した。\n";
        assertEquals(Optional.of(MinutesFormat.SUMMARY), MinutesFormats.detect(text));
        ParsedMinutes p = parse(dir, "kominkan-2017-04-24.txt", text);
        assertEquals(List.of("委員/null/member 会議録は事務局が作成するのか。",
                "事務局/null/secretariat 事務局が作成する。各委員に確認していただき、その後公開という流れである。",
                "委員長/null/chair 昨年度までを踏襲してはいかがか。",
                "事務局/null/secretariat 今年度の会議開催スケジュールについて説明した。"), turns(p));
    }

    @Test
    void aSpeakerASpaceAndASentenceOpenATurnButAParticleAfterTheSpaceDoesNot(@TempDir Path dir) throws Exception {
        // 長久手市, 和歌山県: 委員長 皆さん、… and 事務局 どうも… on one line, after a note of who explains; a line that
        // only starts with a speaker's word (委員 からの…) stays the speech it is part of
        ParsedMinutes p = parse(dir, "s.txt", "第4回策定委員会 会議録\n日時：平成26年11月19日\n場所：市役所\n\n会議録\n"
                + "(事務局より配布資料の説明)\n"
                + "委員長 皆さん、こんにちは。本日の会議では第4章を審議します。\n委員 からの意見は事務局がまとめます。\n"
                + "事務局 50、51ページの説明を踏まえて基本理念をひとつ選んでいただければと思います。\n");
        assertEquals(List.of("委員長/null/chair 皆さん、こんにちは。本日の会議では第4章を審議します。|委員 からの意見は事務局がまとめます。",
                "事務局/null/secretariat 50、51ページの説明を踏まえて基本理念をひとつ選んでいただければと思います。"),
                turns(p));
    }

    @Test
    void anAgendaRowsItemsAndAListRowsBulletsStandBlankLinesApart(@TempDir Path dir) throws Exception {
        // 豊中市: 議 案 with 〇 items a blank line apart (one broken over two lines), 参考資料 with bullets
        ParsedMinutes p = parse(dir, "議事概要\n\n会議名\n\n豊中市障害者差別解消支援地域協議会代表者会議\n\n日 時\n\n"
                + "平成29年5月27日(土)9時30分〜11時30分\n\n議 案\n\n〇相談窓口の周知について\n\n〇市民への啓発について\n\n"
                + "〜近隣住民の不安を例に\n\n〇その他\n\n参考資料\n\n(事前配布資料)\n\n・次第\n\n・委員名簿\n\n【開会】\n\n"
                + "・事務局より資料確認。\n");
        assertEquals("豊中市障害者差別解消支援地域協議会代表者会議", p.meeting().body());
        assertEquals(List.of("事務局/null/secretariat 事務局より資料確認。"), turns(p));
    }

    @Test
    void numberedRowsGluedToTheirValuesAndTheRowHoldingTheRecord(@TempDir Path dir) throws Exception {
        // 羽村市: "1 日時平成18年…", "3 出席者会長 中野達雄", "8 会議の内容" with the first label glued to it; labels
        // as a title with the name in brackets and a space before the speech
        ParsedMinutes p = parse(dir, "第11回羽村市都市計画審議会会議録\n1 日時平成18年12月13日(水曜日) 午後1時30分~午後2時10分\n"
                + "2 場所市役所5階委員会室\n3 出席者会長 中野達雄\n委員 1番 濱中俊男、13番 永田好道\n"
                + "8 会議の内容都市計画課係長(水野剛史君) 本日は、ありがとうございます。\nご紹介いたします。\n\n"
                + "委員(永田好道君) 永田と申します。\n\n会長(中野達雄君) 議事に入ります。\n");
        assertEquals(LocalDate.of(2006, 12, 13), p.meeting().date());
        assertEquals("市役所5階委員会室", p.meeting().venue());
        assertEquals(List.of("都市計画課係長/水野剛史/executive 本日は、ありがとうございます。|ご紹介いたします。",
                "委員/永田好道/member 永田と申します。", "会長/中野達雄/chair 議事に入ります。"), turns(p));
    }

    @Test
    void aTitleThePageRepeatsIsReadOnce(@TempDir Path dir) throws Exception {
        // 羽村市 as a web page: the page's heading, its date, then the record's own first line, with no blank lines
        ParsedMinutes p = parse(dir, "第11回羽村市都市計画審議会会議録\n[2006年12月13日]\n第11回羽村市都市計画審議会会議録\n"
                + "1 日時平成18年12月13日(水曜日)\n2 場所委員会室\n8 会議の内容委員(永田好道君) 永田です。\n");
        assertEquals("第11回羽村市都市計画審議会会議録", p.meeting().title());
        assertEquals("羽村市都市計画審議会", p.meeting().body());
    }

    @Test
    void aGluedRowNeedsItsNumberAndNoParticleAfterTheKey() {
        assertEquals(HeaderRows.Key.DATE, HeaderRows.match("1 日時平成18年12月13日(水曜日)", 1).orElseThrow().key());
        assertEquals("会長 中野達雄", HeaderRows.match("3 出席者会長 中野達雄", 1).orElseThrow().value());
        assertEquals(java.util.Optional.empty(), HeaderRows.match("2 議題について説明する", 1));
        assertEquals(java.util.Optional.empty(), HeaderRows.match("日時平成18年12月13日", 1), "no number: a sentence");
    }

    @Test
    void aTitleWithABracketThatIsNoNameStaysText(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "羽村市都市計画審議会会議録\n1 日時平成18年12月13日\n2 場所委員会室\n"
                + "8 会議の内容会長(中野達雄君) 開会します。\n会長(挨拶) 本日はありがとうございます。\n");
        assertEquals(List.of("会長/中野達雄/chair 開会します。|会長(挨拶) 本日はありがとうございます。"), turns(p));
    }

    @Test
    void aPdfsPageNumberAboveTheTitleIsNoPartOfIt(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "(1)\n\n第2回北区男女共同参画審議会議事録(要旨)\n\n日 時:平成20年11月14日(金)午後7時00分\n\n"
                + "【会長】\n\n議事に入りたいと思う。\n");
        assertEquals("第2回北区男女共同参画審議会議事録(要旨)", p.meeting().title());
        assertEquals(List.of("会長/null/chair 議事に入りたいと思う。"), turns(p));
    }

    private static final Path COUNCIL = Path.of(System.getProperty("project.basedir", "."))
            .resolve("src/test/resources/real/council");

    @Test
    void numberedRowsWithTheirValuesIndentedBelowAreHeaderNotRemarks() throws Exception {
        // 長野県教育委員会: " 1 日 時" with the date and the hours on indented lines a blank line apart, ○ sub-headings
        // and letter-spaced names under 議題 and 出席者; the speaker alone on a line back at the margin
        ParsedMinutes p = Minutes.parse(COUNCIL.resolve("nagano-kyoiku-h250829.txt"), null, null);
        assertEquals(List.of("委員長/櫻井/chair"), p.remarks().stream()
                .map(r -> r.role() + "/" + r.speaker() + "/" + r.roleGroup()).toList());
        assertEquals("県庁教育委員会室", p.meeting().venue());
        assertEquals("長野県教育委員会", p.meeting().body(), "the kind of sitting is no part of the board's name");
        assertEquals(LocalDate.of(2013, 8, 29), p.meeting().date());
    }

    @Test
    void anIndentedValueAfterABlankLineIsStillTheRowsButASentenceIsNot(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "第２回みなと市景観審議会\n\n1 日 時\n\n  令和６年５月１０日（金）\n\n"
                + "  午後２時から午後３時まで\n\n2 出席者\n\n  磯野会長、細川副会長\n\n  佐藤委員、鷺澤委員\n\n"
                + "  事務局から資料に基づき説明した。\n\n（会長）\n景観計画について意見を伺います。\n");
        assertEquals(java.time.LocalTime.of(15, 0), p.meeting().endTime());
        assertEquals(4, p.meeting().attendees().size());
        assertEquals(List.of("事務局/null/secretariat 事務局から資料に基づき説明した。",
                "会長/磯野/chair 景観計画について意見を伺います。"), turns(p));
    }

    @Test
    void aBracketedTitleIsTheOfficialTheListGivesItToOnce() throws Exception {
        // 鳥取市: 市側出席者 "竹内市長、石谷副市長、中川教育長、…" on an indented line a blank line below its row;
        // (教育長) alone on its line is 中川
        ParsedMinutes p = Minutes.parse(COUNCIL.resolve("tottori-suetsune-kondankai-h150829.txt"), null, null);
        assertEquals(List.of("教育長/中川/executive"), p.remarks().stream()
                .map(r -> r.role() + "/" + r.speaker() + "/" + r.roleGroup()).toList());
    }

    @Test
    void aSiteNameAndJumpLinksAboveThePageAreNoPartOfTheTitle() throws Exception {
        // 名張市: "メニューにジャンプコンテンツにジャンプ", the site's name, the trail, then the record's own title with
        // the board's sitting after its name (…教育委員会第12回定例会会議録)
        ParsedMinutes p = Minutes.parse(COUNCIL.resolve("nabari-kyoiku-h270108.txt"), null, null);
        assertEquals("名張市教育委員会", p.meeting().body());
        assertEquals(Integer.valueOf(12), p.meeting().session());
        assertEquals(LocalDate.of(2015, 1, 8), p.meeting().date());
    }

    @Test
    void aSiteHeadingAboveTheRecordsOwnTitleIsNotTheTitle(@TempDir Path dir) throws Exception {
        // 鶴ヶ島市: the page's category (市政全般), a blank line, then the record's own title and its header rows
        String rows = "\n\n開催日時\n\n平成29年8月4日(金曜日)13時30分~15時55分\n\n出席者\n\n山岡澄夫委員、田中秀世委員\n\n"
                + "会議の経過\n\n委員長 それでは始めます。\n\n○委員 説明をお願いします。\n";
        ParsedMinutes p = parse(dir, "市政全般\n\n平成29年度第1回介護保険運営審議会会議録" + rows);
        assertEquals("平成29年度第1回介護保険運営審議会会議録", p.meeting().title());
        assertEquals("介護保険運営審議会", p.meeting().body());
        assertEquals(LocalDate.of(2017, 8, 4), p.meeting().date());
        // a first line that names a meeting stays the title
        ParsedMinutes kept = parse(dir, "令和5年度 港市子ども・子育て会議\n\n第1回会議録" + rows);
        assertEquals("令和5年度 港市子ども・子育て会議", kept.meeting().title());
    }

    @Test
    void aBareAttendanceLabelIsARowButNotTheStartOfALongerLabel(@TempDir Path dir) throws Exception {
        // 中央環境審議会: <出席> with the members a blank line below; 墨田区議会: "５　出席理事者" is a label of its own, not
        // 出席 with the value 理事者
        ParsedMinutes p = parse(dir, "第５回みなと市環境審議会議事要旨\n\n<日時>  令和6年5月10日(金)10:00〜12:00\n\n"
                + "<出席>\n\n磯野会長、佐藤委員、鈴木委員\n\n<議題>\n\n(1)環境基本計画について\n\n【磯野会長】\n・意見を伺います。\n");
        assertEquals(List.of("磯野/会長", "佐藤/委員", "鈴木/委員"),
                p.meeting().attendees().stream().map(a -> a.name() + "/" + a.role()).toList());
        assertEquals(List.of("会長/磯野/chair 意見を伺います。"), turns(p));
        assertTrue(HeaderRows.match("５　出席理事者", 1).isEmpty());
        assertEquals(HeaderRows.Key.ATTENDEES, HeaderRows.match("出席：磯野会長", 1).orElseThrow().key());
    }

    @Test
    void aSpeakerMarkedAsTheHeaderRowsWereIsTheBodysFirstSpeaker(@TempDir Path dir) throws Exception {
        // 社会保障審議会児童部会: ○日時, ○配布資料 … rows, then ○議事 and ○大日向部会長 alone with the speech below
        ParsedMinutes p = parse(dir, "第40回社会保障審議会児童部会議事録\n\n○日時\n\n平成26年9月1日(月)15時00分~17時00分\n\n"
                + "○配布資料\n\n資料1 委員名簿\n資料2 諮問書\n\n○議事\n\n○大日向部会長\n\n  定刻となりましたので、ただ今より開会します。\n");
        assertEquals(List.of("部会長/大日向/chair 定刻となりましたので、ただ今より開会します。"), turns(p));
    }

    @Test
    void aChairWrittenSurnameSpaceGivenNameIsOnePerson(@TempDir Path dir) throws Exception {
        // 狛江市: "委員長:宮城 孝" in the 出席者 row names the (委員長) below; two surnames a space apart stay two
        ParsedMinutes p = parse(dir, "第2回みなと市市民福祉推進委員会\n\n1 日時\n\n令和6年7月26日(金曜日)午後7時00分~8時45分\n\n"
                + "3 出席者\n\n委員長:宮城 孝\n\n委員:白川 正和、北澤 智子\n\n7 会議の結果\n\n(委員長)\n\nみなさんこんばんは。\n");
        assertEquals(List.of("委員長/宮城孝/chair みなさんこんばんは。"), turns(p));
        assertTrue(People.surnameAndGivenName("宮城", "孝"));
        assertTrue(!People.surnameAndGivenName("田中", "鈴木"), "鈴木 alone is a surname");
    }

    @Test
    void aLongerNumberedAgendaItemIsAHeadingNotTheSecretariatsWords(@TempDir Path dir) throws Exception {
        // 長岡京市: "4 長岡京市市民協働のまちづくり推進プランの進行管理について" above the bullets of what was done
        ParsedMinutes p = parse(dir, "第1回みなと市市民参画協働懇話会\n\n日時 令和元年7月30日\n\n議事\n\n1 開会\n\n"
                + "4 長岡京市市民協働のまちづくり推進プランの進行管理について\n・事務局より、資料1に基づき説明\n・意見交換\n\n(会長)\n"
                + "よい取組だと思う。\n");
        assertEquals(List.of("事務局/null/secretariat 事務局より、資料1に基づき説明|意見交換", "会長/null/chair よい取組だと思う。"),
                turns(p));
    }

    @Test
    void aPagesLinksToItsStreamAndDocumentsAreNoOnesWords(@TempDir Path dir) throws Exception {
        // こども家庭庁: 【オンライン配信URL】 over "URL:https://…", then 資料 and 議事録 alone (the page's links), then the
        // record with colon labels
        ParsedMinutes p = parse(dir, "こどもの居場所部会(第14回)\n\n日時:令和6年3月6日(水)15時00分から17時00分\n\n"
                + "【オンライン配信URL】\nURL:https://www.youtube.com/watch?v=x\n\n資料\n\n議事録\n\n"
                + "前田部会長:定刻となりましたので開催いたします。\n");
        assertEquals(List.of("部会長/前田/chair 定刻となりましたので開催いたします。"), turns(p));
    }

    @Test
    void membersToldApartByANumberAfterTheTitleAreEachTheirOwnTurn(@TempDir Path dir) throws Exception {
        // 狛江市立図書館協議会: (委員1), (委員2) inline, as Ａ委員 tells members apart by a letter before the title
        ParsedMinutes p = parse(dir, "第3回みなと市図書館協議会\n\n日時 平成25年8月30日\n\n議事\n\n(委員長) 開催します。\n\n"
                + "(委員1) 確認したいのですが。\n\n(委員2) 要点記録ですか。\n\n(委員1) そうです。\n");
        assertEquals(List.of("委員長/null/chair 開催します。", "委員/1/member 確認したいのですが。", "委員/2/member 要点記録ですか。",
                "委員/1/member そうです。"), turns(p));
    }

    @Test
    void aBodyIndentedUnderRowsWithTheirValuesBesideThemIsTheBody(@TempDir Path dir) throws Exception {
        // rows at the margin with their values beside them, the body indented by a full-width space: no line of the
        // body, with or without a full stop, is a row's value
        ParsedMinutes p = parse(dir, "令和５年度第１回みなと市介護保険運営協議会　会議録（要旨）\n\n１　日時　令和５年７月１０日（月）午後２時から\n"
                + "２　場所　市役所会議室\n３　出席者　田中会長、鈴木副会長、佐藤委員\n４　傍聴者　なし\n\n"
                + "　（１）第９期介護保険事業計画の策定について\n　事務局から資料１に基づき説明した。\n"
                + "　委員：保険料の見込みはいつ示されるのか。\n　事務局：１１月の協議会で示す予定である。\n\n　【会長】\n　以上で終了する\n");
        assertEquals(List.of("事務局/null/secretariat 事務局から資料１に基づき説明した。",
                "委員/null/member 保険料の見込みはいつ示されるのか。", "事務局/null/secretariat １１月の協議会で示す予定である。",
                "会長/田中/chair 以上で終了する"), turns(p));
        assertEquals(List.of(), p.meeting().officials());
    }

    @Test
    void aNoteInBracketsAfterATitleAndTheWordsOfAnAgendaNameNoOne(@TempDir Path dir) throws Exception {
        ParsedMinutes absent = parse(dir, "第１回みなと市総合教育会議\n\n日時　令和５年５月１日\n出席者　市長（公務のため欠席）、"
                + "副市長（市長職務代理）、教育長（中川一郎）\n\n（副市長）\nただいまから会議を開きます。\n（教育長）\n説明します。\n");
        assertEquals(List.of("副市長/null/executive ただいまから会議を開きます。", "教育長/中川一郎/executive 説明します。"),
                turns(absent));
        ParsedMinutes agenda = parse(dir, "第２回みなと市行政改革推進委員会\n\n日時　令和５年５月１日\n出席者　田中会長、佐藤委員\n"
                + "議題　財政、人事、契約、広報について\n\n【人事課長】\n人事について説明します。\n");
        assertEquals(List.of("人事課長/null/executive 人事について説明します。"), turns(agenda));
    }

    @Test
    void aLinkInsideASentenceIsSpeech(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "第１回みなと市子ども・子育て会議\n\n日時　令和５年５月１日\n\n【事務局】\n"
                + "市ホームページ：https://www.city.example.lg.jp/enquete.html に掲載している\n");
        assertEquals(List.of("事務局/null/secretariat 市ホームページ：https://www.city.example.lg.jp/enquete.html に掲載している"),
                turns(p));
    }

    @Test
    void aBoardsOwnNameThatStartsWithTheKindOfSittingKeepsIt(@TempDir Path dir) throws Exception {
        ParsedMinutes p = parse(dir, "臨時行政改革推進審議会\n\n日時　令和５年５月１日\n\n【会長】\nただいまから開会します。\n");
        assertEquals("臨時行政改革推進審議会", p.meeting().body());
    }

    @Test
    void headerLabelsOfTheDepartmentInChargeAndOfWhoExplainsWithTheirValuesBelowAreRows(@TempDir Path dir)
            throws Exception {
        // 厚木市: 会議主管課, 会議開催日時, 説明者 as labels alone on their lines, their values indented below
        ParsedMinutes p = parse(dir, "令和4年度第1回情報公開審査会会議録\n\n会議主管課\n\n  総務部 行政総務課 情報公開・法制係\n\n"
                + "会議開催日時\n\n  令和4年10月27日(木曜日)午後2時から午後3時30分まで\n\n会議開催場所\n\n  厚木市役所本庁舎\n\n"
                + "説明者\n\n  情報公開・法制係長、情報公開・法制係主事\n\n開会\n\n事務局\n\n 会長の選出をお諮りしたい。\n");
        assertEquals(java.time.LocalDate.of(2022, 10, 27), p.meeting().date());
        assertEquals(List.of("事務局/null/secretariat 会長の選出をお諮りしたい。"), turns(p));
    }

    @Test
    void aTitlePrintedLetterByLetterBesideTheSpeechIsOneLabel(@TempDir Path dir) throws Exception {
        // 戸田市: a two-column form (発言者 | 発言内容) read cell by cell, the 会長 cell two lines tall, so 会 and 長
        // stand on lines of their own between the lines of the speech
        ParsedMinutes p = parse(dir, "第２回みなと市協働会議　会議録（要旨）\n開催日時\n令和６年２月１３日（火）\n会議の経過\n"
                + "事務局\n要綱第5条に基づき、横山会長に議事進行をお願いする。\n会\nそれでは、次第に従い会議を進める。まず、事務局より\n"
                + "長\n説明をお願いする。\n事務局\n資料1について説明する。\n会\n長\n今日はまとめを中心に行う。\n");
        // the chair's label names no one, the lists neither; the record's words name the one 会長 (横山会長に…)
        assertEquals(List.of("事務局/null/secretariat 要綱第5条に基づき、横山会長に議事進行をお願いする。",
                "会長/横山/chair それでは、次第に従い会議を進める。まず、事務局より説明をお願いする。",
                "事務局/null/secretariat 資料1について説明する。", "会長/横山/chair 今日はまとめを中心に行う。"), turns(p));
        // two names with the title (a former chair spoken of) name no one
        ParsedMinutes two = parse(dir, "第２回みなと市協働会議　会議録（要旨）\n開催日時\n令和６年２月１３日（火）\n会議の経過\n"
                + "事務局\n横山会長に議事進行をお願いする。前任の田中会長にも感謝する。\n会長\nよろしくお願いする。\n");
        assertEquals("会長/null/chair よろしくお願いする。", turns(two).getLast());
        // letters alone that spell no title, or a title with a name before it, are left as they stand
        List<String> lines = new java.util.ArrayList<>(List.of("市", "本日の議題は", "場", "です。", "山", "田", "委", "員"));
        assertEquals(1, SplitLabels.join(lines, 0, RoleTable.standard()));
        assertEquals(List.of("市", "本日の議題は", "場", "です。", "山", "田", "委員", ""), lines);
    }

    @Test
    void aSquaresNoteOrHeadingIsNoSpeechAndASquareMarksASpeaker(@TempDir Path dir) throws Exception {
        // 狛江市: □事務局(課長) alone on its line, the words below; 戸田市: ■事務局より資料について説明 under the
        // label, ■グループワーク… a heading between two turns
        ParsedMinutes p = parse(dir, "第１回みなと市ごみ減量審議会　会議録\n日時：令和５年２月２１日（火）\n"
                + "出席者\n会長：村上義則\n事務局：星野清掃課長、吉田業務係長\n\n"
                + "□事務局(課長)\n ただいまから審議会を開会いたします。\n【委嘱状伝達】\n□事務局(課長)\n 委嘱状を置かせていただいております。\n"
                + "会長\n事務局に説明をお願いする。\n事務局\n■事務局より資料について説明\n提言書(案)の主なポイントを説明する。\n"
                + "会長\nグループワークをお願いする。\n■グループワーク「提言書(案)について」\n");
        // the post written short in the label (課長) is the one the list gives in full to one person (清掃課長)
        assertEquals(List.of("課長/星野/secretariat ただいまから審議会を開会いたします。",
                "課長/星野/secretariat 委嘱状を置かせていただいております。", "会長/村上義則/chair 事務局に説明をお願いする。",
                "事務局/null/secretariat 提言書(案)の主なポイントを説明する。", "会長/村上義則/chair グループワークをお願いする。"),
                turns(p));
    }

    @Test
    void aDateRowsTimeBelowItAndAListRowsNamesBelowItsNumberArePartOfTheRows(@TempDir Path dir) throws Exception {
        // 北区: ◇ rows, the time a line below the date, the members a line below their number, spaced letter by
        // letter (where one name ends cannot be told: not read, with a warning); the title's 議 事 録 spaced too
        ParsedMinutes p = parse(dir, "第26回みなと市景観審議会 議 事 録\n\n◇ 日 時 平成27年2月4日(水)\n\n午後2時~\n\n"
                + "◇ 出席委員 15名\n\n委 員 北 原 理 雄 村 井 祐 二 伊 藤 伍 朗 安 住 孝 史\n\n1.開会\n\n(まちづくり部長)\n\n"
                + "ただ今から審議会を開催させていただきます。\n\n(都市計画課主事)\n\n※資料の確認を行う。\n");
        // a sentence marked ※ as the recorder's is the turn's words, the mark no part of them
        assertEquals(List.of("まちづくり部長/null/executive ただ今から審議会を開催させていただきます。",
                "都市計画課主事/null/executive 資料の確認を行う。"), turns(p));
        assertEquals("みなと市景観審議会", p.meeting().body());
        assertEquals(java.time.LocalTime.of(14, 0), p.meeting().startTime());
        assertTrue(p.meeting().attendees().isEmpty(), p.meeting().attendees().toString());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("spaced letter by letter")), p.warnings().toString());
    }

    @Test
    void aRowThatSumsTheMeetingUpAboveTheRecordIsNoRemark(@TempDir Path dir) throws Exception {
        // 鶴ヶ島市: 会議要旨 and a line of the recorder's, then 会議の経過 and the record
        ParsedMinutes p = parse(dir, "平成29年度第1回みなと市介護保険運営審議会会議録\n\n開催日時\n\n平成29年8月4日(金曜日)13時30分~15時55分\n\n"
                + "議題\n\n  1. 決算について\n\n会議要旨\n\n各議題について、各委員より質問・意見を聴取するとともに回答した。\n\n"
                + "会議の経過\n\n議長 それでは、議事1を議題といたします。\n\n事務局 (説明)\n\n委員 気になった点があります。\n");
        assertEquals(List.of("議長/null/chair それでは、議事1を議題といたします。", "事務局/null/secretariat ",
                "委員/null/member 気になった点があります。"), turns(p));
        // a note between minus signs after a label is what the speaker did, not their words
        ParsedMinutes q = parse(dir, "第1回みなと市作業部会議事録\n1. 日時\n  平成18年5月22日(月曜日)10時〜12時\n\n"
                + "【事務局】 −配付資料の確認−\n\n【委員】 それでは議事に入ります。\n");
        assertEquals(List.of("事務局/null/secretariat ", "委員/null/member それでは議事に入ります。"), turns(q));
    }

    @Test
    void aSpeakerAloneAfterAListOfAPdfsCellsStartsTheBody(@TempDir Path dir) throws Exception {
        // 大空町: the attendance table's cells one a line (seat, surname, given name), then the record: a speaker
        // alone on a line, the clock and what began, the words
        ParsedMinutes p = parse(dir, "第1回みなと町農業委員会総会議事録\n平成26年7月22日第1回みなと町農業委員会総会は、議事堂に招集された。\n"
                + "1.委員の出欠状況\n(1)出席者(仮議席順)\n1番\n石田\n敦\n2番\n井上\n良幸\n事務局長\n作田\n勝弥\n"
                + "(午前9時30分)\n作田局長\n午前9時30分、第1回総会開会宣言\n開会前ではございますが、座席についてご説明申し上げます。\n"
                + "山下町長\nただちに総会を開催いたします。\n");
        assertEquals(List.of("局長/作田/executive 開会前ではございますが、座席についてご説明申し上げます。",
                "町長/山下/executive ただちに総会を開催いたします。"), turns(p));
    }
}
