package jp.meetingsearch.http;

/**
 * The last line of an NDJSON export that could not finish: unlike every line before it, it has {@code error} and no
 * {@code id}, and it says how many remarks came of how many the headers announced.
 */
public record ExportError(String error, String message, long exported, long expected) {
}
