package jp.meetingsearch.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration of one process (service or loader), read from environment variables once.
 *
 * @param port              HTTP port of the API ({@code PORT}, default 7070)
 * @param esUrl             an existing cluster ({@code ES_URL}); empty: the local node is used
 * @param esApiKey          {@code ES_API_KEY} (encoded form, as Kibana shows it)
 * @param esUsername        {@code ES_USERNAME}
 * @param esPassword        {@code ES_PASSWORD}
 * @param esCaCert          PEM file of the CA that signed the cluster's certificate ({@code ES_CA_CERT})
 * @param indexPrefix       prefix of every index and alias name ({@code INDEX_PREFIX}, default none)
 * @param sampleData        load the sample corpus into empty indices at start ({@code SAMPLE_DATA}, default true)
 * @param localNode         where and how the local node runs when no cluster is given
 * @param esConnectTimeout  connect timeout to Elasticsearch ({@code ES_CONNECT_TIMEOUT_MS}, default 2000)
 * @param esRequestTimeout  response timeout of one request ({@code ES_REQUEST_TIMEOUT_MS}, default 30000)
 * @param corsOrigins       origins allowed to call the API from a browser ({@code CORS_ORIGINS}, comma separated; none by default)
 * @param adminToken        token that enables write endpoints ({@code ADMIN_TOKEN}; empty: write endpoints are off)
 * @param esNodes           every node {@code ES_URL} lists (comma separated; the first is {@code esUrl}): requests
 *                          fail over to the next when one cannot be reached
 * @param scale             index layout on the cluster and the settings that keep analytics fast
 * @param heavyConcurrency  requests of each expensive kind (exports, KWIC, keywords, matrix by meeting) served at
 *                          once ({@code HEAVY_CONCURRENCY}, default 4); more are refused with 429
 * @param bind              the address the API listens on ({@code BIND}, default 127.0.0.1: this machine only)
 * @param search            the files searches read and their limits
 * @param bulk              how loaders write
 * @param projectDir        the project's folder, where {@code loaders/sample} is (system property
 *                          {@code project.basedir}, which the launch scripts set; default the working directory)
 */
