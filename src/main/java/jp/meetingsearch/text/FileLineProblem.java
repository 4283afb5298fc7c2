package jp.meetingsearch.text;

/**
 * What the "file:line: reason" exceptions share: where a problem is in an input file and why. The exceptions keep
 * their own kinds (a checked parse failure, an {@link java.io.IOException}, an unchecked error of a rule file), so
 * they share this interface and its {@link Place} rather than one superclass.
 */
public interface FileLineProblem {

    /** Where the problem is and why. */
    Place place();

    /** The file as the user named it. */
    default String source() {
        return place().source();
    }

    /** 1-based line of the problem, 0 when none applies. */
    default int line() {
        return place().line();
    }

    /** Why, without the file and line. */
    default String reason() {
        return place().reason();
    }

    /**
     * A problem's place in a file.
     *
     * @param line 1-based, 0 when none applies
     */
    record Place(String source, int line, String reason) {
        /** "file:line: reason", or "file: reason" when no line applies. */
        public String message() {
            return source + (line > 0 ? ":" + line : "") + ": " + reason;
        }
    }
}
