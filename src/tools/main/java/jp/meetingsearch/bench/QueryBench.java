package jp.meetingsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.elasticsearch.EsClients;
import org.HdrHistogram.Histogram;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Query latency through the API next to the same Elasticsearch requests sent directly, under open-loop load at a
 * fixed rate on loopback. The direct requests are the ones the service sent for the same API call, recorded by a
 * {@link RequestCapture} proxy; several requests per call (a search that also marks scattered tokens) are sent in
 * the same order. A plain match query sent straight to Elasticsearch is measured in the same blocks as the
 * reference every call is compared with. The three series alternate in blocks so that other load on the machine
 * hits them alike.
 */
final class QueryBench {
    /**
     * One API call to measure, e.g. {@code /api/search?q=防災&facets=false}, driven at {@code rateShare} of the
     * load's rate (expensive aggregations at a lower rate, so that they are measured below saturation);
     * {@code themes} when it counts themes (measured again before the loaded remarks are tagged).
     */
    record Scenario(String name, String apiPath, double rateShare, boolean themes) {
    }

    /** The series of one scenario, the plain match query measured in the same blocks, and what the call fetched. */
    record Row(Scenario scenario, int esRequests, long hits, LatencySummary direct, LatencySummary api,
               LatencySummary plain, Paired paired) {
        double overheadP50() {
            return api.p50() - direct.p50();
        }

        double p99Ratio() {
            return api.p99() / direct.p99();
        }

        /** API p50 as a multiple of the plain match query's p50. */
        double timesPlain() {
            return api.p50() / plain.p50();
        }
    }

    /**
     * What the API adds to the same requests sent directly, call by call: {@code calls} pairs sent one after the
     * other with nothing else in flight, the API call and its direct requests in turn (in alternating order), and
     * the quartiles of the differences in milliseconds. The load's series measure each path under open-loop load,
     * where the difference of two p50s taken seconds apart carries the node's drift between them; a pair's two
     * calls meet the node in the same state.
     */
    record Paired(int calls, double p25, double p50, double p75) {
        static Paired of(long[] differencesNanos) {
            long[] d = differencesNanos.clone();
            Arrays.sort(d);
            if (d.length == 0) {
                return new Paired(0, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Paired(d.length, quantile(d, 0.25), quantile(d, 0.5), quantile(d, 0.75));
        }

        /** The {@code q} quantile of sorted nanoseconds, in milliseconds, interpolated between neighbours. */
        private static double quantile(long[] sorted, double q) {
            double at = q * (sorted.length - 1);
            int lo = (int) Math.floor(at);
            int hi = Math.min(lo + 1, sorted.length - 1);
            return (sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo)) / 1e6;
        }
    }

    /** Pairs measured per call: this many at most, ... */
    static final int PAIRED_CALLS = 200;
    /** ... for this long at most, ... */
    static final Duration PAIRED_TIME = Duration.ofSeconds(6);
    /** ... and this many at least. */
    static final int MIN_PAIRED_CALLS = 20;

    /** The reference: {@code {"query":{"match":{"text":WORD}}}} straight to the remarks index, ten hits. */
    record Plain(String index, String word) {
        Request request() {
            Request r = new Request("POST", "/" + index + "/_search");
            r.addParameter("request_cache", "false");
            r.setJsonEntity("{\"query\":{\"match\":{\"text\":{\"query\":\"" + word + "\"}}}}");
            return r;
        }
    }

    /** How hard and how long each series is driven. */
    record Load(double rate, Duration duration, int blocks, int maxInFlight) {
    }

    /** Warm-up of each call, API and direct alternating: this many pairs at most, ... */
    static final int WARM_UP_CALLS = 200;
    /** ... for this long at most, ... */
    static final Duration WARM_UP = Duration.ofSeconds(10);
    /** ... and this many at least, however long they take. */
    static final int MIN_WARM_UP_CALLS = 5;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI api;
    private final URI captureApi;
    private final RequestCapture capture;
    private final boolean breakdown;
    private final ElasticsearchClient es;
    private final PrintStream out;
    private final Plain plain;

