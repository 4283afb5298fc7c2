package jp.meetingsearch.themes;

/**
 * How the tagging of themes goes, as {@code /api/health} shows it.
 *
 * @param status           {@code tagged} (every theme answered from its tags), {@code tagging}, {@code waiting}
 *                         (a load paused refreshing; tagging resumes after it), {@code failing} (retrying after
 *                         an error) or {@code off} (no tagger runs: every theme is answered by its rule's query)
 * @param rules            themes in the taxonomy
 * @param rulesTagged      themes answered from their tags; the others by their rule's query until tagged
 * @param remarksToTag     remarks left to (re)tag, as last counted
 * @param remarksTagged    remarks (re)tagged since the service started
 * @param remarksPerSecond rate of the last tagging pass
 * @param error            why the last attempt failed, or null
 */
public record TagProgress(String status, int rules, int rulesTagged, long remarksToTag, long remarksTagged,
        double remarksPerSecond, String error) {
    /** Before a tagger ran. */
    public static final TagProgress OFF = new TagProgress("off", 0, 0, 0, 0, 0, null);
}
