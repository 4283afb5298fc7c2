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
 * @param pluginZip the analysis plugin zip (system property {@code analysis.plugin.zip}, which loaders/bench and
 *                 the build set, else {@code ANALYSIS_PLUGIN_ZIP}); empty: the zip beside the application jar
 * @param mavenRepository the local Maven repository the distribution zip is fetched into (system property
 *                 {@code maven.repo.local}, else {@code MAVEN_REPO_LOCAL}, else {@code ~/.m2/repository})
 * @param maven    the Maven command that fetches it ({@code MAVEN_HOME}/bin/mvn when that is executable, else
 *                 {@code mvn} on the PATH)
 */
public record LocalNodeConfig(int port, String heap, Path cacheDir, Path dataDir, String runUser,
                              Optional<Path> pluginZip, Path mavenRepository, String maven) {

    static LocalNodeConfig from(Env e) {
        int port = e.port("ES_LOCAL_PORT", 9200);
        String heap = e.optional("ES_HEAP").orElse("512m");
        if (!heap.matches("\\d+[mMgG]")) {
            throw new ConfigException("ES_HEAP='" + heap + "' must look like 512m or 2g");
        }
        boolean root = "root".equals(e.property("user.name").orElse(""));
        String home = e.property("user.home").orElse("");
        Path cache = e.optional("ES_CACHE_DIR").map(Path::of).orElseGet(() -> root
                ? Path.of("/var/cache/meeting-search")
                : xdg(e, "XDG_CACHE_HOME", Path.of(home, ".cache")).resolve("meeting-search"));
        Path data = e.optional("ES_DATA_DIR").map(Path::of).orElseGet(() -> (root
                ? Path.of("/var/lib/meeting-search")
                : xdg(e, "XDG_DATA_HOME", Path.of(home, ".local", "share")).resolve("meeting-search"))
                .resolve("es-" + port));
        Optional<Path> pluginZip = e.property("analysis.plugin.zip").or(() -> e.optional("ANALYSIS_PLUGIN_ZIP"))
                .map(Path::of);
        Path repository = e.property("maven.repo.local").or(() -> e.optional("MAVEN_REPO_LOCAL")).map(Path::of)
                .orElseGet(() -> Path.of(home, ".m2", "repository"));
        String maven = e.optional("MAVEN_HOME").map(h -> Path.of(h, "bin", "mvn"))
                .filter(java.nio.file.Files::isExecutable).map(Path::toString).orElse("mvn");
        return new LocalNodeConfig(port, heap, cache.toAbsolutePath(), data.toAbsolutePath(),
                e.optional("ES_RUN_USER").orElse("meetsearch-es"), pluginZip, repository, maven);
    }

    /** The same node on another port with another data folder (tests use a throw-away one). */
    public LocalNodeConfig withPortAndData(int newPort, Path newData) {
        return new LocalNodeConfig(newPort, heap, cacheDir, newData, runUser, pluginZip, mavenRepository, maven);
    }

    /** The same node with another heap size. */
    public LocalNodeConfig withHeap(String newHeap) {
        return new LocalNodeConfig(port, newHeap, cacheDir, dataDir, runUser, pluginZip, mavenRepository, maven);
    }

    /** The JDK this process runs on; the node runs on it too (the integ-test distribution bundles none). */
    public static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** True when this process runs as root (Elasticsearch then runs as {@link #runUser()}). */
    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path xdg(Env e, String name, Path fallback) {
        Optional<String> v = e.optional(name);
        return v.map(Path::of).orElse(fallback);
    }
}
