package jp.meetingsearch.speeches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jp.meetingsearch.minutes.Minutes;
import jp.meetingsearch.minutes.MinutesParseException;
import jp.meetingsearch.minutes.ParsedFile;
import jp.meetingsearch.minutes.ParsedMinutes;
import jp.meetingsearch.minutes.Remark;
import jp.meetingsearch.minutes.RoleGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Speech-record JSON as published loads with one remark per speech: the NDL Kokkai API's /api/speech and
 * /api/meeting answers (the older meeting-unit shape too), the 東京都議会 committee export and the PoliInfo export.
 * Each real record's remarks match its expectations (speaker, role, 会派, the first and last characters).
 */
class SpeechRecordsTest {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    private static final Path REAL = ROOT.resolve("src/test/resources/real");

    private static ParsedFile<ParsedMinutes> read(String record) throws MinutesParseException {
        return Minutes.read(REAL.resolve(record), record, null, null, null);
    }

    private static List<Remark> remarks(ParsedFile<ParsedMinutes> f) {
        List<Remark> all = new ArrayList<>();
        f.meetings().forEach(m -> all.addAll(m.remarks()));
        return all;
    }

    /** Each remark as the expectations compare it. */
    private static List<String> compared(ParsedFile<ParsedMinutes> f) {
        return remarks(f).stream().map(r -> Turns.of(r).compared()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"diet/shugiin-honkaigi-220-1-speech.json", "diet/kokkai-meeting-kokka-kihon-196-1.json",
            "diet/kokkai-speech-seiji-shikin.json", "export/poliinfo3-bam-fukuoka-r310220.json",
            "export/poliinfo3-bam-ibaraki-r020305.json"})
    void everySpeechIsTheRemarkItsExpectationsDescribe(String record) throws Exception {
        Turns expected = Turns.read(REAL.resolve(record.replace(".json", ".turns.tsv")));
        List<String> got = remarks(read(record)).stream().map(r -> Turns.of(r).compared()).toList();
        assertEquals(expected.turns().stream().map(Turns.Turn::compared).toList(), got);
    }

    @Test
    void aKokkaiSpeechAnswerHoldsSeveralMeetingsEachWithItsOwnMetadataGroupsAndUrls() throws Exception {
        ParsedFile<ParsedMinutes> f = read("diet/kokkai-speech-seiji-shikin.json");
        assertEquals(10, f.meetings().size());
        assertEquals(30, f.itemsRead());
        // 30 records, four of them 会議録情報 (speechOrder 0): 26 speeches, each a remark
        assertEquals(26, remarks(f).size());
        for (ParsedMinutes m : f.meetings()) {
            assertTrue(m.meeting().title().startsWith("第221回国会 "), m.meeting().title());
            assertTrue(m.meeting().body().startsWith("衆議院") || m.meeting().body().startsWith("参議院"),
                    m.meeting().body());
            for (Remark r : m.remarks()) {
                assertTrue(r.source().url().startsWith("https://kokkai.ndl.go.jp/txt/"), r.source().url());
                // members speak for their 会派; officials answering for the government or the House have none
                boolean official = r.role().equals("政府参考人") || r.role().equals("事務総長");
                assertEquals(official, r.group() == null, r.id() + " " + r.role() + " " + r.group());
                assertFalse(r.text().startsWith("○"), "the label is not speech: " + r.text());
            }
        }
        // the answer is one page of 68 records: the loader says so
        assertTrue(f.warnings().stream().anyMatch(w -> w.contains("records 1–30 of 68")), f.warnings().toString());
        List<String> ids = f.meetings().stream().map(m -> m.meeting().id()).distinct().toList();
        assertEquals(10, ids.size());
    }

