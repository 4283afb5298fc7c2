package jp.meetingsearch.analytics;

import java.util.List;

/**
 * Characteristic words of a foreground against a background, most significant first.
 *
 * @param foreground        what the words characterise ({@code role:委員}, {@code theme:…}, {@code q:…})
 * @param foregroundRemarks remarks in the foreground under the filters
 * @param sampled           foreground remarks the words were counted in (a seeded random sample of at most
 *                          {@code sample} remarks per shard; all of them for a smaller foreground)
 * @param backgroundRemarks remarks the foreground is compared with (every remark under the filters)
 * @param keywords          the words with scores and counts
 */
public record Keywords(String foreground, long foregroundRemarks, long sampled, long backgroundRemarks,
        List<Keyword> keywords) {
    public Keywords {
        keywords = List.copyOf(keywords);
    }
}
