package jp.meetingsearch.text;

/** White space as Java's patterns see it, for loops that stand in for a pattern on a hot path. */
public final class Spaces {
    private Spaces() {
    }

    /**
     * What {@code \s} matches in a pattern without {@code UNICODE_CHARACTER_CLASS}: space, tab and four line ends
     * (LF, U+000B, FF, CR).
     */
    public static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The text on one line for a message: runs of white space as one space, stripped, cut after {@code max}. */
    public static String excerpt(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }
}
