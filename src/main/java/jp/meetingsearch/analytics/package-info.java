/** Aggregations researchers ask for: theme counts and cross-tables, speaker-role statistics, characteristic words. */
package jp.meetingsearch.analytics;
