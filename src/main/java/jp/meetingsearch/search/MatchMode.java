package jp.meetingsearch.search;

import java.util.Locale;

import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Params;

/**
 * How strictly query words must match ({@code match}): {@code exact} only where each word stands whole (as typed,
 * in a synonym's form, in a spelling that reads the same, or as a speaker's name or role); {@code broad} also where
 * its tokens are only scattered over the remark (理事会 in a remark with 理事者 and 委員会); {@code auto} (default)
 * is exact when that finds at least {@link RemarkQueries#EXACT_ENOUGH} remarks, else broad when that does, else
 * {@code partial}: also remarks that lack one of several words, or for a single compound word, remarks with its
 * rarest part (ranked after the others; any other single word stays broad, and so do the words of
 * {@code synonyms=false}, which are searched as typed, all of them); when that still finds under
 * {@link RemarkQueries#EXACT_ENOUGH}, {@code related}: also, after those, remarks with the words that characterise
 * the remarks found ({@link RelatedWords}). {@code related} asked for adds them whatever the level found.
 */
public enum MatchMode {
    AUTO, EXACT, BROAD, PARTIAL, RELATED;

    /** The mode a parameter value names; null or blank: {@link #AUTO}. */
    public static MatchMode parse(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "exact" -> EXACT;
            case "broad" -> BROAD;
            case "partial" -> PARTIAL;
            case "related" -> RELATED;
            default -> throw InvalidParameterException.unknownValue(parameter, value,
                    java.util.List.of("auto", "exact", "broad", "partial", "related"), "'" + Params.shorten(value)
                    + "' is none of auto, exact, broad, partial, related");
        };
    }

    /** The name the API uses. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