    @Test
    void theMeetingOfAKokkaiMeetingAnswerComesFromItsRecordAndSpeechOrderZero() throws Exception {
        ParsedMinutes m = read("diet/kokkai-meeting-kokka-kihon-196-1.json").meetings().getFirst();
        assertEquals(LocalDate.of(2018, 5, 30), m.meeting().date());
        assertEquals("国家基本政策委員会合同審査会", m.meeting().body());
        assertEquals("第196回国会 両院 国家基本政策委員会合同審査会 第1号", m.meeting().title());
        assertEquals(196, m.meeting().session());
        // 午後三時開議 in the 会議録情報 (speechOrder 0), which is no remark
        assertEquals(LocalTime.of(15, 0), m.meeting().startTime());
        assertEquals(15, m.remarks().size());
        assertEquals(1, m.remarks().getFirst().order());
    }

    @Test
    void aMeetingWithOnlyItsHeaderIsNotLoadedAndSaysSo() throws Exception {
        ParsedFile<ParsedMinutes> f = read("diet/shugiin-honkaigi-220-1-speech.json");
        assertEquals(1, f.meetings().size());
        assertEquals("衆議院本会議", f.meetings().getFirst().meeting().body());
        Remark r = f.meetings().getFirst().remarks().getFirst();
        assertEquals("無所属", r.group());
        assertEquals(3, r.order());
        assertEquals("https://kokkai.ndl.go.jp/txt/122005254X00120260123/3", r.source().url());
        assertTrue(f.warnings().stream().anyMatch(w -> w.contains("議院運営委員会") && w.contains("not loaded")),
                f.warnings().toString());
    }

    @Test
    void exportsGiveOneMeetingPerRecordWithItsUrlAndBody() throws Exception {
        ParsedFile<ParsedMinutes> tokyo = read("export/poliinfo2-tokyo-draft-committees.json");
        assertEquals(2, tokyo.meetings().size());
        ParsedMinutes first = tokyo.meetings().getFirst();
        assertEquals("奉呈文起草特別委員会", first.meeting().body());
        assertEquals(LocalDate.of(2019, 4, 26), first.meeting().date());
        assertEquals("https://www.gikai.metro.tokyo.jp/record/draft/19-01.html", first.remarks().getFirst().source().url());
        // the item without a speaker (room, attendance) is the preamble, not a remark; 午後一時十三分開議 opens
        assertEquals(LocalTime.of(13, 13), first.meeting().startTime());
        Remark opening = first.remarks().getFirst();
        assertEquals("尾崎", opening.speaker());
        assertEquals("議長", opening.role());
        ParsedMinutes fukuoka = read("export/poliinfo3-bam-fukuoka-r310220.json").meetings().getFirst();
        assertEquals("福岡市議会", fukuoka.meeting().body());
        assertEquals("市長", fukuoka.remarks().get(1).role());
        assertEquals("高島宗一郎", fukuoka.remarks().get(1).speaker());
    }

