package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.LocalNode;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.testsupport.ChildJvm;
import jp.meetingsearch.testsupport.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An Elasticsearch that accepts connections and never answers (a hung node, a black-holing proxy): every request
 * ends after ES_REQUEST_TIMEOUT_MS with a 503, the loaders exit 3, and the service still starts.
 */
class HungElasticsearchIT {
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(1500);
    /** The timeout plus what the service needs around it; far below "hanging". */
    private static final Duration BOUND = REQUEST_TIMEOUT.plusSeconds(3);
    private final ObjectMapper mapper = Json.newMapper();
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private ServerSocket blackHole;
    private AppConfig cfg;

    @BeforeEach
    void openBlackHole() throws IOException {
        blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!blackHole.isClosed()) {
                try {
                    held.add(blackHole.accept()); // read nothing, answer nothing
                } catch (IOException closed) {
                    return;
                }
            }
        });
        Map<String, String> env = new HashMap<>();
        env.put("ES_URL", "http://127.0.0.1:" + blackHole.getLocalPort());
        env.put("ES_CONNECT_TIMEOUT_MS", "1000");
        env.put("ES_REQUEST_TIMEOUT_MS", String.valueOf(REQUEST_TIMEOUT.toMillis()));
        env.put("INDEX_PREFIX", "hung-");
        cfg = AppConfig.from(env);
    }

    @AfterEach
    void close() throws IOException {
        blackHole.close();
        for (Socket s : held) {
            s.close();
        }
    }

    @Test
    void everyRouteAnswers503WithinTheRequestTimeout() throws Exception {
        withService(cfg, http -> {
            for (String path : List.of("/api/health", "/api/search?q=%E5%8D%94%E5%83%8D", "/api/meetings",
                    "/api/meetings/2021-12-21-s3-1a2b3c4d", "/api/remarks/x-0001", "/api/projects",
                    "/api/projects/yearly", "/api/kwic?q=a", "/api/search.ndjson")) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.get(path, BOUND.plusSeconds(30));
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                assertEquals(503, r.statusCode(), path + ": " + r.body());
                assertTrue(took.compareTo(BOUND) < 0, path + " took " + took);
                assertTrue(took.compareTo(REQUEST_TIMEOUT.minusMillis(100)) > 0, path + " did not wait: " + took);
                JsonNode body = mapper.readTree(r.body());
                assertTrue(body.has("error") || "unreachable".equals(body.path("elasticsearch").asText()),
                        path + ": " + r.body());
            }
        });
    }

    @Test
    void healthSaysUnreachableWithinAboutTwoSecondsWhateverTheRequestTimeout() throws Exception {
        Map<String, String> env = env();
        env.put("ES_REQUEST_TIMEOUT_MS", "30000");
        withService(AppConfig.from(env), http -> {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.get("/api/health", Duration.ofSeconds(60));
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertEquals(503, r.statusCode(), r.body());
            assertEquals("unreachable", mapper.readTree(r.body()).path("elasticsearch").asText(), r.body());
            assertTrue(took.compareTo(Duration.ofMillis(3500)) < 0, "health took " + took);
            System.out.printf("hung: /api/health answered 503 unreachable in %d ms (request timeout 30 s)%n",
                    took.toMillis());
        });
    }

    @Test
    void moreRequestsThanPooledConnectionsAnswer503NotA500() throws Exception {
        withService(cfg, http -> {
            // every pooled connection waits on the hung node; the requests beyond them wait for a connection
            int n = cfg.esConnections() + 8;
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String path = "/api/search?q=" + i;
                calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return http.get(path, BOUND.plusSeconds(30));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()));
            }
            int busy = 0;
            for (var c : calls) {
                HttpResponse<String> r = c.join();
                assertEquals(503, r.statusCode(), r.body());
                String code = mapper.readTree(r.body()).path("error").asText();
                assertTrue(code.equals("busy") || code.equals("unavailable"), r.body());
                busy += code.equals("busy") ? 1 : 0;
            }
            assertTrue(busy > 0, "no request waited for a connection: the pool is larger than " + n);
        });
    }

    /** What a test does with the API in front of the hung node. */
    private interface ServiceTest {
        void run(Http http) throws Exception;
    }

    /** Runs the test against the API of {@code config} (the hung node), started for it alone. */
    private void withService(AppConfig config, ServiceTest test) throws Exception {
        try (ElasticsearchClient client = EsClients.create(config.esUrl().orElseThrow(), config, mapper)) {
            Javalin app = ApiServer.create(config, mapper,
                    ApiServer.Services.forCluster(client, mapper, new Indices(config.indexPrefix()), config)).start(0);
            try {
                test.run(new Http(app.port()));
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void aLoaderExits3WithinTheTimeoutAndSaysWhy() throws Exception {
        Path sample = Path.of(System.getProperty("project.basedir", ".")).resolve("loaders/sample/minutes");
        ChildJvm.Result r = ChildJvm.run(List.of(), env(), Duration.ofSeconds(60), "load-minutes", sample.toString());
        assertEquals(3, r.exitCode(), r.output());
        assertTrue(r.output().contains("did not answer in time (ES_CONNECT_TIMEOUT_MS, ES_REQUEST_TIMEOUT_MS)"),
                r.output());
        assertTrue(r.took().compareTo(REQUEST_TIMEOUT.plusSeconds(15)) < 0, "took " + r.took());
    }

    @Test
    void theServiceStartsAndAnswersHealthWhileElasticsearchHangs() throws Exception {
        int port = LocalNode.freePort();
        Map<String, String> env = env();
        env.put("PORT", String.valueOf(port));
        Path out = Files.createTempFile("serve-hung", ".out");
        Process serve = ChildJvm.builder(List.of(), env, out, "serve").start();
        try {
            Http http = new Http(port);
            HttpResponse<String> health = http.await("/api/health", r -> r.statusCode() != 0,
                    Duration.ofSeconds(45), serve);
            assertEquals(503, health.statusCode(), health.body());
            long t0 = System.nanoTime();
            HttpResponse<String> search = http.get("/api/search?q=x", BOUND);
            assertEquals(503, search.statusCode());
            assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(BOUND) < 0);
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
            serve.destroyForcibly();
            Files.deleteIfExists(out);
        }
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("ES_URL", cfg.esUrl().orElseThrow().toString());
        env.put("ES_CONNECT_TIMEOUT_MS", "1000");
        env.put("ES_REQUEST_TIMEOUT_MS", String.valueOf(REQUEST_TIMEOUT.toMillis()));
        env.put("INDEX_PREFIX", "hung-");
        env.put("SAMPLE_DATA", "false");
        return env;
    }
}