public record AppConfig(
        int port,
        Optional<URI> esUrl,
        Optional<String> esApiKey,
        Optional<String> esUsername,
        Optional<String> esPassword,
        Optional<Path> esCaCert,
        String indexPrefix,
        boolean sampleData,
        LocalNodeConfig localNode,
        Duration esConnectTimeout,
        Duration esRequestTimeout,
        List<String> corsOrigins,
        Optional<String> adminToken,
        List<URI> esNodes,
        ScaleSettings scale,
        int heavyConcurrency,
        String bind,
        SearchConfig search,
        BulkConfig bulk,
        Path projectDir) {

    /** The kinds of expensive request that {@link #heavyConcurrency()} limits each. */
    public static final int HEAVY_KINDS = 4;
    /** Connections to Elasticsearch beyond the expensive requests: searches, browsing, health, the loaders' writes. */
    public static final int LIGHT_CONNECTIONS = 16;

    /** Reads the process environment: the only place the service reads it. */
    public static AppConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads the given variables (the environment, or a test's map) and this JVM's system properties. */
    public static AppConfig from(Map<String, String> env) {
        Map<String, String> properties = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
        return from(new Env(env, properties));
    }

    private static AppConfig from(Env e) {
        List<URI> esNodes = e.optional("ES_URL").map(v -> java.util.Arrays.stream(v.split(","))
                .map(String::trim).filter(u -> !u.isEmpty()).map(AppConfig::parseUrl).toList()).orElse(List.of());
        Optional<URI> esUrl = esNodes.stream().findFirst();
        Optional<String> user = e.optional("ES_USERNAME");
        Optional<String> password = e.optional("ES_PASSWORD");
        if (user.isPresent() != password.isPresent()) {
            throw new ConfigException("ES_USERNAME and ES_PASSWORD go together: set both or neither");
        }
        Optional<String> apiKey = e.optional("ES_API_KEY");
        if (apiKey.isPresent() && user.isPresent()) {
            throw new ConfigException("set either ES_API_KEY or ES_USERNAME/ES_PASSWORD, not both");
        }
        if (esUrl.isEmpty() && (apiKey.isPresent() || user.isPresent())) {
            throw new ConfigException("ES_API_KEY / ES_USERNAME are for an existing cluster: set ES_URL too");
        }
        Optional<Path> ca = e.optional("ES_CA_CERT").map(Path::of);
        ca.ifPresent(p -> {
            if (!p.toFile().isFile()) {
                throw new ConfigException("ES_CA_CERT: no such file: " + p);
            }
        });
        String prefix = e.optional("INDEX_PREFIX").orElse("");
        if (!prefix.matches("[a-z0-9][a-z0-9_.-]*|")) {
            throw new ConfigException("INDEX_PREFIX '" + prefix
                    + "' is not a valid index name prefix: use lower-case letters, digits, '-', '_' or '.', not starting with a symbol");
        }
        Optional<String> adminToken = e.optional("ADMIN_TOKEN");
        if (adminToken.isPresent() && adminToken.get().length() < 16) {
            throw new ConfigException("ADMIN_TOKEN is shorter than 16 characters: use a long random value, e.g. "
                    + "from 'openssl rand -hex 32'");
        }
        List<String> cors = e.optional("CORS_ORIGINS")
                .map(v -> List.of(v.split("\\s*,\\s*")))
                .orElse(List.of());
        return new AppConfig(
                e.port("PORT", 7070),
                esUrl,
                apiKey,
                user,
                password,
                ca,
                prefix,
                e.bool("SAMPLE_DATA", true),
                LocalNodeConfig.from(e),
                Duration.ofMillis(e.positiveInt("ES_CONNECT_TIMEOUT_MS", 2000)),
                Duration.ofMillis(e.positiveInt("ES_REQUEST_TIMEOUT_MS", 30000)),
                cors,
                adminToken,
                esNodes,
                ScaleSettings.from(e),
                e.wholeNumber("HEAVY_CONCURRENCY", 1, 64, 4),
                bindAddress(e.optional("BIND").orElse("127.0.0.1")),
                SearchConfig.from(e),
                BulkConfig.from(e),
                Path.of(e.property("project.basedir").orElse(".")));
    }

    /** An address of this machine to listen on, checked now so that a typo stops the start with its name. */
    private static String bindAddress(String value) {
        try {
            java.net.InetAddress a = java.net.InetAddress.getByName(value);
            if (!a.isAnyLocalAddress() && java.net.NetworkInterface.getByInetAddress(a) == null) {
                throw new ConfigException("BIND=" + value + " is not an address of this machine (use 127.0.0.1, "
                        + "0.0.0.0 for all, or one of its addresses)");
            }
            return value;
        } catch (java.net.UnknownHostException | java.net.SocketException ex) {
            throw new ConfigException("BIND=" + value + " is not an address: " + ex.getMessage());
        }
    }

    /**
     * The size of the connection pool to Elasticsearch: every expensive request that may run at once, and room for
     * the others, so that exports or keyword analyses never take the connections searches and health need.
     */
    public int esConnections() {
        return HEAVY_KINDS * heavyConcurrency + LIGHT_CONNECTIONS;
    }

    /** The same configuration with another local node setting (tests use a throw-away node). */
    public AppConfig withLocalNode(LocalNodeConfig node) {
        return new AppConfig(port, esUrl, esApiKey, esUsername, esPassword, esCaCert, indexPrefix, sampleData, node,
                esConnectTimeout, esRequestTimeout, corsOrigins, adminToken, esNodes, scale,
                heavyConcurrency, bind, search, bulk, projectDir);
    }

    /** The same configuration pointed at a running cluster. */
    public AppConfig withEsUrl(URI url) {
        return new AppConfig(port, Optional.of(url), esApiKey, esUsername, esPassword, esCaCert, indexPrefix,
                sampleData, localNode, esConnectTimeout, esRequestTimeout, corsOrigins, adminToken, List.of(url),
                scale, heavyConcurrency, bind, search, bulk, projectDir);
    }

    private static URI parseUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (IllegalArgumentException ex) {
            // the value is not repeated: a mistyped URL may hold a password
            throw new ConfigException("ES_URL is not a usable URL: write it like https://es.example.org:9243");
        }
        if (uri.getRawUserInfo() != null) {
            // credentials in the URL would show wherever the URL is printed
            throw new ConfigException("ES_URL holds a user name or password: remove it from the URL and set "
                    + "ES_USERNAME/ES_PASSWORD or ES_API_KEY instead");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new ConfigException("ES_URL '" + value + "' is not a usable URL: needs http:// or https:// and a host");
        }
        return uri;
    }
}