    @Test
    void anotherShapeLoadsThroughAFieldMappingAndRowsWithoutTextAreLeftOutByLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("speeches.csv");
        Files.writeString(csv, """
                開催日,会議名,発言者,役職,会派,発言内容,URL
                2024-06-10,総務常任委員会,山田太郎,委員長,,ただいまから総務常任委員会を開会いたします。,https://example.jp/r/1
                2024-06-10,総務常任委員会,佐藤花子,委員,市民クラブ,防災計画について伺います。,https://example.jp/r/1
                2024-06-10,総務常任委員会,鈴木一郎,総務部長,,,https://example.jp/r/1
                2024-06-11,総務常任委員会,山田太郎,委員長,,次回は未定です。,
                """, StandardCharsets.UTF_8);
        Path mapping = ROOT.resolve("loaders/speeches/example.columns");
        SpeechColumns columns = SpeechColumns.load(mapping);
        ParsedFile<ParsedMinutes> f = Minutes.read(csv, "speeches.csv", null, null, columns);
        assertEquals(2, f.meetings().size());
        assertEquals(4, f.itemsRead());
        assertEquals(List.of(csv + ": line 4: no speech text: left out"), f.rejections());
        Remark member = f.meetings().getFirst().remarks().get(1);
        assertEquals("佐藤花子", member.speaker());
        assertEquals("委員", member.role());
        assertEquals(RoleGroup.MEMBER, member.roleGroup());
        assertEquals("市民クラブ", member.group());
        assertEquals("https://example.jp/r/1", member.source().url());
    }

    @Test
    void aMappedRecordOfLabelsAsPrintedWithTimeLinesAndHeadingsInItsSpeeches(@TempDir Path dir) throws Exception {
        // the shape of 品川区議会's repackaged records: one item a speech, the label as printed (name and title
        // glued, title（name君）, name君), the record's ○ time lines and ○ headings inside the speeches, the body
        // only in the title after the day; place given as a value in quotes
        Path mapping = dir.resolve("m.speeches");
        Files.writeString(mapping, "speeches = voices\ntext = text\nlabel = speaker\norder = i\ndate = dateIso\n"
                + "title = title\nplace = \"港区\"   # the ward\n", StandardCharsets.UTF_8);
        Path plenary = dir.resolve("p.json");
        Files.writeString(plenary, """
                {"dateIso": "2001-12-07", "title": "2001年12月7日 平成13年_第4回定例会(第3日目)", "voices": [
                 {"i": 1, "speaker": "議長（林宏君）", "text": "○午後１時13分開議\\nただいまから本日の会議を開きます。\\n○会議録署名人選定について\\n署名人を指名いたします。\\n○日 程"},
                 {"i": 2, "speaker": "総務委員長（本多健信君）", "text": "報告いたします。\\n○午後１時17分休憩\\n○午後２時43分開議"},
                 {"i": 3, "speaker": "南恵子君", "text": "質問いたします。"},
                 {"i": 4, "speaker": "相川収入役", "text": "お答えいたします。"}]}
                """, StandardCharsets.UTF_8);
        Path committee = dir.resolve("c.json");
        Files.writeString(committee, """
                {"dateIso": "2001-10-02", "title": "2001年10月2日 決算特別委員会", "voices": [
                 {"i": 1, "speaker": "横山委員長", "text": "○午前１０時０５分開会\\n皆さん、おはようございます。"}]}
                """, StandardCharsets.UTF_8);
        SpeechColumns columns = SpeechColumns.load(mapping);
        ParsedMinutes p = Minutes.read(plenary, "p.json", null, null, columns).meetings().getFirst();
        assertEquals("港区議会", p.meeting().body(), "a plenary's body: the place's assembly");
        assertEquals(LocalTime.of(13, 13), p.meeting().startTime());
        List<String> who = p.remarks().stream().map(r -> r.speaker() + "/" + r.role() + "/" + r.roleGroup()).toList();
        assertEquals(List.of("林宏/議長/chair", "本多健信/総務委員長/chair", "南恵子/議員/member",
                "相川/収入役/executive"), who);
        assertEquals("ただいまから本日の会議を開きます。\n署名人を指名いたします。", p.remarks().get(0).text(),
                "the ○ time line and ○ headings are neither label nor speech");
        assertEquals("報告いたします。", p.remarks().get(1).text());
        ParsedMinutes c = Minutes.read(committee, "c.json", null, null, columns).meetings().getFirst();
        assertEquals("決算特別委員会", c.meeting().body(), "the title without the day before it");
        assertEquals("横山/委員長/chair 皆さん、おはようございます。", c.remarks().getFirst().speaker() + "/"
                + c.remarks().getFirst().role() + "/" + c.remarks().getFirst().roleGroup() + " "
                + c.remarks().getFirst().text());
        assertEquals(LocalTime.of(10, 5), c.meeting().startTime(), "the opening time line is no speaker's label");
    }

    @Test
    void jsonOfNoKnownShapeIsRefusedWithTheWayToMapIt(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("other.json");
        Files.writeString(json, "{\"items\":[{\"who\":\"山田\",\"said\":\"はい\"}]}");
        MinutesParseException e = org.junit.jupiter.api.Assertions.assertThrows(MinutesParseException.class,
                () -> Minutes.read(json, "other.json", null, null, null));
        assertTrue(e.getMessage().contains("--columns"), e.getMessage());
    }

    @Test
    void aColumnarExportLoadsThroughAMappingThatNamesItsColumns() throws Exception {
        // {"fields": [names], "rows": [[values]]}: the rows are read as objects of those names
        SpeechColumns columns = SpeechColumns.load(REAL.resolve("export/mierugikai.speeches"));
        ParsedFile<ParsedMinutes> f = Minutes.read(REAL.resolve("export/chuo-tsukiji-h160730.json"),
                "chuo-tsukiji-h160730.json", null, null, columns);
        Turns expected = Turns.read(REAL.resolve("export/chuo-tsukiji-h160730.turns.tsv"));
        assertEquals(expected.turns().stream().map(Turns.Turn::compared).toList(), compared(f));
        assertEquals(LocalDate.of(2004, 7, 30), f.meetings().getFirst().meeting().date());
    }

    @Test
    void aColumnarExportWithoutAMappingIsRefusedNamingItsTable() {
        MinutesParseException e = org.junit.jupiter.api.Assertions.assertThrows(MinutesParseException.class,
                () -> read("export/chuo-tsukiji-h160730.json"));
        assertTrue(e.getMessage().contains("a table of names and rows at 'rows' (6 rows; columns id, title, speaker, "
                + "category, body, year, date, type, …): map its fields with --columns"), e.getMessage());
    }

    @Test
    void aScriptThatCarriesTheRecordReadsAsTheRecordItself() throws Exception {
        // the repository serves each record as window.SHINAGAWA_DB.registerMinutes({…}); the .json beside it is the
        // object written out alone
        SpeechColumns columns = SpeechColumns.load(REAL.resolve("export/shinagawa.speeches"));
        List<String> script = compared(Minutes.read(REAL.resolve("export/shinagawa-honkaigi-h131207.js"), "s.js", null,
                null, columns));
        List<String> json = compared(Minutes.read(REAL.resolve("export/shinagawa-honkaigi-h131207.json"), "s.json",
                null, null, columns));
        assertEquals(43, script.size());
        assertEquals(json, script);
    }

    @Test
    void aScriptOfAnotherStatementIsRefusedWithItsLineAndLoadsNothing(@TempDir Path dir) throws IOException {
        Path js = dir.resolve("minutes.js");
        Files.writeString(js, "// data\nvar minutes = {\"speechRecord\": []};\ndocument.write(minutes);\n");
        MinutesParseException e = org.junit.jupiter.api.Assertions.assertThrows(MinutesParseException.class,
                () -> Minutes.read(js, "minutes.js", null, null, null));
        assertEquals(3, e.place().line());
        assertTrue(e.getMessage().contains("document.write(minutes);"), e.getMessage());
    }

    @Test
    void aJsonpAnswerOfTheKokkaiApiReadsAsTheAnswer(@TempDir Path dir) throws Exception {
        Path plain = REAL.resolve("diet/kokkai-speech-seiji-shikin.json");
        Path jsonp = dir.resolve("answer.jsonp");
        Files.writeString(jsonp, "cb(" + Files.readString(plain, StandardCharsets.UTF_8) + ");",
                StandardCharsets.UTF_8);
        assertEquals(compared(Minutes.read(plain, "a", null, null, null)),
                compared(Minutes.read(jsonp, "a", null, null, null)));
    }

    @Test
    void aScriptsNameOnPlainJsonReadsAsTheJson(@TempDir Path dir) throws Exception {
        Path plain = REAL.resolve("diet/kokkai-speech-seiji-shikin.json");
        Path js = dir.resolve("export.js");
        Files.copy(plain, js);
        assertEquals(compared(Minutes.read(plain, "a", null, null, null)), compared(Minutes.read(js, "a", null, null, null)));
    }

    @Test
    void aSpeakerWrittenBySeatInKanjiIsAMemberWithTheSeat(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("export.json");
        Files.writeString(f, """
                [{"Date": "2020-04-17", "Prefecture": "東京都", "ProceedingTitle": "令和二年第一回臨時会（第七号）",
                  "URL": "https://example.jp/r.html", "Proceeding": [
                  {"Speaker": "議長（石川良一君）", "Utterance": "これより本日の会議を開きます。"},
                  {"Speaker": "六十七番（岡本こうき君）", "Utterance": "動議を提出いたします。"}]}]
                """, StandardCharsets.UTF_8);
        List<Remark> r = remarks(Minutes.read(f, "export.json", null, null, null));
        assertEquals(List.of("議長", "議員"), r.stream().map(Remark::role).toList());
        assertEquals("岡本こうき", r.get(1).speaker());
        assertEquals(RoleGroup.MEMBER, r.get(1).roleGroup());
        assertEquals(67, r.get(1).seat());
    }

    @Test
    void aLabelledTurnInsideTheSpeakerlessFirstItemIsATurnAndTheRestThePreamble(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("export.json");
        Files.writeString(f, """
                {"local": [{"date": "2020-03-05", "localGovernmentName": "茨城県", "url": "",
                  "proceedingTitle": "令和２年第１回定例会（第４号）", "proceeding": [
                  {"speakerPosition": null, "speaker": null, "utterance": "茨城県議会定例会会議録　第４号\\n━━━━━━━━\\n令和２年３月５日（木曜日）\\n午後１時１分開議\\n◎出席議員\\n━━━━━━━━\\n◯森田悦男議長　これより本日の会議を開きます。\\n━━━━━━━━\\n諸般の報告"},
                  {"speakerPosition": "議長", "speaker": "森田悦男", "utterance": "諸般の報告をいたします。"}]}]}
                """, StandardCharsets.UTF_8);
        ParsedMinutes m = Minutes.read(f, "export.json", null, null, null).meetings().getFirst();
        assertEquals(List.of("森田悦男:議長:これより本日の会議を開きます。:null", "森田悦男:議長:諸般の報告をいたします。:諸般の報告"),
                m.remarks().stream().map(r -> r.speaker() + ":" + r.role() + ":" + r.text() + ":" + r.section())
                        .toList());
        assertEquals(LocalTime.of(13, 1), m.meeting().startTime(), "the preamble's time lines are still read");
    }

    @Test
    void withNoFieldForTheSpeakerEachTextOpensWithItsLabelAndTheRecordsNarrationIsNoRemarkWithAWarning(@TempDir Path dir)
            throws Exception {
        // a condensed committee record repackaged without a speaker field: each text opens with its label, unmarked,
        // and a full-width space (佐藤委員　…, 経済局長　…); the first item is the record's narration (times, agenda)
        Path mapping = dir.resolve("m.speeches");
        Files.writeString(mapping, "speeches = items\ntext = text\norder = seq\ndate = day\nbody = committee\n",
                StandardCharsets.UTF_8);
        Path f = dir.resolve("c.json");
        Files.writeString(f, """
                {"day": "2025-03-10", "committee": "予算特別委員会", "items": [
                 {"seq": 1, "text": "３月10日　　午前10時０分開会\\n\\n議案審査\\n　議案第１号を議題とし、審査を行った。"},
                 {"seq": 2, "text": "佐藤委員　市の産業政策について尋ねる。"},
                 {"seq": 3, "text": "経済局長　企業の立地は進んでいる。\\n　引き続き取り組む。"},
                 {"seq": 4, "text": "教育長　学校の整備は計画どおりである。"}]}
                """, StandardCharsets.UTF_8);
        ParsedFile<ParsedMinutes> read = Minutes.read(f, "c.json", null, null, SpeechColumns.load(mapping));
        ParsedMinutes m = read.meetings().getFirst();
        assertEquals(List.of("佐藤/委員/member:市の産業政策について尋ねる。", "null/経済局長/executive:企業の立地は進んでいる。\n引き続き取り組む。",
                "null/教育長/executive:学校の整備は計画どおりである。"),
                m.remarks().stream().map(r -> r.speaker() + "/" + r.role() + "/" + r.roleGroup() + ":" + r.text())
                        .toList());
        assertTrue(m.warnings().stream().anyMatch(w -> w.startsWith("c.json") && w.contains("no speaker")
                && w.contains("no remark")), m.warnings().toString());
    }
}
