package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.elasticsearch.LocalNode;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.testsupport.ChildJvm;
import jp.meetingsearch.testsupport.Http;
import jp.meetingsearch.testsupport.TestCluster;
import jp.meetingsearch.testsupport.TlsProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ES_URL over HTTPS with ES_CA_CERT and basic credentials or an API key, for real: the test node behind nginx,
 * which terminates TLS with a certificate of a CA made here and checks the credentials. A wrong password or key
 * and an untrusted certificate end in a message that names the setting to fix; no output of the loaders or the
 * service, logs included, ever holds a credential.
 */
class SecuredClusterIT {
    private static final String USER = "loader";
    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final String API_KEY = Base64.getEncoder().encodeToString(("key-id:" + UUID.randomUUID())
            .getBytes(StandardCharsets.UTF_8));
    private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", ".")).resolve("loaders/sample/minutes");
    private static TlsProxy proxy;
    private static Path dir;
    private static String prefix;

    @BeforeAll
    static void startProxy() throws Exception {
        assumeTrue(TlsProxy.nginxBinary() != null, "nginx is not installed (loaders/verify installs it as root)");
        assumeTrue(TlsProxy.opensslAvailable(), "openssl is not installed");
        dir = Files.createTempDirectory("secured-cluster");
        proxy = TlsProxy.start(dir, TestCluster.get().url(), USER, PASSWORD, API_KEY);
        prefix = "sec" + UUID.randomUUID().toString().substring(0, 6) + "-";
    }

    @AfterAll
    static void stopProxy() throws Exception {
        if (proxy != null) {
            proxy.close();
            TestCluster.get().deleteDataset(prefix);
            jp.meetingsearch.elasticsearch.LocalNodeTestAccess.deleteTree(dir);
        }
    }

    @Test
    void loadsOverHttpsWithBasicCredentialsAndServesWithAnApiKey() throws Exception {
        Map<String, String> basic = env(Map.of("ES_CA_CERT", proxy.caCert().toString(), "ES_USERNAME", USER,
                "ES_PASSWORD", PASSWORD));
        ChildJvm.Result load = ChildJvm.run(List.of(), basic, Duration.ofSeconds(120), "load-minutes", SAMPLE.toString());
        assertEquals(0, load.exitCode(), load.output());
        assertNoCredentials(load.output());

        int port = LocalNode.freePort();
        Map<String, String> key = env(Map.of("ES_CA_CERT", proxy.caCert().toString(), "ES_API_KEY", API_KEY,
                "PORT", String.valueOf(port), "SAMPLE_DATA", "false", "LOG_LEVEL", "DEBUG"));
        Path out = dir.resolve("serve.out");
        Process serve = ChildJvm.builder(List.of(), key, out, "serve").start();
        try {
            Http http = new Http(port);
            HttpResponse<String> health = http.await("/api/health", r -> r.statusCode() == 200,
                    Duration.ofSeconds(60), serve);
            JsonNode h = Json.newMapper().readTree(health.body());
            assertEquals(216, h.at("/indices/" + prefix + "remarks").asLong(), health.body());
            HttpResponse<String> search = http.get("/api/search?q=%E5%8D%94%E5%83%8D");
            assertEquals(200, search.statusCode(), search.body());
            assertTrue(Json.newMapper().readTree(search.body()).get("total").asLong() > 0);
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
            serve.destroyForcibly();
        }
        assertNoCredentials(Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void aWrongPasswordOrKeyNamesTheSettingsAndNothingIsWritten() throws Exception {
        ChildJvm.Result wrongPassword = load(Map.of("ES_CA_CERT", proxy.caCert().toString(), "ES_USERNAME", USER,
                "ES_PASSWORD", PASSWORD + "-wrong"));
        assertEquals(3, wrongPassword.exitCode(), wrongPassword.output());
        assertTrue(wrongPassword.output().contains("refused the credentials (401 Unauthorized): check ES_USERNAME "
                + "and ES_PASSWORD, or ES_API_KEY"), wrongPassword.output());
        assertTrue(wrongPassword.output().contains("nothing was written"), wrongPassword.output());
        assertFalse(wrongPassword.output().contains(PASSWORD), "the password was printed");
        assertNoCredentials(wrongPassword.output());

        ChildJvm.Result wrongKey = load(Map.of("ES_CA_CERT", proxy.caCert().toString(), "ES_API_KEY", "bm90LWEta2V5"));
        assertEquals(3, wrongKey.exitCode(), wrongKey.output());
        assertTrue(wrongKey.output().contains("ES_API_KEY"), wrongKey.output());
        assertFalse(wrongKey.output().contains("bm90LWEta2V5"), "the key was printed");
    }

    @Test
    void anUntrustedCertificateNamesEsCaCert() throws Exception {
        // without ES_CA_CERT the JVM's own trust store knows nothing of the test CA; with another CA, neither
        ChildJvm.Result noCa = load(Map.of("ES_USERNAME", USER, "ES_PASSWORD", PASSWORD));
        ChildJvm.Result otherCa = load(Map.of("ES_CA_CERT", proxy.otherCa().toString(), "ES_USERNAME", USER,
                "ES_PASSWORD", PASSWORD));
        for (ChildJvm.Result r : List.of(noCa, otherCa)) {
            assertEquals(3, r.exitCode(), r.output());
            assertTrue(r.output().contains("the certificate of " + proxy.url() + " is not trusted: set ES_CA_CERT"),
                    r.output());
            assertNoCredentials(r.output());
        }
    }

    private ChildJvm.Result load(Map<String, String> settings) throws Exception {
        return ChildJvm.run(List.of(), env(settings), Duration.ofSeconds(120), "load-minutes", SAMPLE.toString());
    }

    private static Map<String, String> env(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(settings);
        env.put("ES_URL", proxy.url().toString());
        env.put("INDEX_PREFIX", prefix);
        env.put("ES_CONNECT_TIMEOUT_MS", "3000");
        return env;
    }

    private static void assertNoCredentials(String output) {
        String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String secret : List.of(PASSWORD, basic, API_KEY)) {
            assertFalse(output.contains(secret), "a credential appears in the output:\n" + output.replace(secret, "***"));
        }
    }
}
