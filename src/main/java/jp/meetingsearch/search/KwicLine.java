package jp.meetingsearch.search;

/** One keyword-in-context line: the match and up to {@code width} characters each side, on one line. */
public record KwicLine(String left, String match, String right, String remarkId, MeetingRef meeting, String role) {
}
