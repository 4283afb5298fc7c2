package jp.meetingsearch.speeches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.minutes.Minutes;
import jp.meetingsearch.minutes.ParsedFile;
import jp.meetingsearch.minutes.ParsedMinutes;
import jp.meetingsearch.minutes.Remark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Minutes text carried in JSON: the whole record in one item, or one item per turn with the speaker in fields. */
class JsonMinutesTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A session of a minutes system's scraper: the record's text in one item, labels included. */
    private static final String WHOLE = """
            {"name": "令和6年第1回臨時会", "schedules": [{"name": "第1日", "minutes": [{"title": "会議録",
              "text": "令和６年第１回北川町議会臨時会会議録\\n令和６年２月１５日\\n○議長（山田太郎君）　ただいまから会議を開きます。\\n○町長（川上一郎君）　御説明いたします。\\n　以上です。\\n"}]}]}
            """;

    /** A scraper's items, one per turn: speaker and title in fields of their own, the text without a label. */
    private static final String TURNS = """
            {"session": "令和6年第1回臨時会", "schedules": [{"name": "第1号", "speeches": [
              {"type": "名簿", "speaker": null, "role": null, "body": "令和６年第１回北川町議会臨時会会議録\\n令和６年２月１５日"},
              {"type": "議長", "speaker": "山田太郎", "role": "議長", "body": "ただいまから会議を開きます。"},
              {"type": "質問", "speaker": "佐藤花子", "role": "３番", "body": "伺います。"},
              {"type": "答弁", "speaker": "川上一郎", "role": null, "body": "お答えします。"}]}]}
            """;

    private static Optional<String> find(String json) throws Exception {
        return JsonMinutesText.find(JSON.readTree(json));
    }

    @Test
    void theWholeRecordInOneItemIsTheText() throws Exception {
        String text = find(WHOLE).orElseThrow();
        assertTrue(text.startsWith("令和６年第１回北川町議会臨時会会議録\n令和６年２月１５日\n○議長（山田太郎君）"), text);
        assertTrue(text.contains("○町長（川上一郎君）　御説明いたします。\n　以上です。"), text);
    }

    @Test
    void turnsWithTheSpeakerInFieldsGetTheirLabelWrittenBack() throws Exception {
        assertEquals("令和６年第１回北川町議会臨時会会議録\n令和６年２月１５日\n"
                + "○議長（山田太郎君）　ただいまから会議を開きます。\n"
                + "○３番（佐藤花子君）　伺います。\n"
                + "○川上一郎君　お答えします。", find(TURNS).orElseThrow(),
                "items without a speaker stay text; a speaker without a title is written as a member by name");
    }

    @Test
    void jsonWithoutSpeakersHasNoMinutesText() throws Exception {
        assertEquals(Optional.empty(), find("{\"items\": [{\"text\": \"お知らせ\"}, {\"text\": \"○印は必須です\"}]}"));
        JsonNode oneLabel = JSON.readTree("{\"items\": [{\"speaker\": \"山田太郎\", \"body\": \"一言だけ。\"}]}");
        assertEquals(Optional.empty(), JsonMinutesText.find(oneLabel), "one labelled item is not a record");
    }

    @Test
    void bothShapesLoadAsTheirTurns(@TempDir Path dir) throws Exception {
        for (String json : List.of(WHOLE, TURNS)) {
            Path f = dir.resolve("r.json");
            Files.writeString(f, json, StandardCharsets.UTF_8);
            ParsedFile<ParsedMinutes> parsed = Minutes.read(f, "r.json", null, null, null);
            List<Remark> remarks = new ArrayList<>();
            parsed.meetings().forEach(m -> remarks.addAll(m.remarks()));
            assertEquals("山田太郎", remarks.getFirst().speaker(), json);
            assertEquals("議長", remarks.getFirst().role());
            assertEquals("ただいまから会議を開きます。", remarks.getFirst().text());
        }
        Path f = dir.resolve("t.json");
        Files.writeString(f, TURNS, StandardCharsets.UTF_8);
        List<Remark> remarks = Minutes.read(f, "t.json", null, null, null).meetings().getFirst().remarks();
        assertEquals(List.of("議長", "議員", "議員"), remarks.stream().map(Remark::role).toList());
        assertEquals(3, remarks.get(1).seat(), "a role written as a seat is a member with the seat kept");
    }

    @Test
    void theMeetingIsNamedByTheJsonsOwnFieldAndItsBodyIsTheAssemblyTheTextNames(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, """
                {"name": "令和6年第2回臨時会", "type_label": "全会議 > 本会議 > 臨時会", "schedules": [{"name": "04月26日",
                  "minutes": [{"title": "04月26日", "text": "令和６年第２回臨時会\\n赤 井 川 村 議 会 会 議 録\\n第１日 （令和６年４月２６日）\\n〇議長（岩井英明君） ただいまから会議を開きます。\\n〇議長（岩井英明君） 閉会いたします。"}]}]}
                """, StandardCharsets.UTF_8);
        jp.meetingsearch.minutes.Meeting m = Minutes.read(f, "s.json", null, null, null).meetings().getFirst().meeting();
        assertEquals("令和6年第2回臨時会", m.title(), "the session's name, not the text's heading lines run together");
        assertEquals("赤井川村議会", m.body(), "a plenary sitting belongs to the assembly the record names");
        assertEquals(java.time.LocalDate.of(2024, 4, 26), m.date());
        assertEquals(Optional.empty(), JsonMinutesText.meetingName(JSON.readTree(
                "{\"tenant_minutes\": [{\"title\": \"（名簿）\", \"body\": \"…\"}]}")), "no name at the top level");
    }

    @Test
    void aFieldHoldingOnlyTheKindOfEachItemIsNotTheText() throws Exception {
        String json = """
                {"name": "令和8年 予算審査特別委員会", "schedules": [{"name": "03月13日", "minutes": [
                  {"title": "（名簿）", "minute_type": "名簿", "text": "予算審査特別委員会会議録\\n第１日目（令和８年３月１３日）"},
                  {"title": "石川洋一委員長", "minute_type": "○議長", "text": "○石川洋一委員長　これより開きます。"},
                  {"title": "清澤茂宏委員", "minute_type": "◆質問", "text": "◆清澤茂宏委員　伺います。"},
                  {"title": "石川洋一委員長", "minute_type": "○議長", "text": "○石川洋一委員長　病院事務部長。"}]}]}
                """;
        String text = find(json).orElseThrow();
        assertTrue(text.startsWith("予算審査特別委員会会議録\n第１日目") && text.contains("◆清澤茂宏委員　伺います。"),
                "minute_type's ○議長 / ◆質問 are no speaker lines: " + text);
    }
}
