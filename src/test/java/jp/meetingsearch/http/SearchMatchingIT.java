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
    void aHitFoundThroughItsSpeakersRoleIsShownWithoutASecondRequestForMarks() throws Exception {
        String alias = new jp.meetingsearch.index.Indices(SampleService.get().config().indexPrefix())
                .alias(jp.meetingsearch.index.IndexName.REMARKS);
        String path = "/api/search?q=" + enc("地域") + "&facets=false&size=20";
        ok(path);
        long before = searches(alias);
        JsonNode answer = ok(path);
        // the page of the word's head and the count of its matches, in one _msearch, and no search for marks
        assertEquals(2, searches(alias) - before, "the page and its count alone: " + answer.get("match"));
        assertEquals("exact", answer.get("match").asText());
        boolean byRole = false;
        for (JsonNode h : answer.get("hits")) {
            if (!h.path("text").asText().contains("地域")) {
                assertTrue(h.path("role").asText().contains("地域") || h.path("speaker").asText().contains("地域"),
                        "a hit without the word names it in its role: " + h);
                assertEquals(0, h.path("highlight").toString().chars().filter(c -> c == '<').count(),
                        "nothing of the word in its text to mark: " + h.path("highlight"));
                byRole = true;
            }
        }
        assertTrue(byRole, "the page holds a remark found only through its speaker's role");
    }

    /** The searches Elasticsearch ran on the index behind {@code alias} so far (each shard's query phases). */
    private static long searches(String alias) throws IOException {
        return jp.meetingsearch.testsupport.TestCluster.get().request("GET", "/" + alias + "/_stats/search", null)
                .at("/_all/total/search/query_total").asLong();
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
        long partialTotal = ok(q + "partial").get("total").asLong();
        String level = exactTotal >= 10 ? "exact" : broad.get("total").asLong() >= 10 ? "broad" : "partial";
        // under a page even with a word lacking: the related words fill it, when the remarks found have some
        assertTrue(auto.get("match").asText().equals(level) || level.equals("partial") && partialTotal < 10
                && auto.get("match").asText().equals("related"), "auto: the strictest level that fills a page: " + level
                + ", " + auto.get("match"));
        assertTrue(ok("/api/search?role_group=member").get("match").isNull(), "no words, no match mode");
        assertTrue(refused(q + "strict").get("message").asText().contains("'match'"));
    }

    @Test
    void aNounAlsoFindsTheVerbItIsMadeFrom() throws Exception {
        // 引継ぎ, spelled 引き継ぎ in the thesaurus, is the 連用形 of 引き継ぐ: 「引き継がれない」 is found, and said
        JsonNode a = ok("/api/search?q=" + enc("引継ぎ") + "&size=100");
        assertTrue(field(a, "text").stream().anyMatch(t -> t.contains("引き継がれない")), a.toString());
        assertTrue(forms(a, "引き継ぎ").contains("引き継ぐ"), a.path("expanded").toString());
        JsonNode off = ok("/api/search?q=" + enc("引継ぎ") + "&size=100&synonyms=false");
        assertTrue(field(off, "text").stream().noneMatch(t -> t.contains("引き継がれない")), "as typed only");
    }

    @Test
    void aCompoundThatFindsLittleAlsoFindsItsRarestPartAfterTheWholeWord() throws Exception {
        JsonNode broad = ok("/api/search?q=" + enc("住民アンケート") + "&size=100&match=broad");
        JsonNode auto = ok("/api/search?q=" + enc("住民アンケート") + "&size=100&match=partial");
        assertTrue(broad.get("total").asLong() < 10, "the sample has few: " + broad.get("total"));
        assertEquals("partial", auto.get("match").asText());
        List<String> texts = field(auto, "text");
        // a remark that says only アンケート (the rarer part) is found; none with only 住民 or 市民, the common part
        assertTrue(texts.stream().anyMatch(t -> t.contains("回覧板に") && t.contains("アンケートに答えて")), texts.toString());
        assertTrue(texts.stream().allMatch(t -> t.contains("アンケート") || t.contains("調査")), texts.toString());
        assertEquals(field(broad, "id"), field(auto, "id").subList(0, broad.get("hits").size()), "the whole word first");
    }

    @Test
    void aCompoundWhoseRarerPartIsAnActionFindsItsSubjectNotTheActionDoneToAnythingElse() throws Exception {
        // 公民館移転: 移転 (a noun of action) is rarer in the sample than 公民館, but alone it finds the one remark
        // about moving a サロン; the compound's subject, 公民館, is the part searched
        String q = "/api/search?q=" + enc("公民館移転") + "&size=100";
        assertTrue(ok(q + "&match=broad").get("total").asLong() < 10);
        assertEquals(1, ok("/api/search?q=" + enc("移転") + "&size=1&synonyms=false").get("total").asLong());
        JsonNode partial = ok(q + "&match=partial");
        assertEquals("partial", partial.get("match").asText());
        List<String> texts = field(partial, "text");
        assertTrue(texts.size() >= 3, texts.toString());
        assertTrue(texts.stream().allMatch(t -> t.contains("公民館")), texts.toString());
    }

    @Test
    void aPlaceNameFindsItsOtherSpellingsOfTheSmallKe() throws Exception {
        // the sample writes 椿ヶ丘 (small ヶ); a user types the large ケ
        JsonNode typed = ok("/api/search?q=" + enc("椿ケ丘") + "&size=100&match=exact");
        List<String> texts = field(typed, "text");
        assertTrue(texts.size() >= 3 && texts.stream().allMatch(t -> t.contains("椿ヶ丘") || t.contains("つばきヶ丘")),
                texts.toString());
        assertTrue(forms(typed, "椿ケ丘").contains("椿ヶ丘"), typed.get("expanded").toString());
        JsonNode off = ok("/api/search?q=" + enc("椿ケ丘") + "&size=100&synonyms=false");
        assertEquals(0, off.get("total").asLong(), "as typed only");
    }

    @Test
    void aCompoundWhosePartNoRemarkHoldsFindsItsOtherPart() throws Exception {
        // 買い物弱者: the dictionary splits it 買い物 弱 者; 弱者, which no remark of the sample says, is rarer than
        // 買い物 but finds nothing
        assertEquals(0, ok("/api/search?q=" + enc("弱者") + "&size=1&synonyms=false").get("total").asLong());
        JsonNode auto = ok("/api/search?q=" + enc("買い物弱者") + "&size=100&match=partial");
        assertEquals("partial", auto.get("match").asText());
        List<String> texts = field(auto, "text");
        assertTrue(texts.stream().filter(t -> t.contains("買い物支え合い便")).count() >= 2, texts.toString());
        assertTrue(texts.stream().allMatch(t -> t.contains("買い物") || t.contains("買物") || t.contains("ショッピング")),
                texts.toString());
    }

    @Test
    void aWordThatFindsNothingFindsThePartsOfItsOtherForms() throws Exception {
        // デジタルデバイド: one token for the dictionary, in no remark of the sample, nor are 情報格差 or デジタル格差
        // (its forms in mappings/synonyms.txt); of their parts, デジタル is the rarest that remarks hold
        String q = "/api/search?q=" + enc("デジタルデバイド") + "&size=100";
        assertEquals(0, ok(q + "&match=broad").get("total").asLong());
        JsonNode partial = ok(q + "&match=partial");
        assertEquals("partial", partial.get("match").asText());
        List<String> texts = field(partial, "text");
        assertTrue(texts.stream().anyMatch(t -> t.contains("取り残される人")), texts.toString());
        assertTrue(texts.stream().allMatch(t -> t.contains("デジタル")), texts.toString());
        // a word that finds something keeps to it: its other forms' parts are not searched
        // (育休: one part for the dictionary; its form 育児休業 has two)
        JsonNode found = ok("/api/search?q=" + enc("育休") + "&size=100&match=partial");
        assertTrue(found.get("total").asLong() > 0 && found.get("total").asLong() < 10, found.get("total").toString());
        assertEquals(ok("/api/search?q=" + enc("育休") + "&size=100&match=broad").get("total"), found.get("total"));
    }

    @Test
    void aRemarkLackingTheCommonerOfTwoWordsComesBeforeOneLackingTheRarer() throws Exception {
        String common = "活動";
        String rare = "サロン";
        long commonTotal = ok("/api/search?q=" + enc(common) + "&match=exact").get("total").asLong();
        long rareTotal = ok("/api/search?q=" + enc(rare) + "&match=exact").get("total").asLong();
        assertTrue(commonTotal > 2 * rareTotal, common + " " + commonTotal + ", " + rare + " " + rareTotal);
        JsonNode a = ok("/api/search?q=" + enc(common + " " + rare) + "&size=100&match=partial");
        List<String> commonForms = forms(a, common);
        List<String> rareForms = forms(a, rare);
        int lastWithoutCommon = -1;
        int firstWithoutRare = Integer.MAX_VALUE;
        List<String> texts = field(a, "text");
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            boolean hasCommon = commonForms.stream().anyMatch(t::contains);
            boolean hasRare = rareForms.stream().anyMatch(t::contains);
            if (hasRare && !hasCommon) {
                lastWithoutCommon = i;
            }
            if (hasCommon && !hasRare) {
                firstWithoutRare = Math.min(firstWithoutRare, i);
            }
        }
        assertTrue(lastWithoutCommon >= 0 && firstWithoutRare < texts.size(), texts.toString());
        assertTrue(lastWithoutCommon < firstWithoutRare, "remarks lacking " + common + ", the commoner word, first: " + texts);
    }

    @Test
    void aQueryThatFindsLittleAlsoFindsRemarksWithTheWordsOfThoseItFoundAfterThem() throws Exception {
        String q = "/api/search?q=" + enc("要配慮者") + "&size=100";
        JsonNode partial = ok(q + "&match=partial");
        JsonNode auto = ok(q);
        long found = partial.get("total").asLong();
        assertTrue(found > 0 && found < 10, "the sample has a few: " + found);
        assertEquals("related", auto.get("match").asText());
        List<String> ids = field(auto, "id");
        assertEquals(field(partial, "id"), ids.subList(0, (int) found), "what the word finds comes first, in its order");
        assertTrue(auto.get("total").asLong() > found && auto.get("total").asLong() <= 10,
                "the related words fill the first page, no more: " + auto.get("total"));
        assertEquals(ids.size(), auto.get("total").asLong());
        // the related words are listed under the query, apart from its synonyms
        List<String> related = new ArrayList<>();
        auto.path("expanded").path("要配慮者").forEach(v -> related.add(v.asText()));
        List<String> synonyms = forms(partial, "要配慮者");
        assertTrue(related.stream().anyMatch(w -> !synonyms.contains(w)), auto.path("expanded").toString());
        // a remark on individual evacuation plans that names no one as 要配慮者 or 要支援者
        List<String> added = field(auto, "text").subList((int) found, ids.size());
        assertTrue(added.stream().anyMatch(t -> t.contains("個別避難計画")), added.toString());
        assertTrue(added.stream().noneMatch(t -> synonyms.stream().anyMatch(t::contains)), added.toString());
        // each says why it is there: its related words are marked
        for (int i = (int) found; i < ids.size(); i++) {
            String marked = auto.get("hits").get(i).path("highlight").toString();
            assertTrue(related.stream().anyMatch(w -> marked.contains("<mark>" + w)), marked + " " + related);
        }

        // an export's rows do not say how each remark was found: those of the related words only when asked for
        String export = "/api/search.ndjson?q=" + enc("要配慮者");
        assertEquals(String.valueOf(found), exportCount(export));
        assertTrue(Long.parseLong(exportCount(export + "&match=related")) > found);

        assertEquals("exact", ok(q + "&match=exact").get("match").asText(), "a level asked for stays that level");
        assertTrue(!"related".equals(ok(q + "&synonyms=false").get("match").asText()), "the words as typed only");
        // asked for, the related words add up to a page whatever the level found
        JsonNode common = ok("/api/search?q=" + enc("協働") + "&size=100&match=exact");
        JsonNode asked = ok("/api/search?q=" + enc("協働") + "&size=100&match=related");
        assertTrue(common.get("total").asLong() >= 10, common.get("total").toString());
        assertEquals("related", asked.get("match").asText());
        assertTrue(asked.get("total").asLong() > common.get("total").asLong()
                && asked.get("total").asLong() <= common.get("total").asLong() + 10, asked.get("total").toString());
    }

    /** The number of remarks an export streamed ({@code X-Export-Count}). */
    private static String exportCount(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.headers().firstValue("X-Export-Count").orElseThrow();
    }

    /** A word of the query and the forms the answer says it was also searched in. */
    private static List<String> forms(JsonNode answer, String word) {
        List<String> out = new ArrayList<>(List.of(word));
        answer.path("expanded").path(word).forEach(v -> out.add(v.asText()));
        return out;
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
