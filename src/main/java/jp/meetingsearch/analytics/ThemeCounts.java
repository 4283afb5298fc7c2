package jp.meetingsearch.analytics;

import java.util.List;

/**
 * The answer of {@code /api/themes}: counts per theme in taxonomy order; {@code untagged} remarks match no theme
 * ({@code untaggedMeetings} is where they come from); {@code total} and {@code meetings} count every remark and
 * meeting under the filter. A remark tagged by several themes counts once in each.
 */
public record ThemeCounts(List<ThemeCount> themes, long untagged, long untaggedMeetings, long total, long meetings) {
    public ThemeCounts {
        themes = List.copyOf(themes);
    }
}
