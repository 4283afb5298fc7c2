package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import jp.meetingsearch.testsupport.ApiContract;

/** The conventions of every answer, as an integrator's client and a browser see them. */
class HttpConventionsIT {
    private static SearchFixture site;
    private static final HttpClient HTTP = ApiContract.httpClient();

    @BeforeAll
    static void start() throws Exception {
        site = new SearchFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    private static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + site.app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void jsonIsDeclaredAsUtf8Everywhere() throws Exception {
        for (String path : List.of("/api/search?q=%E5%B8%82", "/api/meetings", "/api/health", "/openapi.json",
                "/api/search?size=1000", "/api/nowhere")) {
            HttpResponse<String> r = send("GET", path);
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.toLowerCase(java.util.Locale.ROOT).matches("application/json; ?charset=utf-8"), path + ": " + type);
        }
    }

    @Test
    void securityHeadersOnPagesJsonAndErrors() throws Exception {
        for (String path : List.of("/", "/discussion.html", "/js/search.js", "/api/search", "/api/nowhere")) {
            HttpResponse<String> r = send("GET", path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self';") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-eval") || csp.matches(".*script-src[^;]*unsafe-inline.*"), csp);
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")), path);
        }
    }

    @Test
    void pagesHaveNoInlineScript() throws Exception {
        for (String page : List.of("/", "/projects.html", "/discussion.html")) {
            String html = send("GET", page).body();
            assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), page + " has an inline script");
            assertFalse(html.matches("(?s).*\\son[a-z]+=\".*"), page + " has an inline event handler");
        }
    }

    @Test
    void aWrongMethodOnAKnownPathIs405WithAllow() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r = send(method, "/api/search");
            assertEquals(405, r.statusCode(), method + " " + r.body());
            assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
            JsonNode body = site.es.mapper().readTree(r.body());
            assertEquals("method_not_allowed", body.get("error").asText());
        }
        assertEquals(405, send("POST", "/api/meetings/" + SearchFixture.M1).statusCode());
        assertEquals(404, send("POST", "/api/nowhere").statusCode(), "an unknown path stays 404");
        assertEquals(200, send("HEAD", "/api/meetings").statusCode(), "HEAD, as Allow says");
    }

    @Test
    void errorTextIsPlainTextInJson() throws Exception {
        HttpResponse<String> r = send("GET", "/api/search?fy_from=2024&fy_to=2020");
        assertEquals(400, r.statusCode());
        String message = site.es.mapper().readTree(r.body()).get("message").asText();
        assertTrue(message.contains("is after fy_to (2024 > 2020)"), message);
        assertFalse(r.body().contains("&gt;") || r.body().contains(">"), "JSON escaping alone keeps markup out: " + r.body());
    }

    @Test
    void oneAccessLogLinePerRequestWithoutQueryOrToken() throws Exception {
        Logger access = (Logger) LoggerFactory.getLogger("jp.meetingsearch.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        access.addAppender(lines);
        try {
            send("GET", "/api/search?q=secretword", "Authorization", "Bearer a-very-secret-token-123");
            send("POST", "/api/search");
            send("GET", "/api/nowhere");
            long deadline = System.currentTimeMillis() + 5000;
            while (lines.list.size() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            access.detachAppender(lines);
        }
        List<String> logged = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(3, logged.size(), logged.toString());
        assertTrue(logged.get(0).matches("GET /api/search 200 \\d+ ms"), logged.get(0));
        assertTrue(logged.get(1).matches("POST /api/search 405 \\d+ ms"), logged.get(1));
        assertTrue(logged.get(2).matches("GET /api/nowhere 404 \\d+ ms"), logged.get(2));
        assertFalse(logged.toString().contains("secret"), "neither the query nor the token");
    }
}
