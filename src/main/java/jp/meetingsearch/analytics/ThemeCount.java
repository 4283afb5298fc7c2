package jp.meetingsearch.analytics;

/** Remarks tagged by one theme and the meetings they come from. */
public record ThemeCount(String name, String description, long remarks, long meetings) {
}
