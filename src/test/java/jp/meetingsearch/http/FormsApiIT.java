package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.loaders.Loaders;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real records in their published forms, loaded by the real loader into a real node: the summary counts what the
 * files held, and the API returns each remark's source, filters by 会派 ({@code group=}) and counts it as a facet.
 */
class FormsApiIT {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    private static final Path REAL = ROOT.resolve("src/test/resources/real");

    private final TestCluster es = TestCluster.get();
    private final AppConfig cfg = es.newDataset();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void cleanUp() throws Exception {
        es.deleteDataset(cfg.indexPrefix());
    }

    private record Run(int code, String out) {
    }

    private Run load(boolean minutes, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = minutes ? Loaders.loadMinutes(args, cfg, es.mapper(), o, e, null)
                    : Loaders.loadProjects(args, cfg, es.mapper(), o, e, null);
            return new Run(code, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        }
    }

    private JsonNode get(Javalin app, String path, String... params) throws Exception {
        StringBuilder q = new StringBuilder(path);
        for (int i = 0; i < params.length; i += 2) {
            q.append(i == 0 ? '?' : '&').append(params[i]).append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + q))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return es.mapper().readTree(r.body());
    }

    @Test
    void aFolderOfPublishedFormsLoadsWithSourcesAndGroupsTheApiServes(@TempDir Path dir) throws Exception {
        Files.copy(REAL.resolve("diet/kokkai-speech-seiji-shikin.json"), dir.resolve("kokkai-speech-seiji-shikin.json"));
        Files.copy(REAL.resolve("assembly/takasago-giun-r050412.pdf"), dir.resolve("takasago-giun-r050412.pdf"));
        Run run = load(true, dir.toString());
        assertEquals(0, run.code(), run.out());
        // one answer of the Kokkai API holds 10 meetings (26 speeches); the PDF one meeting of 25 turns
        int pdfTurns = turns("assembly/takasago-giun-r050412.turns.tsv");
        assertTrue(run.out().contains("read 2 files: 2 loaded, 0 partly, 0 rejected"), run.out());
        assertTrue(run.out().contains("indexed: meetings 11, remarks " + (26 + pdfTurns)), run.out());
        assertTrue(run.out().contains("speech items: 30 read, 0 left out"), run.out());

        Javalin app = TestApp.start(cfg, es.mapper(), TestApp.services(cfg, es.client()));
        try {
            JsonNode komei = get(app, "/api/search", "group", "公明党", "size", "100");
            assertEquals(2, komei.get("total").asInt(), komei.toString());
            for (JsonNode hit : komei.get("hits")) {
                assertEquals("公明党", hit.get("group").asText());
                assertEquals("宮崎勝", hit.get("speaker").asText());
                assertTrue(hit.at("/source/url").asText().startsWith("https://kokkai.ndl.go.jp/txt/"), hit.toString());
                assertTrue(hit.at("/source/file").asText().endsWith("kokkai-speech-seiji-shikin.json"), hit.toString());
            }
            List<String> groups = new ArrayList<>();
            get(app, "/api/search", "q", "政治資金").at("/facets/group").forEach(b -> groups.add(b.get("key").asText()));
            assertTrue(groups.contains("公明党"), groups.toString());

            String meeting = get(app, "/api/meetings", "date_from", "2023-04-12", "date_to", "2023-04-12")
                    .at("/meetings/0/id").asText();
            JsonNode pdf = get(app, "/api/search", "meeting", meeting, "size", "100", "sort", "date");
            assertEquals(pdfTurns, pdf.get("total").asInt(), pdf.toString());
            for (JsonNode hit : pdf.get("hits")) {
                assertTrue(hit.at("/source/file").asText().endsWith("takasago-giun-r050412.pdf"), hit.toString());
                assertTrue(hit.at("/source/page").asInt() >= 1, hit.toString());
                assertTrue(hit.at("/source/url").isNull(), hit.toString());
            }
            JsonNode whole = get(app, "/api/meetings/" + meeting);
            whole.get("remarks").forEach(r -> assertTrue(r.at("/source/page").asInt() >= 1, r.toString()));
            JsonNode one = get(app, "/api/remarks/" + komei.at("/hits/0/id").asText());
            assertEquals("公明党", one.get("group").asText());
            assertTrue(one.at("/source/url").asText().startsWith("https://kokkai.ndl.go.jp/"), one.toString());
        } finally {
            app.stop();
        }
    }

    @Test
    void aListWithRejectedRowsIsLoadedInPartAndSaysHowMany(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("kyodo.csv");
        StringBuilder rows = new StringBuilder("年度,事業名,担当課\n");
        for (int i = 1; i <= 88; i++) {
            // the rows from the 40th on have no name: 49 rows rejected, 39 loaded
            rows.append(i >= 40 ? "2023,,企画課\n" : "2023,協働事業" + i + ",企画課\n");
        }
        Files.writeString(csv, rows.toString(), StandardCharsets.UTF_8);
        Run run = load(false, csv.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("read 1 file: 0 loaded, 1 partly, 0 rejected"), run.out());
        assertTrue(run.out().contains("indexed: projects 39"), run.out());
        assertTrue(run.out().contains("rows: 88 read, 49 left out (listed under rejected)"), run.out());
    }

    @Test
    void aJsonFileWithAMeetingLeftOutIsLoadedInPart(@TempDir Path dir) throws Exception {
        String json = Files.readString(REAL.resolve("export/poliinfo2-tokyo-draft-committees.json"));
        // the second record loses its date: it is left out by name, the first loads
        Files.writeString(dir.resolve("tokyo.json"), json.replace("\"2000/6/28\"", "\"不明\""));
        Run run = load(true, dir.resolve("tokyo.json").toString(), "--dry-run");
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("read 1 file: 0 parsed, 1 partly, 0 rejected"), run.out());
        assertTrue(run.out().contains("parsed: meetings 1, remarks "), run.out());
        assertTrue(run.out().contains("speech items: 55 read, 1 left out"), run.out());
        assertTrue(run.out().contains("弔詞起草特別委員会速記録第一号): no meeting date"), run.out());
    }

    private static int turns(String tsv) throws Exception {
        return (int) Files.readAllLines(REAL.resolve(tsv)).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("speaker\t")).count();
    }
}
