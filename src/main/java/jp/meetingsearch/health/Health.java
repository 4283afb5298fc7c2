package jp.meetingsearch.health;

import java.util.Map;

/**
 * The answer of {@code /api/health}.
 *
 * @param status        {@code ok} when the cluster answers green or yellow and every alias exists, else {@code degraded}
 * @param elasticsearch the cluster status ({@code green}, {@code yellow}, {@code red}) or {@code unreachable}
 * @param indices       document count per alias; an alias that is missing is absent
 */
public record Health(String status, String elasticsearch, Map<String, Long> indices) {

    /** True when the service can answer data requests. */
    public boolean ok() {
        return "ok".equals(status);
    }
}
