package jp.meetingsearch.minutes;

import java.util.List;

/**
 * A decoded minutes file: {@code source} names it in messages (the path as the user gave it), {@code fileName}
 * is stored with the meeting, {@code warnings} came from decoding.
 */
public record MinutesSource(String source, String fileName, String text, List<String> warnings) {
    public MinutesSource {
        warnings = List.copyOf(warnings);
    }

    /** The lines of the text, line ends of any platform removed; index i is line i + 1. */
    public List<String> lines() {
        return List.of(text.split("\r\n|\r|\n", -1));
    }
}