    /**
     * @param api        the service under test, talking to Elasticsearch directly
     * @param captureApi the same service talking through {@code capture}
     */
    QueryBench(URI api, URI captureApi, RequestCapture capture, ElasticsearchClient es, Plain plain, PrintStream out) {
        this(api, captureApi, capture, es, plain, out, false);
    }

    /** @param breakdown print what each Elasticsearch request of a call costs alone before measuring the call */
    QueryBench(URI api, URI captureApi, RequestCapture capture, ElasticsearchClient es, Plain plain, PrintStream out,
               boolean breakdown) {
        this.breakdown = breakdown;
        if (breakdown) {
            // the searches of this run only
            try (var old = Files.newDirectoryStream(BREAKDOWN_DIR, "*.json")) {
                for (Path f : old) {
                    Files.delete(f);
                }
            } catch (NoSuchFileException e) {
                // nothing kept yet
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.plain = plain;
        this.api = api;
        this.captureApi = captureApi;
        this.capture = capture;
        this.es = es;
        this.out = out;
    }

    List<Row> run(List<Scenario> scenarios, Load load) throws IOException {
        List<Row> rows = new ArrayList<>();
        out.printf(Locale.ROOT, "  %-22s %4s %8s | %-26s | %-26s | %8s %6s | %-22s | %8s %7s %s%n", "query", "es",
                "hits", "direct p50 / p90 / p99 ms", "API p50 / p90 / p99 ms", "+p50 ms", "p99 ×",
                "paired + ms p25/50/75", "plain ms", "× plain", "(n, errors, dropped)");
        for (Scenario s : scenarios) {
            capture.drain();
            String answer;
            try {
                answer = get(captureApi, s.apiPath());
            } catch (NotServed e) {
                out.printf(Locale.ROOT, "  %-22s not served by this build (%s)%n", s.name(), s.apiPath());
                continue;
            }
            List<RequestCapture.Captured> requests = capture.drain();
            long hits = hits(answer);
            if (breakdown) {
                breakdown(s, requests);
            }
            // warm both paths before measuring: the API server is new, and the JIT compiles each call's own code
            // (reading its answers, writing its JSON) only after it has run a while; measured cold, the first
            // hundred calls cost the API several milliseconds more than a running service pays (docs/performance.md)
            long warmUntil = System.nanoTime() + WARM_UP.toNanos();
            int warmed = 0;
            while (warmed < WARM_UP_CALLS && (warmed < MIN_WARM_UP_CALLS || System.nanoTime() < warmUntil)) {
                get(api, s.apiPath());
                direct(requests);
                warmed++;
            }
            // their pace, once warm, bounds the rate (see below)
            long paced = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                get(api, s.apiPath());
                direct(requests);
            }
            double secondsPerCall = (System.nanoTime() - paced) / 1e9 / 10;
            Paired paired = paired(s.apiPath(), requests);
            // open loop above what the node can serve measures a growing queue, not the call: at most half of
            // the calls one thread can make in a second
            double rate = Math.min(load.rate() * s.rateShare(), 0.5 / secondsPerCall);
            Histogram direct = LatencySummary.newHistogram();
            Histogram viaApi = LatencySummary.newHistogram();
            Histogram reference = LatencySummary.newHistogram();
            long[] errors = new long[3];
            long[] dropped = new long[3];
            double[] seconds = new double[3];
            Duration block = load.duration().dividedBy(load.blocks());
            // the reference is cheap: always at the load's full rate
            double plainRate = load.rate();
            for (int b = 0; b < load.blocks(); b++) {
                OpenLoop.Result d = OpenLoop.run(() -> direct(requests), rate, block, load.maxInFlight(), direct);
                OpenLoop.Result a = OpenLoop.run(() -> get(api, s.apiPath()), rate, block, load.maxInFlight(), viaApi);
                OpenLoop.Result p = OpenLoop.run(() -> EsClients.perform(es, plain.request()), plainRate, block,
                        load.maxInFlight(), reference);
                OpenLoop.Result[] results = {d, a, p};
                for (int i = 0; i < 3; i++) {
                    errors[i] += results[i].errors();
                    dropped[i] += results[i].dropped();
                    seconds[i] += results[i].seconds();
                }
            }
            Row row = new Row(s, requests.size(), hits, LatencySummary.of(direct, errors[0], seconds[0]),
                    LatencySummary.of(viaApi, errors[1], seconds[1]), LatencySummary.of(reference, errors[2], seconds[2]),
                    paired);
            rows.add(row);
            out.printf(Locale.ROOT, "  %-22s %4d %8d | %7.1f / %7.1f / %7.1f | %7.1f / %7.1f / %7.1f | %+8.2f %6.2f"
                            + " | %+6.2f %+6.2f %+6.2f | %8.1f %7.2f (%d+%d+%d, %d+%d+%d, %d+%d+%d) at %.2f/s, %d pairs%n",
                    s.name(), requests.size(),
                    hits, row.direct().p50(), row.direct().p90(), row.direct().p99(), row.api().p50(), row.api().p90(),
                    row.api().p99(), row.overheadP50(), row.p99Ratio(), paired.p25(), paired.p50(), paired.p75(),
                    row.plain().p50(), row.timesPlain(),
                    row.direct().count(), row.api().count(), row.plain().count(), errors[0], errors[1], errors[2],
                    dropped[0], dropped[1], dropped[2], rate, paired.calls());
        }
        return rows;
    }

    /** The API call and its direct requests in pairs, one at a time (see {@link Paired}). */
    private Paired paired(String apiPath, List<RequestCapture.Captured> requests) throws IOException {
        long[] differences = new long[PAIRED_CALLS];
        int n = 0;
        long until = System.nanoTime() + PAIRED_TIME.toNanos();
        while (n < PAIRED_CALLS && (n < MIN_PAIRED_CALLS || System.nanoTime() < until)) {
            long apiNanos;
            long directNanos;
            if (n % 2 == 0) {
                apiNanos = timed(() -> get(api, apiPath));
                directNanos = timed(() -> direct(requests));
            } else {
                directNanos = timed(() -> direct(requests));
                apiNanos = timed(() -> get(api, apiPath));
            }
            differences[n++] = apiNanos - directNanos;
        }
        return Paired.of(Arrays.copyOf(differences, n));
    }

    private interface Call {
        void run() throws IOException;
    }

    private static long timed(Call call) throws IOException {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    /** Calls of each request (and each search of an {@code _msearch}) timed alone by {@link #breakdown}. */
    static final int BREAKDOWN_CALLS = 15;
    private static final ObjectMapper HEADERS = new ObjectMapper();

    /**
     * Prints what each Elasticsearch request of the call costs alone, and each search of an {@code _msearch} sent
     * as its own {@code _search}: p50 of {@value #BREAKDOWN_CALLS} calls after three to warm up, one at a time.
     */
    private void breakdown(Scenario s, List<RequestCapture.Captured> requests) throws IOException {
        out.printf(Locale.ROOT, "  %s, request by request (p50 of %d calls, one at a time):%n", s.name(),
                BREAKDOWN_CALLS);
        for (RequestCapture.Captured c : requests) {
            out.printf(Locale.ROOT, "    %7.2f ms  %s %s%n", p50(List.of(c)), c.method(), c.pathAndQuery());
            if (c.pathAndQuery().contains("/_msearch")) {
                String[] lines = c.body().split("\n");
                for (int i = 0; i + 1 < lines.length; i += 2) {
                    // the header names the index as a string or as a list of names
                    JsonNode named = HEADERS.readTree(lines[i]).path("index");
                    List<String> names = new ArrayList<>();
                    (named.isArray() ? named : List.of(named)).forEach(n -> names.add(n.asText()));
                    String index = names.stream().allMatch(String::isEmpty) ? "_all" : String.join(",", names);
                    RequestCapture.Captured part = new RequestCapture.Captured("POST", "/" + index + "/_search",
                            "application/json", "application/json", lines[i + 1]);
                    out.printf(Locale.ROOT, "    %7.2f ms    search %d: %s%n", p50(List.of(part)), i / 2 + 1,
                            abbreviated(lines[i + 1]));
                    keep(s, part);
                }
            } else if (!c.body().isEmpty()) {
                out.printf(Locale.ROOT, "               %s%n", abbreviated(c.body()));
                keep(s, c);
            }
        }
    }

    /** Where {@link #breakdown} writes each search it timed whole, to be sent again by hand (with its path). */
    static final Path BREAKDOWN_DIR = Path.of("target", "bench-breakdown");

    private void keep(Scenario s, RequestCapture.Captured c) throws IOException {
        Files.createDirectories(BREAKDOWN_DIR);
        String name = s.name().replaceAll("[^A-Za-z0-9]+", "-");
        int n = 1;
        Path file;
        do {
            file = BREAKDOWN_DIR.resolve(name + "-" + n++ + ".json");
        } while (Files.exists(file));
        Files.writeString(file, "// " + c.method() + " " + c.pathAndQuery() + "\n" + c.body() + "\n");
    }

    private double p50(List<RequestCapture.Captured> requests) throws IOException {
        for (int i = 0; i < 3; i++) {
            direct(requests);
        }
        double[] ms = new double[BREAKDOWN_CALLS];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            direct(requests);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /** The request body's first 160 characters, for a reader to tell the searches apart. */
    private static String abbreviated(String body) {
        String one = body.replaceAll("\\s+", " ");
        return one.length() <= 160 ? one : one.substring(0, 160) + "…";
    }

    /** Sends the recorded requests in order, each with the request cache off so that it cannot hide the cost. */
    void direct(List<RequestCapture.Captured> requests) throws IOException {
        for (RequestCapture.Captured c : requests) {
            EsClients.perform(es, toRequest(c));
        }
    }

    static Request toRequest(RequestCapture.Captured c) {
        int q = c.pathAndQuery().indexOf('?');
        Request r = new Request(c.method(), q < 0 ? c.pathAndQuery() : c.pathAndQuery().substring(0, q));
        if (q >= 0) {
            for (String pair : c.pathAndQuery().substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (!name.equals("request_cache")) {
                    r.addParameter(name, value);
                }
            }
        }
        String body = c.body();
        if (c.method().equals("POST") || c.method().equals("GET") && !c.body().isEmpty()) {
            if (c.pathAndQuery().contains("/_msearch")) {
                // _msearch takes the cache flag per search, in each header line, not as a parameter
                body = withoutRequestCache(body);
            } else if (c.pathAndQuery().contains("/_search")) {
                r.addParameter("request_cache", "false");
            }
        }
        if (!body.isEmpty()) {
            r.setEntity(new StringEntity(body, c.contentType() == null ? ContentType.APPLICATION_JSON
                    : ContentType.parse(c.contentType())));
        }
        if (c.accept() != null) {
            // the typed client asks for the versioned media type on both headers; Elasticsearch wants them to agree
            r.setOptions(r.getOptions().toBuilder().addHeader("Accept", c.accept()));
        }
        return r;
    }

    /** An {@code _msearch} body whose header lines (every other line, from the first) say request_cache false. */
    static String withoutRequestCache(String ndjson) {
        StringBuilder out = new StringBuilder();
        String[] lines = ndjson.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i % 2 == 0 && line.startsWith("{")) {
                line = line.trim().equals("{}") ? "{\"request_cache\":false}" : "{\"request_cache\":false," + line.substring(1);
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private String get(URI base, String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 404 && r.body().contains("no such path")) {
                throw new NotServed();
            }
            if (r.statusCode() != 200) {
                throw new IOException(path + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The service has no such endpoint (an older build): the scenario is left out. */
    private static final class NotServed extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** The total an answer states, or -1 when it has none (aggregation endpoints). */
    private static long hits(String answer) {
        int i = answer.indexOf("\"total\":");
        if (i < 0) {
            return -1;
        }
        int from = i + 8;
        int to = from;
        while (to < answer.length() && Character.isDigit(answer.charAt(to))) {
            to++;
        }
        return to > from ? Long.parseLong(answer.substring(from, to)) : -1;
    }
}
