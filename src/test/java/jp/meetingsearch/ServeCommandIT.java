package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.LocalNode;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.testsupport.ApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's run command as a user would, then stops it as a terminal, a CI runner or a crash would: the
 * service and the node it started stop together, whatever signals the service inherited, and no node outlives it.
 */
class ServeCommandIT {
    /** What the issue asks of a stop signal: the service and its node gone within this. */
    private static final Duration STOP_WITHIN = Duration.ofSeconds(10);
    private final Path root = Path.of(System.getProperty("project.basedir", "."));
    /** Every service and node a test started, stopped in cleanup whatever the test did. */
    private final List<Process> services = new ArrayList<>();
    private final List<Long> nodes = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();

    /** A service started by loaders/serve, its folder and ports. */
    private record Serve(Process process, Path data, int apiPort, int esPort) {
        long esPid() throws IOException {
            return Long.parseLong(Files.readString(data.resolve("elasticsearch.pid")).trim());
        }
    }

    private Path newDataDir() throws IOException {
        Path data = Files.createDirectories(AppConfig.from(System.getenv()).localNode().cacheDir().resolve("test-nodes"))
                .resolve("serve-" + System.nanoTime());
        folders.add(data);
        return data;
    }

    /**
     * Starts loaders/serve; {@code ignoring} names signals its parent ignores (as a background job of a
     * non-interactive shell does), which it then inherits.
     */
    private Serve serve(Path data, int apiPort, int esPort, boolean sample, String... ignoring) throws IOException {
        String trap = ignoring.length == 0 ? "" : "trap '' " + String.join(" ", ignoring) + "; ";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", trap + "exec loaders/serve")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling(data.getFileName() + ".out").toFile()));
        pb.environment().remove("ES_URL");
        pb.environment().put("PORT", String.valueOf(apiPort));
        pb.environment().put("ES_LOCAL_PORT", String.valueOf(esPort));
        pb.environment().put("ES_DATA_DIR", data.toString());
        pb.environment().remove("INDEX_PREFIX");
        if (sample) {
            pb.environment().remove("SAMPLE_DATA");
        } else {
            pb.environment().put("SAMPLE_DATA", "false");
        }
        Process p = pb.start();
        services.add(p);
        return new Serve(p, data, apiPort, esPort);
    }

    private Serve serve(boolean sample, String... ignoring) throws IOException {
        return serve(newDataDir(), LocalNode.freePort(), LocalNode.freePort(), sample, ignoring);
    }

