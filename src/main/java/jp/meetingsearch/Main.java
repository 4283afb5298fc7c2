package jp.meetingsearch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.config.ConfigException;
import jp.meetingsearch.admin.AdminActions;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.elasticsearch.EsFailures;
import jp.meetingsearch.elasticsearch.LocalNodeException;
import jp.meetingsearch.health.Readiness;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexVersionException;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.loaders.Loaders;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.search.SynonymFile;
import jp.meetingsearch.themes.Taxonomy;
import jp.meetingsearch.themes.TaxonomyException;
import jp.meetingsearch.themes.ThemeTagger;
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
                case "fidelity" -> jp.meetingsearch.fidelity.Fidelity.run(rest,
                        Path.of(System.getProperty("project.basedir", ".")).resolve("src/test/resources/real"),
                        System.out, System.err);
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
        System.err.println("usage: meeting-search serve | load-minutes PATH... | load-projects FILE.csv|FILE.xlsx... | "
                + "fidelity [--details] [PATH...]");
        System.exit(EXIT_USAGE);
        return EXIT_USAGE;
    }

    /** Loads the sample corpus when all three indices are empty (a first start, or after they were deleted). */
    private static void loadSampleIfEmpty(AppConfig cfg, ObjectMapper mapper, EsConnection es, Indices indices)
            throws java.io.IOException {
        long docs = 0;
        for (IndexName n : IndexName.values()) {
            String alias = indices.alias(n);
            // a count some shard did not answer could call a loaded index empty
            docs += jp.meetingsearch.elasticsearch.WholeCount.of(es.client(), c -> c.index(alias));
        }
        if (docs > 0) {
            return;
        }
        int code = loadSample(cfg, mapper, es);
        if (code == EXIT_UNAVAILABLE) {
            throw new java.io.IOException("Elasticsearch went away while the sample corpus was loading");
        }
        if (code != 0) {
            LOG.warn("The sample corpus loaded with problems (exit code {}); see above", code);
        }
    }

    private static int loadSample(AppConfig cfg, ObjectMapper mapper, EsConnection es) throws java.io.IOException {
        return loadSample(cfg, mapper, es, System.err);
    }

    private static int loadSample(AppConfig cfg, ObjectMapper mapper, EsConnection es, PrintStream err)
            throws java.io.IOException {
        Path sample = cfg.projectDir().resolve("loaders").resolve("sample");
        LOG.info("Loading the sample corpus from {} (SAMPLE_DATA=false skips this)", sample);
        return Loaders.loadSample(sample, cfg, mapper, System.out, err, es);
    }

    /** Writes to two streams. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            a.flush();
            b.flush();
        }
    }

    /** The write operations, served under /api/admin/ when ADMIN_TOKEN is set. */
    static AdminActions adminActions(AppConfig cfg, ObjectMapper mapper, EsConnection es, Taxonomy themes,
                                             SynonymFile synonyms) {
        return AdminActions.NONE
                .with("reload", () -> {
                    try {
                        return java.util.Map.of("themes", themes.reload(), "synonyms", synonyms.reload());
                    } catch (TaxonomyException | IllegalArgumentException e) {
                        throw new AdminActions.Refused(e.getMessage());
                    }
                })
                .with("load-sample", () -> {
                    // the loader's messages go to the log as always; the last one also answers a failed load
                    java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
                    PrintStream err = new PrintStream(new TeeStream(System.err, errors), true,
                            java.nio.charset.StandardCharsets.UTF_8);
                    int code = loadSample(cfg, mapper, es, err);
                    if (code >= EXIT_USAGE) {
                        List<String> lines = errors.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                                .filter(l -> !l.isBlank()).toList();
                        throw new AdminActions.Unavailable("the sample corpus was not loaded (exit code " + code + ")"
                                + (lines.isEmpty() ? "" : ": " + lines.getLast()));
                    }
                    return java.util.Map.of("exit_code", code);
                });
    }

    /**
     * Runs the API until the process is interrupted (Ctrl-C), then stops the server and a node it started. When
     * Elasticsearch cannot be reached, the API starts anyway and prepares the indices once it is back.
     */
    static int serve(AppConfig cfg) {
        warnIfStopSignalsIgnored();
        ObjectMapper mapper = Json.newMapper();
        EsConnection es = EsConnection.open(cfg, mapper);
        es.restartNodeWhenItDies();
        Indices indices = new Indices(cfg.indexPrefix());
        Readiness readiness;
        try {
            readiness = Readiness.start(() -> {
                new IndexBootstrap(es.client(), IndexDefinitions.load(), indices, cfg.scale()).ensureAll();
                if (cfg.sampleData()) {
                    loadSampleIfEmpty(cfg, mapper, es, indices);
                }
            }, Readiness.Backoff.DEFAULT, e -> EsFailures.describe(e, es.url()));
        } catch (RuntimeException e) {
            es.close();
            throw e;
        }
        SearchSettings settings = SearchSettings.of(cfg);
        Taxonomy themes = new Taxonomy(cfg.search().themesFile());
        SynonymFile synonyms = ApiServer.Services.synonymFile(settings);
        // the tagger writes each remark's themes; until it has, themes are counted by their rules' queries
        ThemeTagger tagger = new ThemeTagger(es.client(), indices, themes, mapper, cfg.scale().tagRate());
        if (cfg.scale().tagRate() > 0) {
            tagger.start();
        }
        Javalin app = ApiServer.create(cfg, mapper,
                ApiServer.Services.forCluster(es.client(), mapper, indices, settings, themes, synonyms),
                readiness, adminActions(cfg, mapper, es, themes, synonyms));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            readiness.stop();
            tagger.close();
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
        // localhost answers for 127.0.0.1 and for all interfaces; an address of one interface answers only there
        boolean local = cfg.bind().equals("127.0.0.1") || cfg.bind().equals("0.0.0.0") || cfg.bind().equals("::");
        String host = local ? "localhost" : cfg.bind().contains(":") ? "[" + cfg.bind() + "]" : cfg.bind();
        String base = "http://" + host + ":" + app.port();
        System.out.println("  Search      " + base + "/");
        System.out.println("  Projects    " + base + "/projects.html");
        System.out.println("  Discussion  " + base + "/discussion.html");
        System.out.println("  API         " + base + "/api/health  (all endpoints: " + base + "/openapi.json)");
        System.out.println("  Elasticsearch " + es.url() + (readiness.isReady() ? ""
                : "  (not reachable yet: the API answers 503 until it is back)"));
        System.out.println("  Stop with Ctrl-C");
        System.out.println();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * The JVM installs no handler for a SIGINT or SIGTERM its parent ignored, so Ctrl-C or kill would leave the
     * service (and its node) running. loaders/serve resets them; a JVM started otherwise says so (Linux only).
     */
    private static void warnIfStopSignalsIgnored() {
        java.nio.file.Path status = java.nio.file.Path.of("/proc/self/status");
        try {
            for (String line : java.nio.file.Files.readAllLines(status)) {
                if (line.startsWith("SigIgn:")) {
                    long ignored = Long.parseUnsignedLong(line.substring(7).strip(), 16);
                    List<String> names = new java.util.ArrayList<>();
                    if ((ignored & 1L << (2 - 1)) != 0) {
                        names.add("SIGINT");
                    }
                    if ((ignored & 1L << (15 - 1)) != 0) {
                        names.add("SIGTERM");
                    }
                    if (!names.isEmpty()) {
                        System.err.println("warning: " + String.join(" and ", names) + " ignored by the program that "
                                + "started this service: it cannot be stopped by them; start it with loaders/serve or "
                                + "'env --default-signal=INT,TERM java ...'");
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException notLinux) {
            // no /proc: nothing to check
        }
    }
}
