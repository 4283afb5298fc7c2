package jp.meetingsearch.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.loaders.Loaders;

/**
 * The whole application as the run command serves it (every service, the shipped themes and synonyms) over the
 * sample corpus, loaded once per test run into its own dataset on the test cluster. Tests that hammer the API
 * (hostile requests, load) share it and must not change it.
 */
public final class SampleService {
    private static SampleService instance;

    private final AppConfig cfg;
    private final Javalin app;

    private SampleService(AppConfig cfg, Javalin app) {
        this.cfg = cfg;
        this.app = app;
    }

    /** The service of this test run, loaded and started on first use. */
    public static synchronized SampleService get() throws IOException {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static SampleService start() throws IOException {
        TestCluster es = TestCluster.get();
        AppConfig cfg = es.newDataset();
        Indices indices = new Indices(cfg.indexPrefix());
        new IndexBootstrap(es.client(), IndexDefinitions.load(), indices).ensureAll();
        EsConnection connection = EsConnection.open(cfg, es.mapper());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try (PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            Path sample = Path.of(System.getProperty("project.basedir", ".")).resolve("loaders/sample");
            code = Loaders.loadSample(sample, cfg, es.mapper(), p, p, connection);
        }
        // the CP932 list of the sample rejects one row on purpose (exit 1); anything worse is a broken setup
        if (code > 1) {
            throw new IllegalStateException("the sample corpus did not load (" + code + "):\n" + out);
        }
        Javalin app = ApiServer.create(cfg, es.mapper(),
                ApiServer.Services.forCluster(connection.client(), es.mapper(), indices, cfg)).start(0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                es.deleteDataset(cfg.indexPrefix());
            } catch (IOException ignored) {
                // the test node is thrown away anyway
            }
            connection.close();
        }, "stop-sample-service"));
        return new SampleService(cfg, app);
    }

    /** The port the API listens on (127.0.0.1). */
    public int port() {
        return app.port();
    }

    /** The dataset's configuration. */
    public AppConfig config() {
        return cfg;
    }
}
