package jp.meetingsearch.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.security.cert.CertPathBuilderException;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

class EsFailuresTest {
    private static final URI URL = URI.create("https://es.example.org:9243");

    @Test
    void eachFailureNamesWhatToCheck() {
        assertEquals("Elasticsearch at https://es.example.org:9243 refused the credentials (401 Unauthorized): check "
                + "ES_USERNAME and ES_PASSWORD, or ES_API_KEY", describe(new EsRequestException(401, "{}")));
        assertTrue(describe(new EsRequestException(403, "{}")).contains("403 Forbidden"));
        SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
        untrusted.initCause(new CertPathBuilderException("unable to find valid certification path"));
        assertTrue(describe(new IOException("handshake", untrusted)).contains("is not trusted: set ES_CA_CERT"));
        assertTrue(describe(new ConnectException("Connection refused")).startsWith("nothing answers at " + URL));
        assertTrue(describe(new SocketTimeoutException("Read timed out")).contains("ES_REQUEST_TIMEOUT_MS"));
        assertTrue(describe(new java.net.SocketException("Connection reset")).contains("closed the connection"));
        assertEquals(503, EsFailures.status(new IOException("wrapped", new EsRequestException(503, ""))));
    }

    @Test
    void aRefusedRequestSaysWhatElasticsearchSaidOfIt() {
        // the body Elasticsearch 9 sends for an ids query beyond the result window (its root cause says the most)
        String body = "{\"error\":{\"root_cause\":[{\"type\":\"query_shard_exception\",\"reason\":\"failed to create "
                + "query: Too many ids specified, allowed max result window is [10000]\"}],\"type\":"
                + "\"search_phase_execution_exception\",\"reason\":\"all shards failed\"},\"status\":400}";
        assertEquals("Elasticsearch at https://es.example.org:9243 answered 400: query_shard_exception: failed to create "
                + "query: Too many ids specified, allowed max result window is [10000]",
                describe(new IOException("wrapped", new EsRequestException(400, body))));
        assertEquals("Elasticsearch at https://es.example.org:9243 answered 400: illegal_argument_exception: bad",
                describe(new EsRequestException(400, "{\"error\":{\"type\":\"illegal_argument_exception\","
                        + "\"reason\":\"bad\"},\"status\":400}")));
        assertEquals("Elasticsearch at https://es.example.org:9243 answered 502: Bad Gateway",
                describe(new EsRequestException(502, "Bad Gateway")), "a proxy's page as it came");
        assertEquals("Elasticsearch at https://es.example.org:9243 answered 404",
                describe(new EsRequestException(404, "")));
    }

    private static String describe(Exception e) {
        return EsFailures.describe(e, URL);
    }
}
