package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.SampleService;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed requests against every route of the running service over the sample corpus, sent as raw
 * bytes (so that invalid encodings reach the server as written): never a 5xx, never a stack trace, never markup
 * of the request echoed back unescaped, never a response header made from the request, and each answered within
 * a bound that shows no request keeps Elasticsearch busy for long.
 */
class HttpAbuseIT {
    private static final Duration MAX_ANSWER = Duration.ofSeconds(5);
    private static final List<String> ROUTES = List.of("/api/search", "/api/search.csv", "/api/search.ndjson",
            "/api/kwic", "/api/kwic.csv", "/api/meetings", "/api/meetings/{id}", "/api/remarks/{id}", "/api/projects",
            "/api/projects/yearly", "/api/themes", "/api/themes.csv", "/api/themes/matrix", "/api/themes/matrix.csv",
            "/api/roles", "/api/roles.csv", "/api/roles/{id}/keywords", "/api/roles/{id}/keywords.csv",
            "/api/keywords", "/api/keywords.csv", "/api/cooccurrence", "/api/cooccurrence.csv", "/api/health",
            "/openapi.json");
    private static final List<String> PARAMETERS = List.of("q", "role", "role_group", "speaker", "body", "meeting",
            "section", "theme", "fiscal_year", "fy_from", "fy_to", "date_from", "date_to", "sort", "size", "page",
            "cursor", "synonyms", "facets", "width", "context", "form", "department", "area", "new", "by", "fg", "bg",
            "term", "min_count", "sample", "columns", "unknown_parameter", "__proto__");
    /** Values as they are meant (encoded before sending). */
    private static final List<String> VALUES = List.of(
            "協".repeat(5000), "a".repeat(20_000), "x ".repeat(3000),
            "\u0000", "\u0001\u0002\u001f\u007f", "\r\nX-Injected: yes", "\u202e逆\u202c", "\ufeff\ufeff", "\ud800",
            "\"".repeat(1000), "|".repeat(1000), "-".repeat(1000), "a | ".repeat(500), "\"a\" ".repeat(300),
            "-a ".repeat(400), "((((((((((", "*".repeat(1000), "a~1000", "\\", "a AND b OR NOT c", "人材".repeat(400), "協働".repeat(500), "人材".repeat(150),
            String.join(" ", java.util.Collections.nCopies(32, "人材まちづくり子ども")),
            "2147483648", "-1", "0", "1e9", "99999999999999999999", "NaN", "0x10", "１００", "-0",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}",
            "${jndi:ldap://127.0.0.1/a}", "'; DROP TABLE remarks; --", "{\"query\":{\"match_all\":{}}}",
            "令和999年度", "平成0年", "2021-02-30", "R", "../../etc/passwd", "%", "");
    /** Values sent as written: broken percent-encodings and invalid UTF-8. */
    private static final List<String> RAW_VALUES = List.of("%", "%zz", "%0", "%C3%28", "%FF%FE%FD", "%E3%81",
            "%ED%A0%80", "%C0%AE%C0%AE%2F", "%00", "%0d%0aX-Injected:%20yes", "%25252525", "+++", "%2B%2B");
    private static final List<String> IDS = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f_cat%2findices",
            "..", "%2e%2e", "..;", "%00", "%252e%252e%252f", "a%2Fb", "_all", "*", "%2A", "x".repeat(5000), "%E3%81",
            "%C0%AE%C0%AE", "%5C..%5C..%5Cwindows", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%0d%0aX-Injected:%20yes",
            "2021-12-21-s3-1a2b3c4d", "委員");
    private static final List<String> RAW_PATHS = List.of("/api/../../etc/passwd", "/api/%2e%2e/%2e%2e/etc/passwd",
            "/api/search/../health", "//api//search", "/api/search;jsessionid=x", "/api/search%00.json",
            "/api/search?q", "/api/search?&&&&=&=", "/api/search?%=x", "/api/search?q=a" + "&q=b".repeat(1000),
            "/api/search?" + "p=1&".repeat(2000), "/api/%3Cscript%3E", "/%2e%2e/%2e%2e/etc/passwd",
            "/api/search?q=%3Cscript%3Ealert(1)%3C/script%3E&size=%3Cb%3E",
            "/api/remarks/%3Cimg%20src=x%20onerror=alert(1)%3E", "/api/search?sort=%3Cscript%3E");
    private static final List<String> LEAKS = List.of("exception", "\tat ", "at java.", "at jp.meetingsearch",
            "at org.", "at io.javalin", "caused by", "<script", "<img", "<svg");

    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void noHostileRequestGetsA5xxAStackTraceOrAnEcho() throws Exception {
        SampleService service = SampleService.get();
        List<String> requests = requests();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long slowest = 0;
        String slowestRequest = "";
        for (String target : requests) {
            long t0 = System.nanoTime();
            Answer a = send(service.port(), target);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > slowest) {
                slowest = ms;
                slowestRequest = target;
            }
            statuses.merge(a.status(), 1, Integer::sum);
            String problem = problem(a, ms);
            if (problem == null) {
                problem = contract(target, a);
            }
            if (problem != null && problems.size() < 20) {
                problems.add(problem + " for GET " + shorten(target) + " → " + a.status() + " " + shorten(a.body()));
            }
        }
        assertEquals(List.of(), problems);
        Answer health = send(service.port(), "/api/health");
        assertEquals(200, health.status(), "the service is not healthy after the hostile requests: " + health.body());
        System.out.printf("http abuse: %d hostile requests on %d routes, statuses %s, slowest %d ms (%s); no 5xx, "
                + "no stack trace, no echo%n", requests.size(), ROUTES.size(), statuses, slowest, shorten(slowestRequest));
    }

    @Test
    void aForgedCursorIsABadParameterNotAnEngineFailure() throws Exception {
        SampleService service = SampleService.get();
        // well-formed base64 JSON of a cursor, with a string where the date's epoch milliseconds go
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"s\":\"date\",\"n\":10,\"a\":[\"2021-12-21\",\"m\",1,\"m-1\"]}".getBytes(StandardCharsets.UTF_8));
        Answer a = send(service.port(), "/api/search?sort=date&cursor=" + forged);
        assertEquals(400, a.status(), a.body());
        assertTrue(a.body().contains("cursor"), a.body());
    }

    @Test
    void aClientTricklingHeadersIsCutOffAfterTheHeaderDeadline() throws Exception {
        SampleService service = SampleService.get();
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), service.port())) {
            s.setSoTimeout(1000);
            OutputStream out = s.getOutputStream();
            out.write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            long t0 = System.nanoTime();
            boolean closed = false;
            // one header line every 3 s: each one would restart an idle timeout
            for (int i = 0; i < 12 && !closed; i++) {
                try {
                    out.write(("X-Slow-" + i + ": a\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    closed = s.getInputStream().read() < 0;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    Thread.sleep(2000);
                } catch (IOException reset) {
                    closed = true;
                }
            }
            long seconds = (System.nanoTime() - t0) / 1_000_000_000;
            assertTrue(closed, "the connection is still open after " + seconds + " s of trickled headers");
            assertTrue(seconds <= ConnectionLimits.HEADER_TIMEOUT.toSeconds() + 5, "closed only after " + seconds + " s");
            System.out.printf("slow headers: a client sending one header line every 3 s was cut off after %d s%n",
                    seconds);
        }
    }

    @Test
    void theApiListensOnThisMachineOnlyByDefault() throws Exception {
        SampleService service = SampleService.get();
        InetAddress external = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(n -> {
                    try {
                        return n.isUp() && !n.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(n -> java.util.Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "this machine has no other address");
        assertEquals(200, send(service.port(), "/api/health").status());
        IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> new Socket(external, service.port()).close(), "the API answers on " + external);
        assertTrue(refused instanceof java.net.ConnectException, refused.toString());
    }

    /** What is wrong with an answer, or null. */
    private String problem(Answer a, long ms) {
        if (a.status() < 200 || a.status() >= 500) {
            return "status " + a.status();
        }
        if (ms > MAX_ANSWER.toMillis()) {
            return "took " + ms + " ms";
        }
        if (a.headers().toLowerCase(Locale.ROOT).contains("x-injected")) {
            return "a response header made from the request";
        }
        String all = (a.headers() + "\n" + a.body()).toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            if (all.contains(leak)) {
                return "answer holds '" + leak.strip() + "'";
            }
        }
        if (a.headers().toLowerCase(Locale.ROOT).contains("content-type: application/json")) {
            try {
                mapper.readTree(a.body());
            } catch (IOException e) {
                return "JSON content type but no JSON";
            }
        }
        return null;
    }

    private static List<String> requests() {
        List<String> values = new ArrayList<>();
        VALUES.forEach(v -> values.add(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        values.addAll(RAW_VALUES);
        List<String> out = new ArrayList<>();
        for (int r = 0; r < ROUTES.size(); r++) {
            String route = ROUTES.get(r);
            List<String> paths = new ArrayList<>();
            if (route.contains("{id}")) {
                IDS.forEach(id -> paths.add(route.replace("{id}", id)));
            } else {
                paths.add(route);
            }
            for (String path : paths) {
                out.add(path);
            }
            String path = paths.getLast();
            // every value as the query, and every parameter with a value that rotates over the routes
            for (String v : values) {
                out.add(path + "?q=" + v);
            }
            for (int p = 0; p < PARAMETERS.size(); p++) {
                for (int k = 0; k < 3; k++) {
                    String v = values.get((r * 7 + p * 3 + k * 11) % values.size());
                    out.add(path + "?q=%E5%8D%94%E5%83%8D&" + PARAMETERS.get(p) + "=" + v);
                }
            }
        }
        out.addAll(RAW_PATHS);
        return out;
    }

    /** What in the answer breaks /openapi.json, or null. */
    private static String contract(String target, Answer a) {
        String type = null;
        for (String line : a.headers().split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                type = line.substring("content-type:".length()).strip();
            }
        }
        // the target as it went out (send writes it in ISO-8859-1: a character beyond it becomes '?', which the
        // server reads as the start of the query)
        String sent = new String(target.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        try {
            ApiContract.check("GET", sent, a.status(), type, a.body());
            return null;
        } catch (AssertionError e) {
            return e.getMessage();
        }
    }

    /** One HTTP/1.0 exchange over a plain socket: the request line goes out exactly as given. */
    private static Answer send(int port, String target) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout((int) MAX_ANSWER.toMillis() * 4);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            String response = buf.toString(StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            String body = split < 0 ? "" : response.substring(split + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            return new Answer(status, head, body);
        }
    }

    record Answer(int status, String headers, String body) {
    }

    private static String shorten(String s) {
        String one = s.replaceAll("[\\r\\n]+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}
