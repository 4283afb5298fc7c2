package jp.meetingsearch.minutes;

/** Parses one format of minutes ({@link #format()}: summary or verbatim) into a meeting and its remarks. */
public interface MinutesParser {
    /** The format name stored with the meeting: {@code summary} or {@code verbatim}. */
    String format();

    /** Parses a decoded file; problems that make the result useless are thrown, others become warnings. */
    ParsedMinutes parse(MinutesSource source) throws MinutesParseException;
}
