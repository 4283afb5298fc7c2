package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.SampleService;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on loopback: {@code load.clients} clients (32) for {@code load.seconds} (20 in the suite; run
 * {@code -Dit.test=LoadIT -Dload.seconds=60} for the full minute) of mixed search, browse and aggregation
 * requests against the running service over the sample corpus. No request may fail, the latency percentiles are
 * printed, and the service's heap after a collection stays where it was after the warm-up.
 */
class LoadIT {
    private static final int CLIENTS = Integer.getInteger("load.clients", 32);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    /** How much the heap after a full collection may grow over the run: caches fill, nothing accumulates. */
    private static final long HEAP_GROWTH_BOUND = 48L * 1024 * 1024;
    private static final List<String> WORDS = List.of("協働", "子育て", "防災", "人材", "まちづくり", "高齢者", "予算",
            "地域", "学校", "ボランティア", "公園", "交通", "観光", "図書館", "\"市民活動\"", "協働 -委託", "防災 | 避難");
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void mixedRequestsFromManyClientsAllSucceedWithFlatMemory() throws Exception {
        SampleService service = SampleService.get();
        String base = "http://127.0.0.1:" + service.port();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        // the mix is read through the contract check; the timed load is not slowed by it
        List<String> mix = mix(ApiContract.checking(http), base);

        run(http, base, mix, WARM_UP, new ConcurrentHistogram(3), new AtomicLong(), new ConcurrentHashMap<>());
        long heapAfterWarmUp = heapAfterGc();

        ConcurrentHistogram latency = new ConcurrentHistogram(3);
        AtomicLong requests = new AtomicLong();
        Map<String, String> errors = new ConcurrentHashMap<>();
        run(http, base, mix, DURATION, latency, requests, errors);
        long heapAtEnd = heapAfterGc();

        System.out.printf("load: %d clients, %d s, %d requests (%.0f/s) over %d kinds, errors %d; latency ms p50 %.1f "
                        + "p90 %.1f p99 %.1f max %.1f; heap after GC %d MB after warm-up, %d MB at the end%n",
                CLIENTS, DURATION.toSeconds(), requests.get(), requests.get() / (double) DURATION.toSeconds(),
                mix.size(), errors.size(), ms(latency, 50), ms(latency, 90), ms(latency, 99),
                latency.getMaxValue() / 1e6, heapAfterWarmUp >> 20, heapAtEnd >> 20);
        assertEquals(Map.of(), errors);
        // the rate is printed, not held (a shared machine's rate says nothing): the heap check needs the whole mix run
        assertTrue(requests.get() >= (long) mix.size() * CLIENTS, "the mix did not run once per client: "
                + requests.get() + " requests");
        assertTrue(heapAtEnd - heapAfterWarmUp < HEAP_GROWTH_BOUND, "heap grew from " + (heapAfterWarmUp >> 20)
                + " MB to " + (heapAtEnd >> 20) + " MB");
    }

    /** Each client sends the mix in its own order, one request after the other, until the time is up. */
    private static void run(HttpClient http, String base, List<String> mix, Duration duration, Histogram latency,
                            AtomicLong requests, Map<String, String> errors) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c * 7;
            Thread.ofVirtual().start(() -> {
                try {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        String path = mix.get(i % mix.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                errors.putIfAbsent(path, r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
                            }
                        } catch (Exception e) {
                            errors.putIfAbsent(path, e.toString());
                        }
                        latency.recordValue(System.nanoTime() - t0);
                        requests.incrementAndGet();
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
    }

    /** Requests the dashboards and researchers send, with ids and roles taken from the corpus itself. */
    private List<String> mix(HttpClient http, String base) throws Exception {
        JsonNode meetings = mapper.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/meetings?size=50"))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).get("meetings");
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < WORDS.size(); i++) {
            String q = enc(WORDS.get(i));
            mix.add("/api/search?q=" + q);
            mix.add("/api/search?q=" + q + "&role_group=member&sort=-date&size=50");
            mix.add("/api/search?q=" + q + "&fy_from=2020&fy_to=2023&page=2");
            mix.add("/api/kwic?q=" + q + "&width=30");
            if (i % 3 == 0) {
                mix.add("/api/cooccurrence?q=" + q);
            }
        }
        for (int i = 0; i < meetings.size(); i += 2) {
            String id = meetings.get(i).get("id").asText();
            mix.add("/api/meetings/" + id);
            mix.add("/api/remarks/" + id + "-0003?context=3");
        }
        for (String by : List.of("role", "role_group", "fiscal_year", "meeting")) {
            mix.add("/api/themes/matrix?by=" + by);
        }
        mix.addAll(List.of("/api/themes", "/api/themes?role_group=member", "/api/roles", "/api/roles?fiscal_year=2021",
                "/api/roles/" + enc("委員") + "/keywords", "/api/keywords?fg=" + enc("role_group:executive"),
                "/api/meetings", "/api/meetings?fiscal_year=2022", "/api/projects", "/api/projects?form=" + enc("委託"),
                "/api/projects/yearly", "/api/projects/yearly?new=true", "/api/search", "/api/health"));
        return mix;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
