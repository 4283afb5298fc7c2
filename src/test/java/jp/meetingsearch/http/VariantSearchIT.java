package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 異体字 through the API: 山崎 finds 山﨑 in remark text, speaker filters and project fields; values stay as written. */
class VariantSearchIT {
    private static SearchFixture site;

    @BeforeAll
    static void start() throws Exception {
        site = new SearchFixture();
        Indices indices = new Indices(site.cfg.indexPrefix());
        JsonNode meeting = site.ok("/api/meetings/" + SearchFixture.M1);
        ObjectNode doc = site.es.mapper().createObjectNode();
        doc.put("id", SearchFixture.r(SearchFixture.M1, 901)).put("meeting_id", SearchFixture.M1)
                .put("meeting_title", meeting.get("title").asText()).put("meeting_date", meeting.get("date").asText())
                .put("fiscal_year", meeting.get("fiscal_year").asInt()).put("body", meeting.get("body").asText())
                .put("order", 901).put("section", "その他").put("role", "委員").put("role_group", "member")
                .put("speaker", "山﨑太郎").put("role_inferred", false)
                .put("text", "山﨑委員から、廣報紙で齋藤さんの活動を紹介してはどうかとの意見があった。").put("chars", 36)
                .put("source_file", "variants.txt").put("format", "summary");
        doc.putObject("source").put("file", "variants.txt").putNull("url").putNull("page");
        site.es.request("PUT", "/" + indices.alias(IndexName.REMARKS) + "/_doc/" + doc.get("id").asText() + "?refresh=true",
                doc.toString());
        site.es.request("PUT", "/" + indices.alias(IndexName.PROJECTS) + "/_doc/p-variants?refresh=true",
                "{\"id\":\"p-variants\",\"fiscal_year\":2021,\"name\":\"櫻の植樹と濵辺の清掃\",\"department\":\"廣報課\","
                        + "\"partners\":[\"髙橋造園\"],\"form\":\"共催\",\"source\":\"t.csv\",\"line\":2,"
                        // every field the project loader writes (the API answers them as the schema says)
                        + "\"project_id\":\"pj-variants\",\"source_path\":\"t.csv\"}");
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    private static List<String> ids(JsonNode answer) {
        return SearchFixture.ids(answer);
    }

    @Test
    void theUsualFormFindsTheVariantInRemarkTextWithItsHighlight() throws Exception {
        String id = SearchFixture.r(SearchFixture.M1, 901);
        for (String q : List.of("山崎", "山﨑", "広報", "斎藤", "齊藤")) {
            JsonNode answer = site.ok("/api/search", "q", q);
            assertTrue(ids(answer).contains(id), q + " finds the remark that writes its variant: " + ids(answer));
        }
        JsonNode hit = site.ok("/api/search", "q", "山崎").get("hits").get(0);
        assertEquals(id, hit.get("id").asText());
        assertTrue(hit.get("highlight").toString().contains("<mark>山﨑</mark>"), "marked as written: " + hit.get("highlight"));
        assertTrue(hit.get("text").asText().startsWith("山﨑委員"), "the text stays as written");
    }

    @Test
    void speakerFiltersAndKwicFindEverySpelling() throws Exception {
        String id = SearchFixture.r(SearchFixture.M1, 901);
        JsonNode bySpeaker = site.ok("/api/search", "speaker", "山崎太郎");
        assertEquals(List.of(id), ids(bySpeaker));
        assertEquals("山﨑太郎", bySpeaker.at("/hits/0/speaker").asText(), "displayed as written");
        assertEquals(List.of(id), ids(site.ok("/api/search", "speaker", "山﨑太郎")));
        JsonNode kwic = site.ok("/api/kwic", "q", "山崎");
        assertTrue(kwic.toString().contains("山﨑"), kwic.toString());
    }

    @Test
    void projectFieldsAndFiltersFindEverySpelling() throws Exception {
        JsonNode byDepartment = site.ok("/api/projects", "department", "広報課");
        assertEquals(1, byDepartment.get("total").asLong());
        assertEquals("廣報課", byDepartment.at("/projects/0/department").asText());
        for (String q : List.of("桜", "浜辺", "高橋")) {
            assertEquals(1, site.ok("/api/projects", "q", q).get("total").asLong(), q);
        }
    }
}
