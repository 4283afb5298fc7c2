package jp.meetingsearch.http;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON of API answers with {@code <} and {@code >} written as {@code \u003c} and {@code \u003e}: the same
 * values for every JSON reader, but no answer ever holds markup a request sent (a query echoed in a label, a
 * highlight), should a browser or a careless page take the bytes for HTML.
 */
final class HtmlSafeJson extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    private HtmlSafeJson() {
        escapes = standardAsciiEscapesForJSON();
        escapes['<'] = ESCAPE_STANDARD;
        escapes['>'] = ESCAPE_STANDARD;
    }

    /** A copy of {@code mapper} that writes this way (the mapper itself is left as it is). */
    static ObjectMapper of(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.getFactory().setCharacterEscapes(new HtmlSafeJson());
        return copy;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
