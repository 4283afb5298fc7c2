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

    private static String describe(Exception e) {
        return EsFailures.describe(e, URL);
    }
}
