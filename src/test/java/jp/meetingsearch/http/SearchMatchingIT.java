package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.testsupport.Http;
import jp.meetingsearch.testsupport.SampleService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the shipped search finds beyond the typed words, through the real service over the sample corpus: other
 * spellings by reading, names in kana, how strictly the words matched ({@code match}), speaker suggestions.
 */
class SearchMatchingIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        http = new Http(SampleService.get().port());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode refused(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.get(path);
        assertEquals(400, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static List<String> field(JsonNode answer, String name) {
        List<String> out = new ArrayList<>();
        answer.get("hits").forEach(h -> out.add(h.path(name).asText()));
        return out;
    }

    @Test
    void aWordInKanaFindsTheRemarksThatWriteItInKanji() throws Exception {
        JsonNode kana = ok("/api/search?q=" + enc("こども食堂") + "&size=100");
        List<String> texts = field(kana, "text");
        long written = texts.stream().filter(t -> t.contains("子ども食堂")).count();
        assertTrue(written >= 2, texts.toString());
        assertTrue(texts.subList(0, (int) written).stream().allMatch(t -> t.contains("子ども食堂")), "they come first");
        JsonNode okurigana = ok("/api/search?q=" + enc("引継ぎ") + "&size=100");
        assertTrue(field(okurigana, "text").stream().anyMatch(t -> t.contains("引き継ぎ")), okurigana.toString());
    }

    @Test
    void aNameInKanaFindsTheSpeakerThroughTheReading() throws Exception {
        JsonNode byName = ok("/api/search?speaker=" + enc("寺尾真理子") + "&size=100");
        assertTrue(byName.get("total").asLong() >= 2);
        for (String kana : List.of("てらお", "テラオ", "ﾃﾗｵ", "てらお まりこ")) {
            JsonNode byReading = ok("/api/search?speaker=" + enc(kana) + "&size=100");
            assertEquals(field(byName, "id"), field(byReading, "id"), kana);
        }
        JsonNode asWord = ok("/api/search?q=" + enc("てらお") + "&size=" + byName.get("total").asLong());
        assertEquals(List.copyOf(new java.util.TreeSet<>(field(byName, "id"))),
                List.copyOf(new java.util.TreeSet<>(field(asWord, "id"))), "her turns come first");
        assertEquals(0, ok("/api/search?speaker=" + enc("てらだ")).get("total").asLong(), "another reading finds no one");
    }

    @Test
    void theAnswerSaysHowStrictlyTheWordsMatched() throws Exception {
        String q = "/api/search?q=" + enc("協働事業") + "&size=100&match=";
        JsonNode exact = ok(q + "exact");
        JsonNode broad = ok(q + "broad");
        assertEquals("exact", exact.get("match").asText());
        assertEquals("broad", broad.get("match").asText());
        assertTrue(exact.get("total").asLong() < broad.get("total").asLong(), "broad adds the scattered tokens");
        assertTrue(field(exact, "text").stream().allMatch(t -> t.contains("協働事業")), "exact: the word whole");
        JsonNode auto = ok("/api/search?q=" + enc("協働事業"));
        long exactTotal = exact.get("total").asLong();
        assertEquals(exactTotal >= 10 ? "exact" : "broad", auto.get("match").asText(), "auto: exact when it fills a page");
        assertTrue(ok("/api/search?role_group=member").get("match").isNull(), "no words, no match mode");
        assertTrue(refused(q + "strict").get("message").asText().contains("'match'"));
    }

    @Test
    void speakersAreSuggestedByTheBeginningOfTheirNameOrReading() throws Exception {
        for (String prefix : List.of("てら", "テラ", "寺", "寺尾")) {
            JsonNode s = ok("/api/speakers?prefix=" + enc(prefix));
            List<String> names = new ArrayList<>();
            s.get("speakers").forEach(x -> names.add(x.get("name").asText()));
            assertTrue(names.contains("寺尾真理子"), prefix + ": " + names);
            s.get("speakers").forEach(x -> assertTrue(x.get("remarks").asLong() > 0));
        }
        assertEquals(1, ok("/api/speakers?prefix=" + enc("て") + "&size=1").get("speakers").size());
        assertTrue(refused("/api/speakers").get("message").asText().contains("'prefix'"));
        assertTrue(refused("/api/speakers?prefix=" + enc("て") + "&size=21").get("message").asText().contains("'size'"));
        assertTrue(refused("/api/speakers?prefix=" + "あ".repeat(51)).get("message").asText().contains("'prefix'"));
    }
}
