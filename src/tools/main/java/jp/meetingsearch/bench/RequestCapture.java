package jp.meetingsearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A recording proxy on loopback: the service is pointed at it once per query so that the exact requests it sends
 * to Elasticsearch (method, path with parameters, body) are known and can be sent directly for comparison.
 * Everything is forwarded unchanged, answers included.
 */
public final class RequestCapture implements AutoCloseable {
    /** Headers the proxy sets itself rather than copying. */
    private static final Set<String> HOP_BY_HOP = Set.of("content-length", "transfer-encoding", "connection", "host",
            "keep-alive", "upgrade", "expect");

    /** One request as the service sent it. */
    public record Captured(String method, String pathAndQuery, String contentType, String accept, String body) {
    }

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI upstream;
    private final List<Captured> captured = new ArrayList<>();

    private RequestCapture(URI upstream) throws IOException {
        this.upstream = upstream;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** A proxy for {@code upstream} (an Elasticsearch base URL), listening on a free loopback port. */
    public static RequestCapture start(URI upstream) throws IOException {
        return new RequestCapture(upstream);
    }

    /** Where to point a client. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The requests recorded since the last call, in the order they arrived. */
    public synchronized List<Captured> drain() {
        List<Captured> out = List.copyOf(captured);
        captured.clear();
        return out;
    }

    private void forward(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            String pathAndQuery = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            String contentType = ex.getRequestHeaders().getFirst("Content-Type");
            synchronized (this) {
                captured.add(new Captured(ex.getRequestMethod(), pathAndQuery, contentType,
                        ex.getRequestHeaders().getFirst("Accept"), new String(body, StandardCharsets.UTF_8)));
            }
            HttpRequest.Builder out = HttpRequest.newBuilder(upstream.resolve(pathAndQuery))
                    .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            ex.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> out.header(name, v));
                }
            });
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while forwarding to " + upstream, e);
            }
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    ex.getResponseHeaders().put(name, values);
                }
            });
            byte[] payload = answer.body();
            boolean empty = payload.length == 0 || "HEAD".equals(ex.getRequestMethod());
            ex.sendResponseHeaders(answer.statusCode(), empty ? -1 : payload.length);
            if (!empty) {
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(payload);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
