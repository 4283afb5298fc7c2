package jp.meetingsearch.minutes;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * One speaker's turn, with the meeting fields that searches filter on copied in. {@code role} is as written
 * (width-normalised), {@code roleGroup} one of chair, vice_chair, member, executive, secretariat, other;
 * {@code roleInferred} marks a turn the record gives no speaker for (an explanation at the start of an item).
 * {@code points} are the bullets (or paragraphs) of a summary, empty for a verbatim record; {@code text} is the
 * whole turn as plain text, points or paragraphs joined by newlines. {@code group} is the speaker's 会派 where the
 * record gives it (a speech record's {@code speakerGroup}), else null; {@code source} says where the turn was read
 * (file, the publisher's URL where known, the PDF page), null until the reader of the file sets it.
 */
public record Remark(
        String id,
        String meetingId,
        String meetingTitle,
        LocalDate meetingDate,
        Integer fiscalYear,
        String body,
        int order,
        String section,
        AgendaRef agendaItem,
        String role,
        String roleGroup,
        String speaker,
        boolean roleInferred,
        List<String> points,
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) String group,
        @JsonInclude(JsonInclude.Include.NON_NULL) Source source) {

    public Remark {
        points = List.copyOf(points);
    }

    /** A remark without 会派 and source, as the text parsers make it. */
    public Remark(String id, String meetingId, String meetingTitle, LocalDate meetingDate, Integer fiscalYear,
                  String body, int order, String section, AgendaRef agendaItem, String role, String roleGroup,
                  String speaker, boolean roleInferred, List<String> points, String text) {
        this(id, meetingId, meetingTitle, meetingDate, fiscalYear, body, order, section, agendaItem, role, roleGroup,
                speaker, roleInferred, points, text, null, null);
    }

    /** The same remark read from the given source. */
    public Remark withSource(Source s) {
        return new Remark(id, meetingId, meetingTitle, meetingDate, fiscalYear, body, order, section, agendaItem, role,
                roleGroup, speaker, roleInferred, points, text, group, s);
    }
}
