package jp.meetingsearch.minutes;

/**
 * Where a remark was read: the file as the loader named it, the publisher's URL of the record or of the speech
 * where the input gives one (a page's canonical link, a Kokkai {@code speechURL}, an export's URL), and the page
 * of a PDF the turn starts on. Absent parts are null.
 */
public record Source(String file, String url, Integer page) {
}
