package jp.meetingsearch.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the project's own Elasticsearch node keeps its distribution and data, and how it runs.
 *
 * @param port     HTTP port on 127.0.0.1 ({@code ES_LOCAL_PORT}, default 9200)
 * @param heap     JVM heap, e.g. {@code 512m} ({@code ES_HEAP}, default 512m)
 * @param cacheDir unpacked distributions ({@code ES_CACHE_DIR}; default {@code ~/.cache/meeting-search},
 *                 or {@code /var/cache/meeting-search} for root, whose home other users cannot enter)
 * @param dataDir  the node's data and logs, kept across restarts ({@code ES_DATA_DIR}; default
 *                 {@code ~/.local/share/meeting-search/es-<port>}, or {@code /var/lib/meeting-search/es-<port>} for root)
 * @param runUser  the unprivileged system user the node runs as when this process is root ({@code ES_RUN_USER},
 *                 default {@code meetsearch-es})
 */
public record LocalNodeConfig(int port, String heap, Path cacheDir, Path dataDir, String runUser) {

    static LocalNodeConfig from(AppConfig.Env e) {
        int port = e.port("ES_LOCAL_PORT", 9200);
        String heap = e.optional("ES_HEAP").orElse("512m");
        if (!heap.matches("\\d+[mMgG]")) {
            throw new ConfigException("ES_HEAP='" + heap + "' must look like 512m or 2g");
        }
        boolean root = isRoot();
        String home = System.getProperty("user.home");
        Path cache = e.optional("ES_CACHE_DIR").map(Path::of).orElseGet(() -> root
                ? Path.of("/var/cache/meeting-search")
                : xdg(e, "XDG_CACHE_HOME", Path.of(home, ".cache")).resolve("meeting-search"));
        Path data = e.optional("ES_DATA_DIR").map(Path::of).orElseGet(() -> (root
                ? Path.of("/var/lib/meeting-search")
                : xdg(e, "XDG_DATA_HOME", Path.of(home, ".local", "share")).resolve("meeting-search"))
                .resolve("es-" + port));
        return new LocalNodeConfig(port, heap, cache.toAbsolutePath(), data.toAbsolutePath(),
                e.optional("ES_RUN_USER").orElse("meetsearch-es"));
    }

    /** The same node on another port with another data folder (tests use a throw-away one). */
    public LocalNodeConfig withPortAndData(int newPort, Path newData) {
        return new LocalNodeConfig(newPort, heap, cacheDir, newData, runUser);
    }

    /** The same node with another heap size. */
    public LocalNodeConfig withHeap(String newHeap) {
        return new LocalNodeConfig(port, newHeap, cacheDir, dataDir, runUser);
    }

    /** True when this process runs as root (Elasticsearch then runs as {@link #runUser()}). */
    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path xdg(AppConfig.Env e, String name, Path fallback) {
        Optional<String> v = e.optional(name);
        return v.map(Path::of).orElse(fallback);
    }
}
