package jp.meetingsearch.search;

import java.time.LocalDate;
import java.util.List;

import jp.meetingsearch.minutes.AgendaRef;
import jp.meetingsearch.minutes.Source;

/** The stored fields of a remark that the API reads back (_source of the remarks index). */
record RemarkDocument(
        String id,
        String meetingId,
        String meetingTitle,
        LocalDate meetingDate,
        Integer fiscalYear,
        String body,
        Integer order,
        String section,
        AgendaRef agendaItem,
        String role,
        String roleGroup,
        String speaker,
        Integer seat,
        String group,
        Source source,
        String text) {

    /** The _source fields to fetch: only these, not points or other large fields. */
    static final List<String> FIELDS = List.of("id", "meeting_id", "meeting_title", "meeting_date", "fiscal_year",
            "body", "order", "section", "agenda_item", "role", "role_group", "speaker", "seat", "group", "source",
            "text");

    RemarkHit toHit(List<String> highlight) {
        return new RemarkHit(id, meeting(), order, section, agendaItem, role, roleGroup, speaker, seat, group,
                text == null ? "" : text, source, highlight);
    }

    MeetingRef meeting() {
        return new MeetingRef(meetingId, meetingTitle, meetingDate, fiscalYear, body);
    }
}
