package jp.meetingsearch.minutes;

/** Parses one format of minutes ({@link #format()}: summary or verbatim) into a meeting and its remarks. */
public interface MinutesParser {
    /** The format stored with the meeting. */
    MinutesFormat format();

    /** Parses a decoded file; problems that make the result useless are thrown, others become warnings. */
    ParsedMinutes parse(MinutesSource source) throws MinutesParseException;
}
