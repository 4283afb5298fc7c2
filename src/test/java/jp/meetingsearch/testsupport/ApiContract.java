package jp.meetingsearch.testsupport;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jp.meetingsearch.http.OpenApi;
import jp.meetingsearch.json.Json;

/**
 * Every JSON answer of the API checked against {@code /openapi.json}: the operation is found by method and path
 * template, the response by status (else {@code default}), and the body validated against that response's JSON
 * Schema (OpenAPI 3.1 schemas are JSON Schema 2020-12). Integration tests send their requests through
 * {@link #httpClient()}, which checks each answer it receives; a test reading answers otherwise calls
 * {@link #check}.
 */
public final class ApiContract {
    private static final ObjectMapper MAPPER = Json.newMapper();
    private static final ObjectNode SPEC = OpenApi.load(MAPPER);
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final List<Operation> OPERATIONS = operations();

    private record Operation(String method, String template, Pattern path, JsonNode node) {
    }

    private ApiContract() {
    }

    /** A client like {@code HttpClient.newHttpClient()} that checks every JSON answer against the spec. */
    public static HttpClient httpClient() {
        return new Checking(HttpClient.newHttpClient());
    }

    /** The same around {@code client} (its settings kept). */
    public static HttpClient checking(HttpClient client) {
        return new Checking(client);
    }

    /**
     * Fails with every violation when a JSON answer of {@code method path} with {@code status} does not match the
     * spec; answers that are not JSON (CSV, NDJSON, pages) are left to their tests.
     */
    public static void check(String method, String pathAndQuery, int status, String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            return;
        }
        int query = pathAndQuery.indexOf('?');
        String asked = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        // the router ignores a trailing slash: /api/meetings/ is /api/meetings
        String path = asked.length() > 1 && asked.endsWith("/") ? asked.substring(0, asked.length() - 1) : asked;
        Operation op = OPERATIONS.stream().filter(o -> o.method().equals(method) && o.path().matcher(path).matches())
                .findFirst().orElse(null);
        String pointer;
        if (op == null) {
            if (status < 400) {
                throw new AssertionError(method + " " + path + " answered " + status + " but /openapi.json has no such operation");
            }
            pointer = "#/components/schemas/Error";
        } else {
            pointer = responseSchema(op, status);
        }
        List<Error> errors = SCHEMAS.computeIfAbsent(pointer, ApiContract::schema).validate(body, InputFormat.JSON);
        if (!errors.isEmpty()) {
            List<String> lines = new ArrayList<>();
            errors.forEach(e -> lines.add(e.toString()));
            throw new AssertionError(method + " " + pathAndQuery + " " + status + " does not match " + pointer + ": "
                    + lines + "\nbody: " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body));
        }
    }

    /** Pointer to the JSON schema of the answer {@code status} of {@code op}. */
    private static String responseSchema(Operation op, int status) {
        JsonNode responses = op.node().path("responses");
        String key = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
        if (!responses.has(key)) {
            throw new AssertionError(op.method() + " " + op.template() + " answered " + status
                    + ", which /openapi.json does not describe (no default either)");
        }
        JsonNode response = responses.get(key);
        String base = "#/paths/" + escape(op.template()) + "/" + op.method().toLowerCase(Locale.ROOT) + "/responses/" + key;
        if (response.has("$ref")) {
            base = response.get("$ref").asText();
            response = SPEC.at(base.substring(1));
        }
        if (!response.at("/content/application~1json/schema").isObject()) {
            throw new AssertionError(op.method() + " " + op.template() + " " + status + " answered JSON, but "
                    + base + " declares no application/json content");
        }
        return base + "/content/application~1json/schema";
    }

    private static Schema schema(String pointer) {
        // the whole document as the root, so that every $ref inside resolves; the root refers to the schema wanted
        ObjectNode root = SPEC.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", pointer);
        return REGISTRY.getSchema(root.toString(), InputFormat.JSON);
    }

    private static List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = SPEC.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            String regex = Pattern.quote(p.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> o = ops.next();
                out.add(new Operation(o.getKey().toUpperCase(Locale.ROOT), p.getKey(), Pattern.compile(regex), o.getValue()));
            }
        }
        // literal paths before templates: /api/roles.csv is not /api/roles/{role}/…
        out.sort(Comparator.comparingLong(o -> o.template().chars().filter(c -> c == '{').count()));
        return List.copyOf(out);
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    /** Delegates everything; checks each answer whose body arrived as a String. */
    private static final class Checking extends HttpClient {
        private final HttpClient client;

        Checking(HttpClient client) {
            this.client = client;
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            HttpResponse<T> r = client.send(request, handler);
            verify(r);
            return r;
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            return client.sendAsync(request, handler).thenApply(r -> {
                verify(r);
                return r;
            });
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                                HttpResponse.PushPromiseHandler<T> push) {
            return client.sendAsync(request, handler, push).thenApply(r -> {
                verify(r);
                return r;
            });
        }

        private static void verify(HttpResponse<?> r) {
            if (r.body() instanceof String body && !"HEAD".equals(r.request().method())) {
                HttpHeaders h = r.headers();
                URI uri = r.request().uri();
                check(r.request().method(), uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                        r.statusCode(), h.firstValue("Content-Type").orElse(null), body);
            }
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return client.cookieHandler();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return client.connectTimeout();
        }

        @Override
        public Redirect followRedirects() {
            return client.followRedirects();
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return client.proxy();
        }

        @Override
        public SSLContext sslContext() {
            return client.sslContext();
        }

        @Override
        public SSLParameters sslParameters() {
            return client.sslParameters();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return client.authenticator();
        }

        @Override
        public Version version() {
            return client.version();
        }

        @Override
        public Optional<Executor> executor() {
            return client.executor();
        }
    }
}
