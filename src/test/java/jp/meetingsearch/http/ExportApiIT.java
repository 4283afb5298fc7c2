package jp.meetingsearch.http;

import static jp.meetingsearch.http.SearchFixture.M1;
import static jp.meetingsearch.http.SearchFixture.M3;
import static jp.meetingsearch.http.SearchFixture.M4;
import static jp.meetingsearch.http.SearchFixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiIT {
    private SearchFixture fx;

    @BeforeAll
    void start() throws Exception {
        fx = new SearchFixture();
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    private static List<CSVRecord> csv(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().startsWith("\uFEFF"), "UTF-8 byte order mark first");
        try (CSVParser p = CSVParser.parse(new StringReader(r.body().substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void csvExportReadsBackWithNeutralisedFormulas() throws Exception {
        HttpResponse<String> r = fx.get("/api/search.csv", "meeting", M1, "sort", "date");
        List<CSVRecord> rows = csv(r);
        assertEquals("10", r.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals("10", r.headers().firstValue("X-Export-Count").orElseThrow());
        assertEquals(10, rows.size());
        assertEquals(r(M1, 1), rows.getFirst().get("id"));
        assertEquals("2020-11-10", rows.getFirst().get("meeting_date"));
        assertEquals("2020", rows.getFirst().get("fiscal_year"));
        assertEquals("(1)", rows.getFirst().get("agenda_number"));
        CSVRecord formula = rows.get(8);
        assertEquals(r(M1, 9), formula.get("id"));
        assertEquals("'=1+2 のような式が資料に残っていた。修正をお願いしたい。", formula.get("text"));
        assertEquals("細川", rows.get(5).get("speaker"));
        assertEquals("", rows.get(4).get("speaker"));
        assertTrue(r.body().contains("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void csvOfAQueryWithQuotesAndPlusSigns() throws Exception {
        List<CSVRecord> rows = csv(fx.get("/api/search.csv", "q", "地域食堂 | 資料", "sort", "date"));
        List<String> texts = new ArrayList<>();
        rows.forEach(x -> texts.add(x.get("text")));
        assertEquals(List.of("'=1+2 のような式が資料に残っていた。修正をお願いしたい。",
                "資料<script>alert(1)</script>の表記が崩れている。",
                "'+αの取り組みとして地域食堂を紹介したい。"), texts);
    }

    @Test
    void ndjsonExportStreamsEveryMatchOneObjectPerLine() throws Exception {
        HttpResponse<String> r = fx.get("/api/search.ndjson", "body", "子ども・子育て会議", "sort", "date");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/x-ndjson"));
        assertEquals("20", r.headers().firstValue("X-Total-Count").orElseThrow());
        String[] lines = r.body().split("\n");
        assertEquals(20, lines.length);
        JsonNode first = fx.es.mapper().readTree(lines[0]);
        assertEquals(r(M3, 1), first.get("id").asText());
        assertEquals("佐藤 一郎", first.get("speaker").asText());
        assertEquals(M3, first.at("/meeting/id").asText());
        assertEquals(r(M4, 10), fx.es.mapper().readTree(lines[19]).get("id").asText());
    }

    @Test
    void exportsStopAtTheConfiguredMaximumAndSaySo() throws Exception {
        try (SearchFixture small = new SearchFixture(Map.of("EXPORT_MAX", "4"))) {
            HttpResponse<String> r = small.get("/api/search.csv", "sort", "date");
            List<CSVRecord> rows = csv(r);
            assertEquals(4, rows.size());
            assertEquals("40", r.headers().firstValue("X-Total-Count").orElseThrow());
            assertEquals("4", r.headers().firstValue("X-Export-Count").orElseThrow());
            assertEquals("4", r.headers().firstValue("X-Export-Limit").orElseThrow());
        }
    }

    @Test
    void exportParametersAreCheckedBeforeStreaming() throws Exception {
        HttpResponse<String> r = fx.get("/api/search.csv", "date_from", "昨日");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("'date_from'"), r.body());
        assertEquals(400, fx.get("/api/search.ndjson", "sort", "foo").statusCode());
    }

    @Test
    void kwicWindowsAtTextEdges() throws Exception {
        JsonNode k = fx.ok("/api/kwic", "q", "防災", "width", "5", "sort", "date");
        assertEquals(3, k.get("total").asInt());
        List<String> lines = new ArrayList<>();
        k.get("lines").forEach(l -> lines.add(l.get("left").asText() + "[" + l.get("match").asText() + "]"
                + l.get("right").asText() + " " + l.get("remark_id").asText() + " " + l.get("role").asText()));
        assertEquals(List.of(
                "[防災]の分野でも " + r(M1, 6) + " 副会長",
                "要だ。自主[防災]組織との連 " + r(M1, 6) + " 副会長",
                "[防災]訓練に親子 " + r(M3, 4) + " 委員",
                "マの一つは[防災] " + r(M4, 7) + " 会長"), lines);
        assertEquals(M4, k.at("/lines/3/meeting/id").asText());
        assertEquals("2023-02-14", k.at("/lines/3/meeting/date").asText());
        assertEquals(false, k.get("truncated").asBoolean());
        JsonNode wide = fx.ok("/api/kwic", "q", "防災", "width", "200", "sort", "date", "meeting", M4);
        assertEquals("来年度の重点テーマの一つは", wide.at("/lines/0/left").asText());
        assertEquals("", wide.at("/lines/0/right").asText());
    }

    @Test
    void kwicLinesAreBoundedAndCsvToo() throws Exception {
        JsonNode k = fx.ok("/api/kwic", "q", "防災", "size", "2", "sort", "date");
        assertEquals(2, k.get("lines").size());
        assertTrue(k.get("truncated").asBoolean());
        HttpResponse<String> r = fx.get("/api/kwic.csv", "q", "防災", "width", "3", "sort", "date");
        List<CSVRecord> rows = csv(r);
        assertEquals(4, rows.size());
        assertEquals("", rows.getFirst().get("left"));
        assertEquals("防災", rows.getFirst().get("match"));
        assertEquals("の分野", rows.getFirst().get("right"));
        assertEquals(r(M1, 6), rows.getFirst().get("remark_id"));
        assertEquals("2020-11-10", rows.getFirst().get("meeting_date"));
        for (String[] bad : List.of(new String[]{"width", "0"}, new String[]{"width", "201"},
                new String[]{"size", "501"}, new String[]{"q", ""}, new String[]{"q", "-防災"})) {
            HttpResponse<String> b = bad[0].equals("q") ? fx.get("/api/kwic", bad)
                    : fx.get("/api/kwic", "q", "防災", bad[0], bad[1]);
            assertEquals(400, b.statusCode(), String.join("=", bad));
            assertTrue(b.body().contains("'" + bad[0] + "'"), b.body());
        }
    }
}
