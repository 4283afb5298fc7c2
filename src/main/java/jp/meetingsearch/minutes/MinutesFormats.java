package jp.meetingsearch.minutes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells the two formats apart: a summary (会議概要) has header rows and 【役割】 blocks; a verbatim record (会議録)
 * has speaker lines starting with ○, 〇, ◯ or ◎.
 */
public final class MinutesFormats {
    /** A meeting summary: header table, agenda, 【役割】 blocks with bullets. */
    public static final String SUMMARY = "summary";
    /** A verbatim record: ○-marked speaker turns. */
    public static final String VERBATIM = "verbatim";
    /** Every format name {@link Minutes#parse} accepts. */
    public static final List<String> ALL = List.of(SUMMARY, VERBATIM);

    private MinutesFormats() {
    }

    private static final Pattern ROLE_MARKER = Pattern.compile("^[\\s　]*【[^】]{1,24}】");
    /** ○議長（山田太郎君）, ○（北野　実議員）, ○３番（高木直良君）. */
    private static final Pattern SPEAKER_WITH_NAME = Pattern.compile(
            "^[○〇◯◎][^\\s　（(]{0,15}[（(][^（）()]{1,20}[）)]");
    /** ○議長　…, ○山下委員長, ○市長. */
    private static final Pattern SPEAKER_ROLE = Pattern.compile(
            "^[○〇◯][^\\s　（(。、]{0,12}(?:議長|委員長|会長|市長|町長|村長|知事|教育長|部長|課長|局長|委員|議員|[0-9０-９]番)"
                    + "(?:[\\s　]|$)");

    /** The format of a text, or empty when it shows neither. */
    public static Optional<String> detect(String text) {
        // trailing empty lines, which split() without a limit drops, match none of the patterns below
        String[] lines = MinutesSource.split(text);
        int markers = 0;
        int speakers = 0;
        int headerRows = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            // the patterns start with ^: lookingAt() finds what find() would, without trying every position
            if (ROLE_MARKER.matcher(l).lookingAt()) {
                markers++;
            }
            if (SPEAKER_WITH_NAME.matcher(l).lookingAt() || SPEAKER_ROLE.matcher(l).lookingAt()) {
                speakers++;
            }
            if (i < 80 && HeaderRows.match(l, i + 1).isPresent()) {
                headerRows++;
            }
        }
        if (speakers >= 2 && speakers > markers) {
            return Optional.of(VERBATIM);
        }
        if (markers >= 1 || headerRows >= 2) {
            return Optional.of(SUMMARY);
        }
        return speakers >= 1 ? Optional.of(VERBATIM) : Optional.empty();
    }
}
