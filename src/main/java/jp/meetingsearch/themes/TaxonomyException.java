package jp.meetingsearch.themes;

import jp.meetingsearch.text.FileLineProblem;

/** The taxonomy file is missing or malformed; the message names the file and line (line 0: the whole file). */
public final class TaxonomyException extends RuntimeException implements FileLineProblem {
    private static final long serialVersionUID = 1L;

    private final Place place;

    /**
     * @param source the file as the user named it
     * @param line   1-based line of the problem, 0 when none applies
     */
    public TaxonomyException(String source, int line, String reason) {
        this(source, line, reason, null);
    }

    public TaxonomyException(String source, int line, String reason, Throwable cause) {
        this(new Place(source, line, reason), cause);
    }

    private TaxonomyException(Place place, Throwable cause) {
        super(place.message(), cause);
        this.place = place;
    }

    @Override
    public Place place() {
        return place;
    }
}
