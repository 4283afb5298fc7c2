package jp.meetingsearch.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.TestCluster;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project lists: load → yearly counts through the API equal counts computed here from the CSV itself. */
class ProjectsLoaderIT {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    private static final Path SAMPLE = ROOT.resolve("loaders/sample/projects/kyodo-jigyo.csv");

    private final TestCluster es = TestCluster.get();
    private final AppConfig cfg = es.newDataset();
    private final LoaderHarness loader = new LoaderHarness(es, cfg);
    private final HttpClient http = ApiContract.httpClient();

    @AfterEach
    void cleanUp() throws Exception {
        es.deleteDataset(cfg.indexPrefix());
    }

    @Test
    void yearlyCountsEqualTheListAndSurviveAReloadAndAnEdit(@TempDir Path dir) throws Exception {
        Path list = loadedSample(dir);
        Map<Integer, Integer> expected = countPerYear(list);
        assertEquals(expected, yearlyFromApi(null));

        LoaderHarness.Run again = loader.projects(list.toString());
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("0 new"), again.out());
        assertEquals(expected, yearlyFromApi(null));

        // drop the last project of the list and add one to another year, as a spreadsheet would save it
        withoutLastRow(list, list, List.of("999", "令和3年度", "新しい協働事業", "市民協働課", "NPO法人テスト", "共催", "○",
                "", "全市", "概要", ""));
        LoaderHarness.Run edited = loader.projects(list.toString());
        assertEquals(0, edited.exitCode(), edited.out());
        assertTrue(edited.out().contains("1 stale deleted"), edited.out());
        assertEquals(countPerYear(list), yearlyFromApi(null));
    }

    @Test
    void aListOfMoreRowsThanAnIdsQueryTakesLoadsAndReloads(@TempDir Path dir) throws Exception {
        // Elasticsearch refuses an ids query of more than 10,000 ids: one list of 10,050 projects is one file, and the
        // load compares all its rows with those stored before
        int rows = 10_050;
        Path list = dir.resolve("kyodo-jigyo-large.csv");
        List<String> sample = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        int header = 0;
        while (!sample.get(header).startsWith("No") && !sample.get(header).contains(",年度,")) {
            header++;
        }
        try (java.io.Writer w = Files.newBufferedWriter(list, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            w.write(String.join("\r\n", sample.subList(0, header + 1)) + "\r\n");
            for (int i = 1; i <= rows; i++) {
                p.printRecord(String.valueOf(i), "令和" + (1 + i % 6) + "年度", "協働事業" + i, "市民協働課",
                        "NPO法人テスト" + i % 50, "共催", i % 3 == 0 ? "○" : "", "", "全市", "概要", "");
            }
        }
        LoaderHarness.Run first = loader.projects(list.toString());
        assertEquals(0, first.exitCode(), first.out());
        assertEquals(rows, loader.count("projects", null));

        withoutLastRow(list, list, null);
        LoaderHarness.Run again = loader.projects(list.toString());
        assertEquals(0, again.exitCode(), again.out());
        assertTrue(again.out().contains("1 stale deleted"), again.out());
        assertEquals(rows - 1, loader.count("projects", null));
        assertEquals(countPerYear(list), yearlyFromApi(null));
    }

    @Test
    void aRenamedListReplacesItsRowsInsteadOfDoublingThem(@TempDir Path dir) throws Exception {
        Path list = loadedSample(dir);
        long rows = loader.count("projects", null);
        Map<Integer, Integer> expected = countPerYear(list);

        Path renamed = dir.resolve("kyodo-jigyo-2024.csv");
        Files.move(list, renamed);
        LoaderHarness.Run run = loader.projects(renamed.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertEquals(rows, loader.count("projects", null));
        assertEquals(expected, yearlyFromApi(null));
        assertTrue(run.out().contains(renamed + ": " + rows + " rows were loaded from " + list
                + " before (the same identity); they now come from this file"), run.out());
        assertEquals(rows, loader.count("projects", "{\"term\":{\"source_path\":\"" + renamed + "\"}}"));

        // renamed again and edited: the row the new list lacks is not deleted on a guess, it is named
        Path edited = dir.resolve("kyodo-jigyo-final.csv");
        withoutLastRow(renamed, edited, null);
        LoaderHarness.Run second = loader.projects(edited.toString());
        assertEquals(0, second.exitCode(), second.out());
        assertTrue(second.out().contains("1 other row loaded from " + renamed + " stays"), second.out());
        assertEquals(rows, loader.count("projects", null));
    }

    @Test
    void aListThatCannotBeReadChangesNothingLoadedBefore(@TempDir Path dir) throws Exception {
        Path list = loadedSample(dir);
        long before = loader.count("projects", null);
        Files.write(list, new byte[] {(byte) 0x82, (byte) 0xa0, (byte) 0xff, (byte) 0xfe, 0x00, 0x41, (byte) 0x80});
        LoaderHarness.Run run = loader.projects(list.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("kyodo-jigyo.csv"), run.out());
        assertEquals(before, loader.count("projects", null));
    }

    @Test
    void filtersNarrowTheYearlyCounts() throws Exception {
        assertEquals(0, loader.projects(SAMPLE.toString()).exitCode());
        Map<Integer, Integer> all = yearlyFromApi(null);
        Map<Integer, Integer> r3 = yearlyFromApi("fiscal_year=" + enc("令和3年度"));
        assertEquals(Map.of(2021, all.get(2021)), r3);
        Map<Integer, Integer> commission = yearlyFromApi("form=" + enc("委託"));
        assertTrue(commission.values().stream().mapToInt(Integer::intValue).sum()
                < all.values().stream().mapToInt(Integer::intValue).sum());
        JsonNode body = get("/api/projects/yearly?new=true", 200);
        body.get("years").forEach(y -> assertEquals(y.get("count").asLong(), y.get("is_new").asLong()));
        JsonNode bad = get("/api/projects/yearly?fiscal_year=" + enc("来年"), 400);
        assertTrue(bad.get("message").asText().contains("fiscal_year"), bad.toString());
        JsonNode page = get("/api/projects?size=5&department=" + enc("市民協働課"), 200);
        assertEquals(5, page.get("projects").size());
        page.get("projects").forEach(p -> assertEquals("市民協働課", p.get("department").asText()));
    }

    @Test
    void theListExportsAsCsvUnderTheSameFilters() throws Exception {
        assertEquals(0, loader.projects(SAMPLE.toString()).exitCode());
        String dept = enc("市民協働課");
        JsonNode page = get("/api/projects?size=100&department=" + dept, 200);
        HttpResponse<String> csv = getRaw("/api/projects.csv?department=" + dept);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        assertEquals(page.get("total").asText(), csv.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(csv.body().startsWith("\uFEFF"), "a byte order mark for spreadsheets");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new java.io.StringReader(csv.body().substring(1))).getRecords();
        assertEquals("id", rows.get(0).get(0));
        assertEquals(page.get("total").asLong(), rows.size() - 1);
        for (int i = 0; i < page.get("projects").size(); i++) {
            assertEquals(page.at("/projects/" + i + "/id").asText(), rows.get(i + 1).get(0), "the list's order");
            assertEquals("市民協働課", rows.get(i + 1).get(4));
        }
        long all = get("/api/projects?size=1", 200).get("total").asLong();
        assertEquals(all, CSVFormat.DEFAULT.parse(new java.io.StringReader(getRaw("/api/projects.csv").body().substring(1)))
                .getRecords().size() - 1, "every row without filters");
    }

    @Test
    void theCp932ListLoadsThroughItsColumnMapping() throws Exception {
        Path csv = ROOT.resolve("loaders/sample/projects/renkei-jisseki-cp932.csv");
        Path columns = ROOT.resolve("loaders/columns/renkei-jisseki.columns");
        LoaderHarness.Run run = loader.projects(csv.toString(), "--columns", columns.toString());
        assertEquals(1, run.exitCode(), "the sample has one row rejected on purpose: " + run.out());
        assertTrue(run.out().contains("renkei-jisseki-cp932.csv:"), run.out());
        assertTrue(loader.count("projects", null) > 0);
    }

    /** The sample list copied into {@code dir} and loaded from there. */
    private Path loadedSample(Path dir) throws Exception {
        Path list = dir.resolve("kyodo-jigyo.csv");
        Files.copy(SAMPLE, list);
        assertEquals(0, loader.projects(list.toString()).exitCode());
        return list;
    }

    /** Writes the list {@code from} to {@code to} without its last row, and with {@code added} as a new one. */
    private static void withoutLastRow(Path from, Path to, List<String> added) throws Exception {
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(from, StandardCharsets.UTF_8)) {
            records = CSVFormat.DEFAULT.parse(r).getRecords();
        }
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(to, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            for (CSVRecord rec : records.subList(0, records.size() - 1)) {
                p.printRecord(rec.toList());
            }
            if (added != null) {
                p.printRecord(added);
            }
        }
    }

    /** Rows per fiscal year counted from the CSV with Commons CSV, independently of the loader. */
    private static Map<Integer, Integer> countPerYear(Path csv) throws Exception {
        Map<Integer, Integer> counts = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            boolean header = false;
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
                if (!header) {
                    header = rec.size() > 2 && "年度".equals(rec.get(1));
                    continue;
                }
                String fy = rec.get(1);
                if (fy.isBlank() || rec.get(2).isBlank()) {
                    continue;
                }
                int reiwa = fy.contains("元") ? 1 : Integer.parseInt(fy.replaceAll("[^0-9]", ""));
                counts.merge(2018 + reiwa, 1, Integer::sum);
            }
        }
        return counts;
    }

    private Map<Integer, Integer> yearlyFromApi(String query) throws Exception {
        JsonNode body = get("/api/projects/yearly" + (query == null ? "" : "?" + query), 200);
        Map<Integer, Integer> m = new TreeMap<>();
        body.get("years").forEach(y -> m.put(y.get("fiscal_year").asInt(), y.get("count").asInt()));
        return m;
    }

    private HttpResponse<String> getRaw(String path) throws Exception {
        Javalin app = ApiServer.create(cfg, es.mapper(),
                ApiServer.Services.forCluster(es.client(), es.mapper(), new Indices(cfg.indexPrefix()), cfg)).start(0);
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            app.stop();
        }
    }

    private JsonNode get(String path, int status) throws Exception {
        Javalin app = ApiServer.create(cfg, es.mapper(),
                ApiServer.Services.forCluster(es.client(), es.mapper(), new Indices(cfg.indexPrefix()), cfg)).start(0);
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(status, r.statusCode(), r.body());
            return es.mapper().readTree(r.body());
        } finally {
            app.stop();
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
