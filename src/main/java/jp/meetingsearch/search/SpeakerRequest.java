package jp.meetingsearch.search;

import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Params;
import jp.meetingsearch.text.Width;

/**
 * Speaker suggestions for what has been typed so far.
 *
 * @param prefix {@code prefix}: the beginning of a name, width-normalised (required, at most {@value #MAX_PREFIX}
 *               characters)
 * @param size   {@code size}: most names, 1–{@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}
 */
public record SpeakerRequest(String prefix, int size) {
    public static final String PREFIX = "prefix";
    public static final String SIZE = "size";
    static final int MAX_PREFIX = 50;
    static final int MAX_SIZE = 20;
    static final int DEFAULT_SIZE = 10;

    /**
     * Reads and checks the parameters.
     *
     * @throws InvalidParameterException when the prefix is missing or too long, or size is out of range
     */
    public static SpeakerRequest from(Params p) {
        String prefix = p.raw(PREFIX);
        if (prefix == null) {
            throw InvalidParameterException.required(PREFIX, "the beginning of a name");
        }
        if (prefix.strip().length() > MAX_PREFIX) {
            throw InvalidParameterException.tooLong(PREFIX, MAX_PREFIX);
        }
        int size = p.integer(SIZE, 1, MAX_SIZE, DEFAULT_SIZE);
        return new SpeakerRequest(Width.normalize(prefix.strip()), size);
    }
}
