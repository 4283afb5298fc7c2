package jp.meetingsearch.minutes;

import jp.meetingsearch.text.FileLineProblem;

/** A minutes file that cannot be parsed; the message reads "file:line: reason" (no line when none applies). */
public class MinutesParseException extends Exception implements FileLineProblem {
    private static final long serialVersionUID = 1L;

    private final Place place;

    /**
     * @param source the file as the user named it
     * @param line   1-based line of the problem, 0 when none applies
     */
    public MinutesParseException(String source, int line, String reason) {
        this(source, line, reason, null);
    }

    public MinutesParseException(String source, int line, String reason, Throwable cause) {
        this(new Place(source, line, reason), cause);
    }

    private MinutesParseException(Place place, Throwable cause) {
        super(place.message(), cause);
        this.place = place;
    }

    @Override
    public Place place() {
        return place;
    }
}
