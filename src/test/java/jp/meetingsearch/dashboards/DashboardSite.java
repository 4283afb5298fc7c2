package jp.meetingsearch.dashboards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.loaders.Loaders;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.TestCluster;

/** The real service on a random port over a fresh dataset holding the sample corpus, as a user would run it. */
final class DashboardSite implements AutoCloseable {
    private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", ".")).resolve("loaders/sample");

    private final TestCluster es = TestCluster.get();
    private final AppConfig cfg = es.newDataset();
    private final HttpClient http = ApiContract.httpClient();
    private final Javalin app;

    DashboardSite() throws IOException {
        this(List.of());
    }

    /** The sample corpus and the given minutes files besides (records with 会派, which the sample lacks). */
    DashboardSite(List<Path> moreMinutes) throws IOException {
        Indices indices = new Indices(cfg.indexPrefix());
        new IndexBootstrap(es.client(), IndexDefinitions.load(), indices).ensureAll();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            int code = Loaders.loadSample(SAMPLE, cfg, es.mapper(), out, out, null);
            // 1 = some rows rejected: the sample keeps one undated row on purpose
            if (code > 1) {
                throw new IllegalStateException("the sample corpus did not load (exit " + code + "):\n"
                        + log.toString(StandardCharsets.UTF_8));
            }
            if (!moreMinutes.isEmpty()) {
                int more = Loaders.loadMinutes(moreMinutes.stream().map(Path::toString).toArray(String[]::new), cfg,
                        es.mapper(), out, out, null);
                if (more != 0) {
                    throw new IllegalStateException("the minutes did not load (exit " + more + "):\n"
                            + log.toString(StandardCharsets.UTF_8));
                }
            }
        }
        app = ApiServer.create(cfg, es.mapper(), ApiServer.Services.forCluster(es.client(), es.mapper(), indices, cfg))
                .start(0);
    }

    /** The absolute URL of a path on the service, e.g. {@code /projects.html}. */
    String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    /** GETs a JSON answer of the API (status 200 expected). */
    JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return es.mapper().readTree(r.body());
    }

    /** The HTTP status and body of a path, for checks of what the pages load. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        app.stop();
        es.deleteDataset(cfg.indexPrefix());
    }
}
