package jp.meetingsearch.minutes;

import java.util.List;

/**
 * A decoded minutes file: {@code source} names it in messages (the path as the user gave it), {@code fileName}
 * is stored with the meeting, {@code warnings} came from decoding; {@code title} is the meeting's name where the
 * file gives it apart from the text (a field of the JSON carrying the text), else null; {@code pageNames} is what
 * a web page says of itself outside its main content (headings, title, author), taken only where the text gives
 * no meeting name or assembly.
 */
public record MinutesSource(String source, String fileName, String text, List<String> warnings, String title,
                            List<String> pageNames) {
    public MinutesSource {
        warnings = List.copyOf(warnings);
        pageNames = List.copyOf(pageNames);
    }

    /** A file that names its meeting apart from its text ({@code title}, or null). */
    public MinutesSource(String source, String fileName, String text, List<String> warnings, String title) {
        this(source, fileName, text, warnings, title, List.of());
    }

    /** A file whose text is all it gives. */
    public MinutesSource(String source, String fileName, String text, List<String> warnings) {
        this(source, fileName, text, warnings, null);
    }

    /** The lines of the text, line ends of any platform removed; index i is line i + 1. */
    public List<String> lines() {
        return List.of(split(text));
    }

    /** The text cut at CR LF, CR or LF, trailing empty lines kept (as {@code split("\\r\\n|\\r|\\n", -1)}). */
    static String[] split(String text) {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(String[]::new);
    }
}
