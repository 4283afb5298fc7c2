package jp.meetingsearch.http;

import static jp.meetingsearch.http.SearchFixture.M1;
import static jp.meetingsearch.http.SearchFixture.M2;
import static jp.meetingsearch.http.SearchFixture.M3;
import static jp.meetingsearch.http.SearchFixture.M4;
import static jp.meetingsearch.http.SearchFixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowseApiIT {
    private SearchFixture fx;

    @BeforeAll
    void start() throws Exception {
        fx = new SearchFixture();
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    private static List<String> meetingIds(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("meetings").forEach(m -> out.add(m.get("id").asText()));
        return out;
    }

    @Test
    void meetingsNewestFirstWithFilters() throws Exception {
        JsonNode all = fx.ok("/api/meetings");
        assertEquals(4, all.get("total").asInt());
        assertEquals(List.of(M4, M2, M3, M1), meetingIds(all));
        JsonNode m = all.get("meetings").get(1);
        assertEquals("令和3年度第3回協働推進委員会", m.get("title").asText());
        assertEquals("協働推進委員会", m.get("body").asText());
        assertEquals("2021-12-21", m.get("date").asText());
        assertEquals(2021, m.get("fiscal_year").asInt());
        assertEquals(3, m.get("session").asInt());
        assertEquals(10, m.get("remarks").asInt());

        assertEquals(List.of(M1, M3, M2, M4), meetingIds(fx.ok("/api/meetings", "sort", "date")));
        assertEquals(List.of(M4, M3), meetingIds(fx.ok("/api/meetings", "body", "子ども・子育て会議")));
        assertEquals(List.of(M2, M3), meetingIds(fx.ok("/api/meetings", "fiscal_year", "令和3年度")));
        assertEquals(List.of(M4), meetingIds(fx.ok("/api/meetings", "fy_from", "2022")));
        assertEquals(List.of(M2), meetingIds(fx.ok("/api/meetings", "date_from", "R3.12.1", "date_to", "2022-12-31")));
        JsonNode page2 = fx.ok("/api/meetings", "size", "3", "page", "2");
        assertEquals(4, page2.get("total").asInt());
        assertEquals(List.of(M1), meetingIds(page2));
    }

    @Test
    void badMeetingListParameters() throws Exception {
        for (String[] p : List.of(new String[]{"size", "0"}, new String[]{"page", "-1"}, new String[]{"date_to", "昨日"},
                new String[]{"sort", "relevance"}, new String[]{"fiscal_year", "x"})) {
            HttpResponse<String> r = fx.get("/api/meetings", p);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("'" + p[0] + "'"), r.body());
        }
    }

    @Test
    void aWholeMeetingWithItsRemarksInOrder() throws Exception {
        JsonNode m = fx.ok("/api/meetings/" + M1);
        assertEquals(M1, m.get("id").asText());
        assertEquals("令和2年度第2回協働推進委員会", m.get("title").asText());
        assertEquals("14:00", m.get("start").asText());
        assertEquals("16:00", m.get("end").asText());
        assertEquals("本庁舎 大会議室", m.get("venue").asText());
        assertEquals(3, m.get("attendees").size());
        assertEquals("磯野", m.at("/attendees/0/name").asText());
        assertEquals("会長", m.at("/attendees/0/role").asText());
        assertEquals(3, m.get("attendee_count").asInt());
        assertEquals(3, m.get("agenda").size());
        assertEquals("行動計画の見直し", m.at("/agenda/1/title").asText());
        assertEquals(10, m.get("remarks").size());
        for (int i = 0; i < 10; i++) {
            JsonNode remark = m.get("remarks").get(i);
            assertEquals(r(M1, i + 1), remark.get("id").asText());
            assertEquals(i + 1, remark.get("order").asInt());
            assertEquals(M1, remark.at("/meeting/id").asText());
        }
        assertEquals("防災の分野でも協働が必要だ。自主防災組織との連携を考えたい。", m.at("/remarks/5/text").asText());
        assertEquals("細川", m.at("/remarks/5/speaker").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2099-01-01-s1-ffffffff", "..%2F..%2Fetc%2Fpasswd", "%2E%2E", "a%00b", "*", "%E4%BC%9A%E8%AD%B0",
            "x%22%7D%7B"})
    void unknownOrImpossibleMeetingIdsAnswerJson404(String id) throws Exception {
        HttpResponse<String> r = fx.getRaw("/api/meetings/" + id);
        assertTrue(r.statusCode() == 404 || r.statusCode() == 400, id + " → " + r.statusCode() + " " + r.body());
        JsonNode body = fx.es.mapper().readTree(r.body());
        assertTrue(body.has("error") && body.has("message"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
        HttpResponse<String> remark = fx.getRaw("/api/remarks/" + id);
        assertEquals(r.statusCode(), remark.statusCode());
        assertTrue(fx.es.mapper().readTree(remark.body()).has("error"), remark.body());
    }

    @Test
    void aRemarkWithItsContext() throws Exception {
        JsonNode alone = fx.ok("/api/remarks/" + r(M2, 5));
        assertEquals("協働事業をさらに進めたいと考えている。", alone.get("text").asText());
        assertEquals(M2, alone.at("/meeting/id").asText());
        assertEquals(0, alone.get("context_before").size());
        assertEquals(0, alone.get("context_after").size());

        JsonNode c = fx.ok("/api/remarks/" + r(M2, 5), "context", "2");
        assertEquals(r(M2, 5), c.get("id").asText());
        assertEquals(List.of(r(M2, 3), r(M2, 4)), ids(c.get("context_before")));
        assertEquals(List.of(r(M2, 6), r(M2, 7)), ids(c.get("context_after")));

        JsonNode edge = fx.ok("/api/remarks/" + r(M3, 2), "context", "3");
        assertEquals(List.of(r(M3, 1)), ids(edge.get("context_before")));
        assertEquals(List.of(r(M3, 3), r(M3, 4), r(M3, 5)), ids(edge.get("context_after")));
        JsonNode last = fx.ok("/api/remarks/" + r(M4, 10), "context", "20");
        assertEquals(9, last.get("context_before").size());
        assertEquals(0, last.get("context_after").size());

        HttpResponse<String> tooMuch = fx.get("/api/remarks/" + r(M2, 5), "context", "21");
        assertEquals(400, tooMuch.statusCode());
        assertTrue(tooMuch.body().contains("'context'"));
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        JsonNode doc = fx.ok("/openapi.json");
        assertEquals("3.1.0", doc.get("openapi").asText());
        assertTrue(doc.at("/paths").has("/api/search"));
        assertTrue(doc.at("/paths").has("/api/meetings/{id}"));
    }

    private static List<String> ids(JsonNode remarks) {
        List<String> out = new ArrayList<>();
        remarks.forEach(x -> out.add(x.get("id").asText()));
        return out;
    }
}
