package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.LocalNode;
import jp.meetingsearch.json.Json;
import org.junit.jupiter.api.Test;

/** Runs the README's run command as a user would, then interrupts it like Ctrl-C. */
class ServeCommandIT {

    @Test
    void runCommandLoadsTheSampleServesHealthAndCtrlCStopsElasticsearchToo() throws Exception {
        Path root = Path.of(System.getProperty("project.basedir", "."));
        Path data = Files.createDirectories(AppConfig.from(System.getenv()).localNode().cacheDir().resolve("test-nodes"))
                .resolve("serve-" + System.nanoTime());
        int apiPort = LocalNode.freePort();
        int esPort = LocalNode.freePort();
        ProcessBuilder pb = new ProcessBuilder(root.resolve("loaders/serve").toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + ".out").toFile());
        pb.environment().remove("ES_URL");
        pb.environment().put("PORT", String.valueOf(apiPort));
        pb.environment().put("ES_LOCAL_PORT", String.valueOf(esPort));
        pb.environment().put("ES_DATA_DIR", data.toString());
        pb.environment().remove("SAMPLE_DATA");
        pb.environment().remove("INDEX_PREFIX");
        Process serve = pb.start();
        try {
            JsonNode health = awaitHealth(apiPort, Duration.ofSeconds(180), serve);
            assertEquals("ok", health.get("status").asText(), health.toString());
            assertTrue(health.get("indices").has("remarks"));
            assertTrue(health.get("indices").has("meetings"));
            assertTrue(health.get("indices").has("projects"));
            // the sample corpus is loaded on the first start: 14 meetings, 216 remarks, two project lists
            assertEquals(216, health.at("/indices/remarks").asLong());
            assertEquals(14, health.at("/indices/meetings").asLong());
            assertTrue(health.at("/indices/projects").asLong() > 167, health.toString());
            long esPid = Long.parseLong(Files.readString(data.resolve("elasticsearch.pid")).trim());
            assertTrue(ProcessHandle.of(esPid).isPresent());

            // Ctrl-C: SIGINT to the service's JVM (the script execs java)
            new ProcessBuilder("kill", "-INT", String.valueOf(serve.pid())).start().waitFor();
            assertTrue(serve.waitFor(90, TimeUnit.SECONDS), "the service did not stop after SIGINT");
            assertFalse(ProcessHandle.of(esPid).map(ProcessHandle::isAlive).orElse(false),
                    "Elasticsearch is still running after the service stopped");
            assertFalse(LocalNode.portInUse(esPort));
        } finally {
            serve.destroyForcibly();
            serve.waitFor(30, TimeUnit.SECONDS);
            jp.meetingsearch.elasticsearch.LocalNodeTestAccess.deleteTree(data);
            Files.deleteIfExists(data.resolveSibling(data.getFileName() + ".out"));
        }
    }

    private static JsonNode awaitHealth(int port, Duration timeout, Process serve) throws Exception {
        HttpClient http = ApiContract.httpClient();
        Instant deadline = Instant.now().plus(timeout);
        Optional<String> last = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            if (!serve.isAlive()) {
                throw new AssertionError("the service exited with code " + serve.exitValue());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
                last = Optional.of(r.body());
                if (r.statusCode() == 200) {
                    return Json.newMapper().readTree(r.body());
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no healthy answer within " + timeout + "; last: " + last.orElse("(none)"));
    }
}
