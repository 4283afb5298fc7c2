package jp.meetingsearch.bench;

import java.util.HashMap;
import java.util.Map;

import jp.meetingsearch.config.AppConfig;

/**
 * The benchmarks' configuration: the process environment, read here once, made into the service's configuration
 * ({@link AppConfig}, which parses and checks every value) with the benchmark's own node and index prefix.
 */
final class BenchConfig {
    private static final Map<String, String> ENVIRONMENT = Map.copyOf(System.getenv());

    private BenchConfig() {
    }

    /**
     * The configuration of the benchmark's node: its own port and data folder ({@code BENCH_ES_DATA_DIR}, else the
     * default of that port), never {@code ES_URL} or the user's data; indices prefixed {@code bench-}.
     */
    static AppConfig benchNode(int port) {
        return AppConfig.from(benchEnvironment(ENVIRONMENT, port));
    }

    /** The configuration of the environment with the indices under {@code prefix}. */
    static AppConfig withIndexPrefix(String prefix) {
        Map<String, String> env = new HashMap<>(ENVIRONMENT);
        env.put("INDEX_PREFIX", prefix);
        return AppConfig.from(env);
    }

    static Map<String, String> benchEnvironment(Map<String, String> environment, int port) {
        Map<String, String> env = new HashMap<>(environment);
        env.remove("ES_URL");
        env.put("ES_LOCAL_PORT", Integer.toString(port));
        String data = environment.get("BENCH_ES_DATA_DIR");
        if (data == null || data.isBlank()) {
            env.remove("ES_DATA_DIR");
        } else {
            env.put("ES_DATA_DIR", data);
        }
        env.put("INDEX_PREFIX", "bench-");
        env.putIfAbsent("ES_REQUEST_TIMEOUT_MS", "120000");
        // requests queued behind slow ones wait for a pooled connection: that wait is latency, not an error
        env.putIfAbsent("ES_CONNECT_TIMEOUT_MS", "60000");
        return env;
    }
}
