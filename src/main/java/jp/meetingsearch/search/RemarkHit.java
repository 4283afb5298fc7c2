package jp.meetingsearch.search;

import java.util.List;

import jp.meetingsearch.minutes.AgendaRef;
import jp.meetingsearch.minutes.Source;

/**
 * One remark as the API shows it. {@code text} is the stored text as is; {@code highlight} holds HTML fragments
 * with the matches in {@code <mark>} and everything else escaped (empty without query words); {@code seat} is the
 * seat number of a member written by number (role 議員); {@code group} is the speaker's 会派 where the record gives
 * it; {@code source} says where the remark was read (file, URL, PDF page).
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
        String group,
        String text,
        Source source,
        List<String> highlight) {

    public RemarkHit {
        highlight = List.copyOf(highlight);
    }
}
