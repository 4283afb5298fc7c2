package jp.meetingsearch.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Plain HTTP calls to a running service, for tests that drive it from outside. */
public final class Http {
    private final HttpClient client = ApiContract.checking(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** GET {@code path} (already encoded), answered within {@code timeout}. */
    public HttpResponse<String> get(String path, Duration timeout) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, Duration.ofSeconds(60));
    }

    /** Polls {@code path} until an answer passes {@code until}; fails after {@code timeout} with the last one. */
    public HttpResponse<String> await(String path, Predicate<HttpResponse<String>> until, Duration timeout,
                                      Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "(no answer)";
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new AssertionError("the service exited with code " + process.exitValue() + "; last: " + last);
            }
            try {
                HttpResponse<String> r = get(path, Duration.ofSeconds(30));
                if (until.test(r)) {
                    return r;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no answer as expected from " + path + " within " + timeout + "; last: " + last);
    }
}
