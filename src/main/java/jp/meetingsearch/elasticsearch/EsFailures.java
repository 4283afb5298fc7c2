package jp.meetingsearch.elasticsearch;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a failure to talk to Elasticsearch into one sentence that names the setting to check ({@code ES_URL},
 * {@code ES_USERNAME}/{@code ES_PASSWORD}, {@code ES_API_KEY}, {@code ES_CA_CERT}, the timeouts). The sentence
 * never holds credentials: it is built from the URL (which cannot hold any, see AppConfig) and the kind of error,
 * not from request headers.
 */
public final class EsFailures {
    private EsFailures() {
    }

    /** Why {@code url} could not be used, in words for the person who configured it. */
    public static String describe(Throwable failure, URI url) {
        int status = status(failure);
        if (status == 401) {
            return "Elasticsearch at " + url + " refused the credentials (401 Unauthorized): check ES_USERNAME and "
                    + "ES_PASSWORD, or ES_API_KEY";
        }
        if (status == 403) {
            return "Elasticsearch at " + url + " accepted the credentials but refused the request (403 Forbidden): "
                    + "the user of ES_USERNAME or ES_API_KEY lacks a privilege on the indices";
        }
        if (has(failure, CertPathBuilderException.class) || has(failure, SSLPeerUnverifiedException.class)
                || has(failure, CertificateException.class) || has(failure, SSLHandshakeException.class)) {
            return "the certificate of " + url + " is not trusted: set ES_CA_CERT to the PEM file of the CA that "
                    + "signed it (and check that the host name in ES_URL is one the certificate names)";
        }
        if (has(failure, SSLException.class)) {
            return "no TLS connection to " + url + ": " + ("https".equals(url.getScheme())
                    ? "check that the port speaks HTTPS and ES_CA_CERT" : "the port speaks HTTPS: write https:// in ES_URL");
        }
        if (has(failure, UnknownHostException.class)) {
            return "the host of ES_URL (" + url.getHost() + ") is unknown";
        }
        if (has(failure, ConnectException.class)) {
            return "nothing answers at " + url + " (connection refused): is Elasticsearch running, and ES_URL right?";
        }
        if (has(failure, org.apache.hc.core5.http.ConnectionClosedException.class)
                || has(failure, java.net.SocketException.class)) {
            return "Elasticsearch at " + url + " closed the connection (it stopped or restarted, or a proxy cut it)";
        }
        if (has(failure, SocketTimeoutException.class) || has(failure, TimeoutException.class)
                || String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timeout")) {
            return "Elasticsearch at " + url + " did not answer in time (ES_CONNECT_TIMEOUT_MS, ES_REQUEST_TIMEOUT_MS)";
        }
        if (status > 0) {
            String why = reason(failure);
            return "Elasticsearch at " + url + " answered " + status + (why.isEmpty() ? "" : ": " + why);
        }
        return "Elasticsearch at " + url + " is unreachable: " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + shorten(failure.getMessage()));
    }

    /**
     * True when the connection failed or was cut (the node stopped, restarted or was killed), as opposed to a node
     * that did not answer in time: on a cluster, the same request can go to another node.
     */
    public static boolean connectionLost(Throwable failure) {
        return has(failure, ConnectException.class) || has(failure, org.apache.hc.core5.http.ConnectionClosedException.class)
                || has(failure, java.net.SocketException.class) || has(failure, java.net.NoRouteToHostException.class);
    }

    /**
     * True when a request never left because every pooled connection stayed busy past the connect timeout (the
     * client then throws a RuntimeException around the pool's deadline): the service is overloaded, Elasticsearch
     * may be fine.
     */
    public static boolean isPoolExhausted(Throwable failure) {
        return has(failure, org.apache.hc.core5.util.DeadlineTimeoutException.class);
    }

    /** True when the failure is the client's failing to reach or hear from Elasticsearch, however it is wrapped. */
    public static boolean isUnreachable(Throwable failure) {
        return has(failure, java.io.IOException.class) || has(failure, TimeoutException.class);
    }

    /** The HTTP status Elasticsearch (or a proxy in front of it) answered, or 0 when none came. */
    public static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EsRequestException e) {
                return e.status();
            }
            if (t instanceof WholeCount.ShardsFailedException) {
                return 503;
            }
            if (t instanceof ElasticsearchException e) {
                return e.status();
            }
            if (t instanceof ResponseException e) {
                return e.getResponse().getStatusCode();
            }
            if (t instanceof TransportException e && e.statusCode() > 0) {
                return e.statusCode();
            }
        }
        return 0;
    }

    /**
     * What Elasticsearch said of a refused request, its error's type and reason (the first root cause's when that
     * says more, as for a query too large for the node: {@code too_many_nested_clauses}), or empty.
     */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EsRequestException e) {
                return reasonOf(e.body());
            }
            if (t instanceof ElasticsearchException e && e.error() != null) {
                var cause = e.error().rootCause().isEmpty() ? e.error() : e.error().rootCause().getFirst();
                return shorten(cause.type() + (cause.reason() == null ? "" : ": " + cause.reason()));
            }
            if (t instanceof ResponseException e) {
                return reasonOf(EsClients.body(e.getResponse()));
            }
        }
        return "";
    }

    /** The type and reason of an error body ({@code {"error": {"root_cause": [...], "type", "reason"}}}), or empty. */
    static String reasonOf(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode error = new ObjectMapper().readTree(body).path("error");
            JsonNode cause = error.path("root_cause").path(0);
            JsonNode pick = cause.isObject() ? cause : error;
            if (pick.isTextual()) {
                return shorten(pick.asText());
            }
            String type = pick.path("type").asText("");
            String why = pick.path("reason").asText("");
            return shorten(type + (type.isEmpty() || why.isEmpty() ? "" : ": ") + why);
        } catch (java.io.IOException | RuntimeException notJson) {
            return shorten(body);
        }
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String s) {
        String line = s.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
