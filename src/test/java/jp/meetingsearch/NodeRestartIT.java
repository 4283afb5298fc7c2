package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.LocalNode;
import jp.meetingsearch.elasticsearch.LocalNodeTestAccess;
import jp.meetingsearch.testsupport.ChildJvm;
import jp.meetingsearch.testsupport.Http;
import org.junit.jupiter.api.Test;

/**
 * The service with a local node of its own: when that node dies (killed, as the kernel's OOM killer would), the
 * service says so and starts it again, and answers once it is back.
 */
class NodeRestartIT {

    @Test
    void theServiceRestartsTheNodeItStartedWhenTheNodeDies() throws Exception {
        AppConfig base = AppConfig.from(System.getenv());
        Path data = Files.createDirectories(base.localNode().cacheDir().resolve("test-nodes"))
                .resolve("restart-" + UUID.randomUUID());
        int port = LocalNode.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("ES_LOCAL_PORT", String.valueOf(LocalNode.freePort()));
        env.put("ES_DATA_DIR", data.toString());
        env.put("ES_CACHE_DIR", base.localNode().cacheDir().toString());
        env.put("ES_HEAP", System.getProperty("it.es.heap", "512m"));
        env.put("SAMPLE_DATA", "false");
        Path out = Files.createTempFile("serve-restart", ".out");
        Process serve = ChildJvm.builder(List.of(), env, out, "serve").start();
        try {
            Http http = new Http(port);
            http.await("/api/health", r -> r.statusCode() == 200, Duration.ofMinutes(4), serve);
            long first = Long.parseLong(Files.readString(data.resolve("elasticsearch.pid")).trim());
            long t0 = System.nanoTime();
            ProcessHandle.of(first).orElseThrow().destroyForcibly();
            http.await("/api/health", r -> r.statusCode() == 503, Duration.ofSeconds(60), serve);
            HttpResponse<String> back = http.await("/api/health", r -> r.statusCode() == 200, Duration.ofMinutes(4),
                    serve);
            long second = Long.parseLong(Files.readString(data.resolve("elasticsearch.pid")).trim());
            assertNotEquals(first, second);
            assertEquals(200, http.get("/api/search?q=x").statusCode());
            String log = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(log.contains("exited with code") && log.contains("starting it again"), log);
            assertTrue(log.contains("is up again"), log);
            System.out.printf("node restart: the service's node killed (SIGKILL); health 503, then 200 again %.0f s "
                    + "later with a new node process: %s%n", (System.nanoTime() - t0) / 1e9, back.body());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(90, TimeUnit.SECONDS), "the service did not stop");
            String log = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(log.contains("stopped"), "the service stops its node when it stops:\n" + log);
            Files.deleteIfExists(out);
            LocalNodeTestAccess.deleteTree(data);
        }
    }
}
