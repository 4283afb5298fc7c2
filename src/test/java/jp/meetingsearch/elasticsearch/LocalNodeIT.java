package jp.meetingsearch.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.config.LocalNodeConfig;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LocalNodeIT {

    @Test
    void reusesANodeThatAlreadyAnswersOnThePort() {
        TestCluster es = TestCluster.get();
        Assumptions.assumeTrue("127.0.0.1".equals(es.url().getHost()), "needs the local test node");
        LocalNodeConfig cfg = AppConfig.from(Map.of()).localNode()
                .withPortAndData(es.url().getPort(), Path.of("/nonexistent-never-used"));
        try (LocalNode node = LocalNode.startOrReuse(cfg, PluginZip.locate(cfg))) {
            assertFalse(node.startedHere());
            assertEquals(es.url(), node.url());
        }
        // closing a reused node leaves it running
        assertTrue(LocalNode.health(es.url(), java.time.Duration.ofSeconds(5)).isPresent());
    }

    @Test
    void aPortHeldByAnotherProgramIsAClearError() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = Thread.ofVirtual().start(() -> {
                while (!other.isClosed()) {
                    try (Socket s = other.accept(); OutputStream out = s.getOutputStream()) {
                        out.write("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello".getBytes(StandardCharsets.US_ASCII));
                    } catch (Exception ignored) {
                        // socket closed at the end of the test
                    }
                }
            });
            LocalNodeConfig cfg = AppConfig.from(Map.of()).localNode()
                    .withPortAndData(other.getLocalPort(), Path.of("/nonexistent-never-used"));
            LocalNodeException e = assertThrows(LocalNodeException.class,
                    () -> LocalNode.startOrReuse(cfg, PluginZip.locate(cfg)));
            assertTrue(e.getMessage().contains("port " + other.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("not Elasticsearch"), e.getMessage());
            assertTrue(e.getMessage().contains("ES_LOCAL_PORT"), e.getMessage());
            other.close();
            t.join(2000);
        }
    }

    @Test
    void aStalledProgramOnThePortIsSaidNotToAnswerNotToBeSomethingElse() throws Exception {
        try (ServerSocket stalled = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // accepts connections (the kernel does) and never answers, like a node stuck in a long pause
            LocalNodeConfig cfg = AppConfig.from(System.getenv()).localNode()
                    .withPortAndData(stalled.getLocalPort(), Path.of("/nonexistent-never-used"));
            LocalNodeException e = assertThrows(LocalNodeException.class,
                    () -> LocalNode.startOrReuse(cfg, PluginZip.locate(cfg)));
            assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
            assertFalse(e.getMessage().contains("not Elasticsearch"), e.getMessage());
        }
    }

    @Test
    void aPortInTheTransportRangeServesHttp() throws Exception {
        // the lowest free port of 9300-9399: the one a node's transport took by default before HTTP could
        int port = java.util.stream.IntStream.range(9300, 9400).filter(p -> !LocalNode.portInUse(p) && bindable(p))
                .findFirst().orElseThrow(() -> new org.opentest4j.TestAbortedException("no free port in 9300-9399"));
        LocalNodeConfig base = AppConfig.from(System.getenv()).localNode();
        Path data = Files.createDirectories(base.cacheDir().resolve("test-nodes")).resolve("range-" + System.nanoTime());
        try (LocalNode node = LocalNode.start(base.withPortAndData(port, data).withHeap(System.getProperty("it.es.heap",
                "512m")), PluginZip.locate(base))) {
            assertEquals(java.net.URI.create("http://127.0.0.1:" + port), node.url());
            assertTrue(LocalNode.health(node.url(), java.time.Duration.ofSeconds(5)).isPresent());
        } finally {
            Distribution.deleteTree(data);
        }
    }

    @Test
    void aTakenPortIsNamedInsteadOfTheLogsTail() throws Exception {
        LocalNodeConfig base = AppConfig.from(System.getenv()).localNode();
        Path data = Files.createDirectories(base.cacheDir().resolve("test-nodes")).resolve("taken-" + System.nanoTime());
        // bound but not listening, without address reuse: connections are refused, yet nobody else can listen
        try (Socket holder = new Socket()) {
            holder.setReuseAddress(false);
            holder.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = holder.getLocalPort();
            LocalNodeConfig cfg = base.withPortAndData(port, data).withHeap(System.getProperty("it.es.heap", "512m"));
            LocalNodeException e = assertThrows(LocalNodeException.class,
                    () -> LocalNode.startOrReuse(cfg, PluginZip.locate(cfg)));
            assertTrue(e.getMessage().contains("could not listen on 127.0.0.1:" + port), e.getMessage());
            assertTrue(e.getMessage().contains("another program holds that port"), e.getMessage());
            assertTrue(e.getMessage().lines().count() <= 2, e.getMessage());
        } finally {
            Distribution.deleteTree(data);
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void aNodeThatCannotStartReportsTheLastLinesOfItsLog() throws Exception {
        LocalNodeConfig base = AppConfig.from(cacheOnly()).localNode();
        Path data = Files.createDirectories(base.cacheDir().resolve("test-nodes"))
                .resolve("bad-" + System.nanoTime());
        // a heap far too small for Elasticsearch: the JVM gives up at once
        LocalNodeConfig cfg = base.withPortAndData(LocalNode.freePort(), data).withHeap("4m");
        try {
            LocalNodeException e = assertThrows(LocalNodeException.class, () -> LocalNode.start(cfg, PluginZip.locate(cfg)));
            assertTrue(e.getMessage().contains("exited with code"), e.getMessage());
            assertTrue(e.getMessage().contains("console.log"), e.getMessage());
        } finally {
            Distribution.deleteTree(data);
        }
    }

    @Test
    void aSecondPreparationReusesTheUnpackedDistribution() throws Exception {
        LocalNodeConfig cfg = AppConfig.from(cacheOnly()).localNode();
        Path first = Distribution.prepareHome(cfg, PluginZip.locate(cfg));
        long t0 = System.nanoTime();
        Path second = Distribution.prepareHome(cfg, PluginZip.locate(cfg));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(first, second);
        assertTrue(Files.isExecutable(second.resolve("bin/elasticsearch")));
        assertTrue(Files.isRegularFile(second.resolve("plugins/analysis-kuromoji-ja/named_components.json")));
        System.out.println("second preparation of the node home took " + ms + " ms");
    }

    /** The defaults, but in the node cache this run was given (ES_CACHE_DIR), so no test touches another's. */
    private static Map<String, String> cacheOnly() {
        String cache = System.getenv("ES_CACHE_DIR");
        return cache == null ? Map.of() : Map.of("ES_CACHE_DIR", cache);
    }
}
