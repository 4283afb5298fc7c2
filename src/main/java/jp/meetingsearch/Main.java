package jp.meetingsearch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.config.ConfigException;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.elasticsearch.LocalNodeException;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexVersionException;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.loaders.Loaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Command-line entry point: {@code serve} runs the HTTP API (starting the local node when no cluster is given). */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    static final int EXIT_USAGE = 2;
    static final int EXIT_UNAVAILABLE = 3;

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int code;
        try {
            code = switch (args[0]) {
                case "serve" -> serve(AppConfig.fromEnvironment());
                case "load-minutes" -> Loaders.loadMinutes(rest, AppConfig.fromEnvironment(), Json.newMapper(),
                        System.out, System.err, null);
                case "load-projects" -> Loaders.loadProjects(rest, AppConfig.fromEnvironment(), Json.newMapper(),
                        System.out, System.err, null);
                default -> usage();
            };
        } catch (ConfigException e) {
            System.err.println("configuration error: " + e.getMessage());
            code = EXIT_USAGE;
        } catch (LocalNodeException e) {
            System.err.println("Elasticsearch: " + e.getMessage());
            code = EXIT_UNAVAILABLE;
        } catch (IndexVersionException e) {
            System.err.println("indices: " + e.getMessage());
            code = 1;
        } catch (RuntimeException e) {
            LOG.error("failed", e);
            code = 1;
        }
        System.exit(code);
    }

    private static int usage() {
        System.err.println("usage: meeting-search serve | load-minutes PATH... | load-projects FILE.csv...");
        System.exit(EXIT_USAGE);
        return EXIT_USAGE;
    }

    /** Loads the sample corpus when all three indices are empty (a first start, or after they were deleted). */
    private static void loadSampleIfEmpty(AppConfig cfg, ObjectMapper mapper, EsConnection es, Indices indices)
            throws java.io.IOException {
        long docs = 0;
        for (IndexName n : IndexName.values()) {
            String alias = indices.alias(n);
            docs += es.client().count(c -> c.index(alias)).count();
        }
        if (docs > 0) {
            return;
        }
        Path sample = Path.of(System.getProperty("project.basedir", ".")).resolve("loaders").resolve("sample");
        LOG.info("Loading the sample corpus from {} (SAMPLE_DATA=false skips this)", sample);
        int code = Loaders.loadSample(sample, cfg, mapper, System.out, System.err, es);
        if (code != 0) {
            LOG.warn("The sample corpus loaded with problems (exit code {}); see above", code);
        }
    }

    /** Runs the API until the process is interrupted (Ctrl-C), then stops the server and a node it started. */
    static int serve(AppConfig cfg) {
        ObjectMapper mapper = Json.newMapper();
        EsConnection es = EsConnection.open(cfg, mapper);
        Indices indices = new Indices(cfg.indexPrefix());
        try {
            new IndexBootstrap(es.client(), IndexDefinitions.load(), indices).ensureAll();
            if (cfg.sampleData()) {
                loadSampleIfEmpty(cfg, mapper, es, indices);
            }
        } catch (java.io.IOException e) {
            es.close();
            throw new LocalNodeException("Elasticsearch at " + es.url() + " did not answer: " + e.getMessage(), e);
        }
        Javalin app = ApiServer.create(cfg, mapper, ApiServer.Services.forCluster(es.client(), mapper, indices,
                System.getenv()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            es.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            app.start(cfg.port());
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof java.net.BindException)) {
                cause = cause.getCause();
            }
            if (cause == null) {
                throw e;
            }
            System.err.println("port " + cfg.port() + " is in use by another program; stop it or choose another "
                    + "port with PORT");
            return EXIT_USAGE;
        }
        System.out.println();
        String base = "http://localhost:" + app.port();
        System.out.println("  Search      " + base + "/");
        System.out.println("  Projects    " + base + "/projects.html");
        System.out.println("  Discussion  " + base + "/discussion.html");
        System.out.println("  API         " + base + "/api/health  (all endpoints: " + base + "/openapi.json)");
        System.out.println("  Elasticsearch " + es.url());
        System.out.println("  Stop with Ctrl-C");
        System.out.println();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
