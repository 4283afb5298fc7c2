package jp.meetingsearch.minutes;

import java.util.List;
import java.util.Optional;

/**
 * The two shapes of minutes: a summary (会議概要: header table, agenda, 【役割】 blocks with bullets) and a verbatim
 * record (会議録: ○-marked speaker turns). Stored as {@code format} of meetings and remarks, given to the loader as
 * {@code --format}, and written by the corpus generator; {@link MinutesFormats} tells them apart in a text.
 */
public enum MinutesFormat implements LowerCaseValue {
    SUMMARY, VERBATIM;

    /** The written form (summary, verbatim), as messages and listings show it. */
    @Override
    public String toString() {
        return value();
    }

    /** The format written so, if there is one. */
    public static Optional<MinutesFormat> of(String value) {
        return LowerCaseValue.parse(MinutesFormat.class, value);
    }

    /** summary, verbatim. */
    public static List<String> allValues() {
        return LowerCaseValue.values(MinutesFormat.class);
    }
}
