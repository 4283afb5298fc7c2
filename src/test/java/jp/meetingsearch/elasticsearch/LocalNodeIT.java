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
        try (LocalNode node = LocalNode.startOrReuse(cfg, PluginZip.locate())) {
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
                    () -> LocalNode.startOrReuse(cfg, PluginZip.locate()));
            assertTrue(e.getMessage().contains("port " + other.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("not Elasticsearch"), e.getMessage());
            assertTrue(e.getMessage().contains("ES_LOCAL_PORT"), e.getMessage());
            other.close();
            t.join(2000);
        }
    }

    @Test
    void aNodeThatCannotStartReportsTheLastLinesOfItsLog() throws Exception {
        LocalNodeConfig base = AppConfig.from(Map.of()).localNode();
        Path data = Files.createDirectories(base.cacheDir().resolve("test-nodes"))
                .resolve("bad-" + System.nanoTime());
        // a heap far too small for Elasticsearch: the JVM gives up at once
        LocalNodeConfig cfg = base.withPortAndData(LocalNode.freePort(), data).withHeap("4m");
        try {
            LocalNodeException e = assertThrows(LocalNodeException.class, () -> LocalNode.start(cfg, PluginZip.locate()));
            assertTrue(e.getMessage().contains("exited with code"), e.getMessage());
            assertTrue(e.getMessage().contains("console.log"), e.getMessage());
        } finally {
            Distribution.deleteTree(data);
        }
    }

    @Test
    void aSecondPreparationReusesTheUnpackedDistribution() throws Exception {
        LocalNodeConfig cfg = AppConfig.from(Map.of()).localNode();
        Path first = Distribution.prepareHome(cfg.cacheDir(), PluginZip.locate());
        long t0 = System.nanoTime();
        Path second = Distribution.prepareHome(cfg.cacheDir(), PluginZip.locate());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(first, second);
        assertTrue(Files.isExecutable(second.resolve("bin/elasticsearch")));
        assertTrue(Files.isRegularFile(second.resolve("plugins/analysis-kuromoji-ja/named_components.json")));
        System.out.println("second preparation of the node home took " + ms + " ms");
    }
}