    private long nodeOf(Serve s) throws IOException {
        long pid = s.esPid();
        nodes.add(pid);
        return pid;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void signal(String name, long pid) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).start().waitFor());
    }

    /** Waits until the pid is gone; how long it took. */
    private static Duration awaitGone(long pid, Duration limit) throws InterruptedException {
        Instant t0 = Instant.now();
        while (alive(pid) && Duration.between(t0, Instant.now()).compareTo(limit) < 0) {
            Thread.sleep(100);
        }
        return Duration.between(t0, Instant.now());
    }

    @AfterEach
    void cleanUp() throws Exception {
        // a failed test must not leave a service or a node behind, nor delete a folder under a running node
        for (Process p : services) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        for (long pid : nodes) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            awaitGone(pid, Duration.ofSeconds(30));
        }
        for (Path data : folders) {
            jp.meetingsearch.elasticsearch.LocalNodeTestAccess.deleteTree(data);
            Files.deleteIfExists(data.resolveSibling(data.getFileName() + ".out"));
        }
    }

    @Test
    void runCommandLoadsTheSampleServesHealthAndCtrlCStopsElasticsearchToo() throws Exception {
        Serve s = serve(true);
        JsonNode health = awaitHealth(s.apiPort(), Duration.ofSeconds(180), s.process());
        assertEquals("ok", health.get("status").asText(), health.toString());
        assertTrue(health.get("indices").has("remarks"));
        assertTrue(health.get("indices").has("meetings"));
        assertTrue(health.get("indices").has("projects"));
        // the sample corpus is loaded on the first start: 14 meetings, 216 remarks, two project lists
        assertEquals(216, health.at("/indices/remarks").asLong());
        assertEquals(14, health.at("/indices/meetings").asLong());
        assertTrue(health.at("/indices/projects").asLong() > 167, health.toString());
        long esPid = nodeOf(s);
        assertTrue(alive(esPid));

        // Ctrl-C: SIGINT to the service's JVM (the script execs java)
        signal("INT", s.process().pid());
        assertTrue(s.process().waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS), "the service did not stop after SIGINT");
        assertTrue(awaitGone(esPid, Duration.ofSeconds(2)).compareTo(Duration.ofSeconds(2)) < 0,
                "Elasticsearch is still running after the service stopped");
        assertFalse(LocalNode.portInUse(s.esPort()));
    }

    @Test
    void sigintIgnoredByTheParentStillStopsServiceAndNodeWithin10Seconds() throws Exception {
        Serve s = serve(false, "INT", "TERM");
        awaitHealth(s.apiPort(), Duration.ofSeconds(180), s.process());
        long esPid = nodeOf(s);
        Instant t0 = Instant.now();
        signal("INT", s.process().pid());
        assertTrue(s.process().waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS),
                "the service inherited an ignored SIGINT and kept running");
        awaitGone(esPid, STOP_WITHIN);
        assertFalse(alive(esPid), "its node is still running");
        assertTrue(Duration.between(t0, Instant.now()).compareTo(STOP_WITHIN) <= 0, "stopped after " + Duration.between(t0, Instant.now()));
    }

    @Test
    void sigtermStopsServiceAndNodeWithin10Seconds() throws Exception {
        Serve s = serve(false, "TERM");
        awaitHealth(s.apiPort(), Duration.ofSeconds(180), s.process());
        long esPid = nodeOf(s);
        Instant t0 = Instant.now();
        signal("TERM", s.process().pid());
        assertTrue(s.process().waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS), "the service did not stop after SIGTERM");
        awaitGone(esPid, STOP_WITHIN);
        assertFalse(alive(esPid), "its node is still running");
        assertTrue(Duration.between(t0, Instant.now()).compareTo(STOP_WITHIN) <= 0, "stopped after " + Duration.between(t0, Instant.now()));
    }

    @Test
    void aNodeDoesNotOutliveAServiceKilledOutright() throws Exception {
        Serve s = serve(false);
        awaitHealth(s.apiPort(), Duration.ofSeconds(180), s.process());
        long esPid = nodeOf(s);
        signal("KILL", s.process().pid());
        assertTrue(s.process().waitFor(5, TimeUnit.SECONDS));
        // no shutdown hook ran: the node's watchdog stops it
        Duration took = awaitGone(esPid, Duration.ofSeconds(15));
        assertFalse(alive(esPid), "the node outlived the service that started it");
        System.out.println("node of a killed service stopped after " + took.toMillis() + " ms");
    }

    @Test
    void aNodeLeftBehindByADeadServiceIsStoppedOnTheNextStart() throws Exception {
        Serve first = serve(false);
        awaitHealth(first.apiPort(), Duration.ofSeconds(180), first.process());
        long oldNode = nodeOf(first);
        // what a machine that lost its watchdog too looks like: the service and its watchdog killed outright
        List<ProcessHandle> watchdogs = first.process().toHandle().descendants()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("es-watchdog")).orElse(false)).toList();
        assertEquals(1, watchdogs.size(), "one watchdog for the node");
        watchdogs.forEach(ProcessHandle::destroyForcibly);
        signal("KILL", first.process().pid());
        first.process().waitFor(5, TimeUnit.SECONDS);
        Thread.sleep(2000);
        assertTrue(alive(oldNode), "the node was left behind");

        Serve second = serve(first.data(), LocalNode.freePort(), first.esPort(), false);
        awaitHealth(second.apiPort(), Duration.ofSeconds(180), second.process());
        assertFalse(alive(oldNode), "the node left behind still runs");
        long newNode = nodeOf(second);
        assertNotEquals(oldNode, newNode, "the new service started a node of its own");
        assertTrue(Files.readString(first.data().resolveSibling(first.data().getFileName() + ".out"))
                .contains("left behind by a process that no longer runs"));
        signal("INT", second.process().pid());
        assertTrue(second.process().waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS));
        awaitGone(newNode, STOP_WITHIN);
        assertFalse(alive(newNode));
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
