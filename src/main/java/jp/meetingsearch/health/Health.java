package jp.meetingsearch.health;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.meetingsearch.themes.TagProgress;

/**
 * The answer of {@code /api/health}.
 *
 * @param status        {@code ok} when the cluster answers green or yellow and every alias exists, else {@code degraded}
 * @param elasticsearch the cluster status ({@code green}, {@code yellow}, {@code red}) or {@code unreachable}
 * @param indices       document count per alias; an alias that is missing is absent
 * @param themes        how far the theme tags are (null when the process has no theme taxonomy)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Health(String status, String elasticsearch, Map<String, Long> indices, TagProgress themes) {

    /** Without theme progress. */
    public Health(String status, String elasticsearch, Map<String, Long> indices) {
        this(status, elasticsearch, indices, null);
    }

    /** True when the service can answer data requests. */
    public boolean ok() {
        return "ok".equals(status);
    }
}
