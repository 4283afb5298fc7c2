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
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.loaders.Loaders;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.TestCluster;
import jp.meetingsearch.themes.Taxonomy;

/** The real service on a random port over a fresh dataset holding the sample corpus, as a user would run it. */
final class DashboardSite implements AutoCloseable {
    private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", ".")).resolve("loaders/sample");

    private final TestCluster es = TestCluster.get();
    private final AppConfig cfg;
    private final HttpClient http = ApiContract.httpClient();
    private final Javalin app;

    DashboardSite() throws IOException {
        this(List.of());
    }

    /** The sample corpus and the given minutes files besides (records with 会派, which the sample lacks). */
    DashboardSite(List<Path> moreMinutes) throws IOException {
        this(moreMinutes, List.of());
    }

    /**
     * The sample corpus, then the given project lists and minutes files (a list of the sample minutes' city, whose
     * projects the remarks discuss), loaded by the real loaders so the remarks carry their project links.
     */
    DashboardSite(List<Path> moreMinutes, List<Path> moreLists) throws IOException {
        this(moreMinutes, moreLists, Map.of());
    }

    /** The sample corpus, with the service's {@code settings} (environment variables) besides. */
    DashboardSite(Map<String, String> settings) throws IOException {
        this(List.of(), List.of(), settings);
    }

    private DashboardSite(List<Path> moreMinutes, List<Path> moreLists, Map<String, String> settings)
            throws IOException {
        cfg = es.newDataset(settings);
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
            load("lists", moreLists, Loaders::loadProjects, out, log);
            load("minutes", moreMinutes, Loaders::loadMinutes, out, log);
        }
        // the service's own settings, FACET_SAMPLE_SIZE among them (the sample corpus is too small to be sampled
        // unless a class sets it lower)
        SearchSettings search = SearchSettings.of(cfg);
        app = ApiServer.create(cfg, es.mapper(), ApiServer.Services.forCluster(es.client(), es.mapper(), indices,
                search, new Taxonomy(cfg.search().themesFile()),
                ApiServer.Services.synonymFile(search))).start(0);
    }

    /** A loader's entry point: arguments, configuration, mapper, out, err, progress; its exit code. */
    private interface Loader {
        int run(String[] args, AppConfig cfg, com.fasterxml.jackson.databind.ObjectMapper mapper, PrintStream out,
                PrintStream err, jp.meetingsearch.elasticsearch.EsConnection shared);
    }

    /** Loads the files with one loader (nothing when there are none); any exit but 0 stops the site. */
    private void load(String what, List<Path> files, Loader loader, PrintStream out, ByteArrayOutputStream log) {
        if (files.isEmpty()) {
            return;
        }
        int code = loader.run(files.stream().map(Path::toString).toArray(String[]::new), cfg, es.mapper(), out, out,
                null);
        if (code != 0) {
            throw new IllegalStateException("the " + what + " did not load (exit " + code + "):\n"
                    + log.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * Puts a copy of the remarks' index behind their alias whose only shard may go to no node, as while the node
     * holding part of the data is down: every search of the remarks is then refused with {@code data_unavailable}.
     * Closing what it returns takes the copy away again.
     */
    AutoCloseable remarksPartlyAway() throws IOException {
        String alias = new Indices(cfg.indexPrefix()).alias(IndexName.REMARKS);
        String away = es.addUnavailableCopy(alias);
        return () -> {
            es.request("POST", "/_aliases", "{\"actions\":[{\"remove\":{\"index\":\"" + away
                    + "\",\"alias\":\"" + alias + "\"}}]}");
            es.request("DELETE", "/" + away, null);
        };
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
