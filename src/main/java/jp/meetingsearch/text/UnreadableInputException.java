package jp.meetingsearch.text;

import java.io.IOException;

/** An input file that cannot be read as text at all; the message reads "file:line: reason". */
public class UnreadableInputException extends IOException implements FileLineProblem {
    private static final long serialVersionUID = 1L;

    private final Place place;

    /**
     * @param source the file as the user named it
     * @param line   1-based line of the problem, 0 when none applies
     */
    public UnreadableInputException(String source, int line, String reason) {
        this(source, line, reason, null);
    }

    public UnreadableInputException(String source, int line, String reason, Throwable cause) {
        this(new Place(source, line, reason), cause);
    }

    private UnreadableInputException(Place place, Throwable cause) {
        super(place.message(), cause);
        this.place = place;
    }

    @Override
    public Place place() {
        return place;
    }
}
