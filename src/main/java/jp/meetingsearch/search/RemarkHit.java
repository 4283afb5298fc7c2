package jp.meetingsearch.search;

import java.util.List;

import jp.meetingsearch.minutes.AgendaRef;

/**
 * One remark as the API shows it; {@code seat} is the seat number of a member written by number (role 議員). {@code text} is the stored text as is; {@code highlight} holds HTML fragments
 * with the matches in {@code <mark>} and everything else escaped (empty without query words).
 */
public record RemarkHit(
        String id,
        MeetingRef meeting,
        Integer order,
        String section,
        AgendaRef agendaItem,
        String role,
        String roleGroup,
        String speaker,
        Integer seat,
        String text,
        List<String> highlight) {

    public RemarkHit {
        highlight = List.copyOf(highlight);
    }
}
