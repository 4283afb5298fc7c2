package jp.meetingsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.sun.net.httpserver.HttpServer;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;

class RequestCaptureTest {

    @Test
    void forwardsUnchangedAndRecordsMethodPathAndBody() throws Exception {
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", ex -> {
            byte[] in = ex.getRequestBody().readAllBytes();
            byte[] answer = ("{\"seen\":\"" + ex.getRequestMethod() + " " + ex.getRequestURI() + " "
                    + new String(in, StandardCharsets.UTF_8).length() + "\"}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            ex.sendResponseHeaders(201, answer.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(answer);
            }
        });
        upstream.start();
        try (RequestCapture capture = RequestCapture.start(
                URI.create("http://127.0.0.1:" + upstream.getAddress().getPort()))) {
            String body = "{\"query\":{\"match\":{\"text\":\"協働\"}}}";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            capture.url().resolve("/bench-remarks/_search?typed_keys=true&q=%E5%9C%B0"))
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode());
            assertEquals("Elasticsearch", r.headers().firstValue("X-Elastic-Product").orElse(null));
            assertEquals("{\"seen\":\"POST /bench-remarks/_search?typed_keys=true&q=%E5%9C%B0 " + body.length()
                    + "\"}", r.body());
            List<RequestCapture.Captured> seen = capture.drain();
            assertEquals(List.of(new RequestCapture.Captured("POST",
                    "/bench-remarks/_search?typed_keys=true&q=%E5%9C%B0", "application/json", "application/json",
                    body)), seen);
            assertEquals(List.of(), capture.drain());

            Request replay = QueryBench.toRequest(seen.getFirst());
            assertEquals("POST", replay.getMethod());
            assertEquals("/bench-remarks/_search", replay.getEndpoint());
            assertEquals("true", replay.getParameters().get("typed_keys"));
            assertEquals("地", replay.getParameters().get("q"));
            assertEquals("false", replay.getParameters().get("request_cache"));
            assertEquals(body, EntityUtils.toString(replay.getEntity(), StandardCharsets.UTF_8));
        } finally {
            upstream.stop(0);
        }
    }

    @Test
    void optionsParseAndRejectNonsense() {
        Benchmark.Options o = Benchmark.Options.parse("--sizes", "100000,10_000", "--rate", "2.5", "--tune");
        assertEquals(List.of(10_000, 100_000), o.sizes());
        assertEquals(2.5, o.rate(), 1e-9);
        assertEquals(true, o.tune());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Benchmark.Options.parse("--rate", "0"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Benchmark.Options.parse("--bogus"));
    }

    @Test
    void aReplayedMsearchAsksEachSearchNotToUseTheRequestCache() {
        assertEquals("{\"request_cache\":false,\"index\":\"r\"}\n{\"size\":0}\n{\"request_cache\":false}\n{}\n",
                QueryBench.withoutRequestCache("{\"index\":\"r\"}\n{\"size\":0}\n{}\n{}\n"));
    }
}
