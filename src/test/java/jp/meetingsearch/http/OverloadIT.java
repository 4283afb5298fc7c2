package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.SampleService;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * One client opening expensive requests by the dozen: beyond a few of each kind it is told to come back (429 with
 * Retry-After), and everybody else's searches and health checks are answered all along, never with a 500.
 */
class OverloadIT {
    private static final int STORM = 60;
    private static final Duration STORM_TIME = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aStormOfExpensiveRequestsIsCutTo429AndOtherUsersAreStillServed() throws Exception {
        AppConfig cfg = SampleService.get().config();
        try (ElasticsearchClient client = EsClients.create(cfg.esUrl().orElseThrow(), cfg, TestCluster.get().mapper())) {
            Javalin app = ApiServer.create(cfg, TestCluster.get().mapper(), ApiServer.Services.forCluster(client,
                    TestCluster.get().mapper(), new Indices(cfg.indexPrefix()), cfg)).start(0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                Map<String, Integer> statuses = new ConcurrentHashMap<>();
                List<HttpResponse<String>> refusals = new CopyOnWriteArrayList<>();
                List<String> failures = new CopyOnWriteArrayList<>();
                long end = System.nanoTime() + STORM_TIME.toNanos();
                // one client's storm: exports and keyword analyses, each sent again as soon as it is answered
                List<Thread> clients = new ArrayList<>();
                for (int i = 0; i < STORM; i++) {
                    String path = i % 2 == 0 ? "/api/keywords?fg=role_group:member&sample=" + (200 + i)
                            : "/api/search.csv?q=%E5%9C%B0%E5%9F%9F&x=" + i;
                    clients.add(Thread.ofVirtual().start(() -> {
                        while (System.nanoTime() < end) {
                            try {
                                HttpResponse<String> r = http.send(request(base + path),
                                        HttpResponse.BodyHandlers.ofString());
                                statuses.merge(r.uri().getPath() + " " + r.statusCode(), 1, Integer::sum);
                                if (r.statusCode() == 429) {
                                    refusals.add(r);
                                    Thread.sleep(50);
                                } else if (r.statusCode() != 200) {
                                    failures.add(r.uri() + ": " + r.statusCode() + " " + r.body());
                                }
                            } catch (Exception e) {
                                failures.add(path + ": " + e);
                            }
                        }
                    }));
                }
                // other users meanwhile: a search and a health check every 100 ms
                List<HttpResponse<String>> others = new ArrayList<>();
                while (System.nanoTime() < end) {
                    others.add(http.send(request(base + "/api/search?q=%E5%8D%94%E5%83%8D"),
                            HttpResponse.BodyHandlers.ofString()));
                    others.add(http.send(request(base + "/api/health"), HttpResponse.BodyHandlers.ofString()));
                    Thread.sleep(100);
                }
                for (Thread t : clients) {
                    t.join();
                }
                assertEquals(List.of(), failures, "every expensive request is answered or refused with 429");
                assertTrue(!refusals.isEmpty(), "nothing was refused: " + statuses);
                for (HttpResponse<String> r : refusals) {
                    assertEquals("2", r.headers().firstValue("Retry-After").orElse(null));
                    assertTrue(r.body().contains("at once"), r.body());
                }
                for (HttpResponse<String> r : others) {
                    assertEquals(200, r.statusCode(), r.uri() + " during the storm: " + r.body());
                }
                System.out.printf("overload: %d clients sending exports and keyword analyses for %d s: %s; %d "
                        + "searches and health checks meanwhile, all 200%n", STORM, STORM_TIME.toSeconds(),
                        new TreeMap<>(statuses), others.size());
            } finally {
                app.stop();
            }
        }
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
    }
}
