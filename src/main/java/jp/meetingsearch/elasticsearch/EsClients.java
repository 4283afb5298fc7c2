package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.config.ConfigException;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

/** Builds the one Elasticsearch client of a process, with the timeouts and credentials of the configuration. */
public final class EsClients {
    private EsClients() {
    }

    /**
     * A client for {@code url}: authentication and CA from the configuration, timeouts as configured, and a
     * connection pool sized by {@link AppConfig#esConnections()}. Waiting for a pooled connection is bounded by the
     * connect timeout; past it a request fails with {@link EsFailures#isPoolExhausted}.
     */
    public static ElasticsearchClient create(URI url, AppConfig cfg, ObjectMapper mapper) {
        return create(List.of(url), cfg, mapper);
    }

    /**
     * A client for the nodes of one cluster: a request that cannot reach one node is sent to the next (the
     * low-level client marks the node dead for a while and tries it again later).
     */
    public static ElasticsearchClient create(List<URI> nodes, AppConfig cfg, ObjectMapper mapper) {
        Rest5ClientBuilder builder = Rest5Client.builder(nodes)
                .setCompressionEnabled(false)
                .setConnectionManagerCallback(cm -> cm.setMaxConnPerRoute(cfg.esConnections())
                        .setMaxConnTotal(cfg.esConnections()))
                .setRequestConfigCallback(rc -> rc
                        .setConnectionRequestTimeout(Timeout.of(cfg.esConnectTimeout()))
                        .setResponseTimeout(Timeout.of(cfg.esRequestTimeout())))
                .setConnectionConfigCallback(cc -> cc
                        .setConnectTimeout(Timeout.of(cfg.esConnectTimeout()))
                        .setSocketTimeout(Timeout.of(cfg.esRequestTimeout())));
        List<Header> headers = new ArrayList<>();
        cfg.esApiKey().ifPresent(k -> headers.add(new BasicHeader("Authorization", "ApiKey " + k)));
        if (cfg.esUsername().isPresent()) {
            String basic = Base64.getEncoder().encodeToString(
                    (cfg.esUsername().get() + ":" + cfg.esPassword().orElse("")).getBytes(StandardCharsets.UTF_8));
            headers.add(new BasicHeader("Authorization", "Basic " + basic));
        }
        builder.setDefaultHeaders(headers.toArray(Header[]::new));
        cfg.esCaCert().ifPresent(ca -> builder.setSSLContext(sslContextTrusting(ca)));
        Rest5Client rest = builder.build();
        return new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper(mapper)));
    }

    /** The low-level client under {@code client}, for requests the typed API does not model. */
    public static Rest5Client lowLevel(ElasticsearchClient client) {
        return ((Rest5ClientTransport) client._transport()).restClient();
    }

    /**
     * Sends a raw request and returns the answer's body; an answer of 300 or more becomes an
     * {@link EsRequestException} carrying status and body (the low-level client itself does not always throw).
     */
    public static String perform(ElasticsearchClient client, Request request) throws IOException {
        return new String(performForBytes(client, request), StandardCharsets.UTF_8);
    }

    /**
     * As {@link #perform(ElasticsearchClient, Request)}, the body as Elasticsearch sent it (UTF-8 JSON), for a
     * parser that reads bytes: a page of hits is not decoded into a string first.
     */
    public static byte[] performForBytes(ElasticsearchClient client, Request request) throws IOException {
        Response response;
        try {
            response = lowLevel(client).performRequest(request);
        } catch (ResponseException e) {
            throw new EsRequestException(e.getResponse().getStatusCode(), body(e.getResponse()));
        }
        if (response.getStatusCode() >= 300) {
            throw new EsRequestException(response.getStatusCode(), body(response));
        }
        return response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
    }

    /**
     * As {@link #performForBytes}, for a request the typed client could have sent (a search written by hand, read
     * without typed objects): a refusal whose body is Elasticsearch's error becomes its {@link ElasticsearchException},
     * as the typed client would have thrown it; any other stays an {@link EsRequestException}.
     */
    public static byte[] performAsTyped(ElasticsearchClient client, Request request, String endpoint)
            throws IOException {
        try {
            return performForBytes(client, request);
        } catch (EsRequestException e) {
            ErrorResponse error;
            try {
                error = ErrorResponse.of(b -> b.withJson(new java.io.StringReader(e.body())));
            } catch (RuntimeException notAnError) {
                // not Elasticsearch's answer (a proxy's page)
                throw e;
            }
            throw new ElasticsearchException(endpoint, error);
        }
    }

    /**
     * Sends a search the typed client could have sent, written as its JSON, and returns Elasticsearch's answer as it
     * came, for a reader that does without typed objects: to the indices the request names (to {@code /_search} when
     * it reads a point in time, which names them itself), never answered from part of the shards, its aggregations
     * named with their types when {@code typedKeys}; a refusal as {@link #performAsTyped} says.
     */
    public static byte[] search(ElasticsearchClient client, SearchRequest search, boolean typedKeys)
            throws IOException {
        Request r = new Request("POST", search.pit() != null ? "/_search"
                : "/" + String.join(",", search.index()) + "/_search");
        if (typedKeys) {
            r.addParameter("typed_keys", "true");
        }
        r.addParameter("allow_partial_search_results", "false");
        r.setJsonEntity(JsonpUtils.toJsonString(search, client._jsonpMapper()));
        return performAsTyped(client, r, "search");
    }

    /**
     * As {@link #perform(ElasticsearchClient, Request)}, waiting at most {@code timeout}: then the request is
     * cancelled (its connection goes back to the pool) and a {@link java.net.SocketTimeoutException} is thrown. The
     * client's own response timeout is the searches' (30 s); a health check must know sooner.
     */
    public static String perform(ElasticsearchClient client, Request request, java.time.Duration timeout)
            throws IOException {
        java.util.concurrent.CompletableFuture<Response> answer = new java.util.concurrent.CompletableFuture<>();
        co.elastic.clients.transport.rest5_client.low_level.Cancellable call = lowLevel(client).performRequestAsync(
                request, new co.elastic.clients.transport.rest5_client.low_level.ResponseListener() {
                    @Override
                    public void onSuccess(Response response) {
                        answer.complete(response);
                    }

                    @Override
                    public void onFailure(Exception exception) {
                        answer.completeExceptionally(exception);
                    }
                });
        Response response;
        try {
            response = answer.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            call.cancel();
            throw new java.net.SocketTimeoutException("no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for Elasticsearch");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ResponseException re) {
                throw new EsRequestException(re.getResponse().getStatusCode(), body(re.getResponse()));
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        String body = body(response);
        if (response.getStatusCode() >= 300) {
            throw new EsRequestException(response.getStatusCode(), body);
        }
        return body;
    }

    /** The body of an answer as text (an unreadable one says so). */
    static String body(Response r) {
        try {
            return r.getEntity() == null ? "" : EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8);
        } catch (IOException | ParseException e) {
            return "(unreadable answer: " + e.getMessage() + ")";
        }
    }

    /** An SSL context that trusts the certificates in a PEM file (and nothing else). */
    static SSLContext sslContextTrusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                ks.setCertificateEntry("ca-" + i++, c);
            }
            if (i == 0) {
                throw new ConfigException("ES_CA_CERT " + pem + " holds no PEM certificate");
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException("ES_CA_CERT " + pem + " could not be read as PEM certificates: " + e.getMessage());
        }
    }
}
