package jp.meetingsearch.health;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.meetingsearch.themes.TagProgress;

/**
 * The answer of {@code /api/health}.
 *
 * @param status        {@code ok} when the cluster answers green or yellow, every alias exists and nothing below is
 *                      wrong, else {@code degraded}
 * @param elasticsearch the cluster status ({@code green}, {@code yellow}, {@code red}) or {@code unreachable}
 * @param indices       document count per alias; an alias that is missing is absent
 * @param reasons       why the status is degraded, one sentence each (empty when ok)
 * @param themes        how far the theme tags are (null when the process has no theme taxonomy)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Health(String status, String elasticsearch, Map<String, Long> indices, List<String> reasons,
                     TagProgress themes) {

    public Health {
        reasons = List.copyOf(reasons);
    }

    /** Without theme progress. */
    public Health(String status, String elasticsearch, Map<String, Long> indices, List<String> reasons) {
        this(status, elasticsearch, indices, reasons, null);
    }

    /** True when the service can answer data requests. */
    public boolean ok() {
        return "ok".equals(status);
    }

    /** The same health, degraded for one more reason. */
    public Health degradedBy(String reason) {
        List<String> all = new java.util.ArrayList<>(reasons);
        all.add(reason);
        return new Health("degraded", elasticsearch, indices, all, themes);
    }

    /** The same health with the progress of the theme tags (null for none). */
    public Health withThemes(TagProgress progress) {
        return new Health(status, elasticsearch, indices, reasons, progress);
    }
}
