package jp.meetingsearch.minutes;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * One speaker's turn, with the meeting fields that searches filter on copied in. {@code role} is as written
 * (width-normalised), {@code roleGroup} its {@link RoleGroup};
 * {@code roleInferred} marks a turn the record gives no speaker for (an explanation at the start of an item).
 * {@code points} are the bullets (or paragraphs) of a summary, empty for a verbatim record; {@code text} is the
 * whole turn as plain text, points or paragraphs joined by newlines. {@code seat} is the seat number of a member
 * written by number (○３番（高木直良君）: role 議員, seat 3), else null; {@code line} is the 1-based line of the
 * decoded source text where the turn's label (or first line) stands, 0 for a speech record. {@code group} is the
 * speaker's 会派 where the record gives it (a speech record's {@code speakerGroup}), else null; {@code source} says
 * where the turn was read (file, the publisher's URL where known, the PDF page), null until the reader of the file
 * sets it.
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
        RoleGroup roleGroup,
        String speaker,
        Integer seat,
        boolean roleInferred,
        List<String> points,
        String text,
        int line,
        @JsonInclude(JsonInclude.Include.NON_NULL) String group,
        @JsonInclude(JsonInclude.Include.NON_NULL) Source source) {

    public Remark {
        points = List.copyOf(points);
    }

    /** A remark without seat, line, 会派 and source. */
    public Remark(String id, String meetingId, String meetingTitle, LocalDate meetingDate, Integer fiscalYear,
                  String body, int order, String section, AgendaRef agendaItem, String role, RoleGroup roleGroup,
                  String speaker, boolean roleInferred, List<String> points, String text) {
        this(id, meetingId, meetingTitle, meetingDate, fiscalYear, body, order, section, agendaItem, role, roleGroup,
                speaker, null, roleInferred, points, text, 0, null, null);
    }

    /** A remark of a speech record: 会派 and source, no seat or line of a text. */
    public Remark(String id, String meetingId, String meetingTitle, LocalDate meetingDate, Integer fiscalYear,
                  String body, int order, String section, AgendaRef agendaItem, String role, RoleGroup roleGroup,
                  String speaker, boolean roleInferred, List<String> points, String text, String group,
                  Source source) {
        this(id, meetingId, meetingTitle, meetingDate, fiscalYear, body, order, section, agendaItem, role, roleGroup,
                speaker, null, roleInferred, points, text, 0, group, source);
    }

    /** The same remark read from the given source. */
    public Remark withSource(Source s) {
        return new Remark(id, meetingId, meetingTitle, meetingDate, fiscalYear, body, order, section, agendaItem, role,
                roleGroup, speaker, seat, roleInferred, points, text, line, group, s);
    }
}
