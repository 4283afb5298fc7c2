package jp.meetingsearch.minutes;

import java.time.LocalDate;
import java.util.List;

/**
 * One speaker's turn, with the meeting fields that searches filter on copied in. {@code role} is as written
 * (width-normalised), {@code roleGroup} one of chair, vice_chair, member, executive, secretariat, other;
 * {@code roleInferred} marks a turn the record gives no speaker for (an explanation at the start of an item).
 * {@code points} are the bullets (or paragraphs) of a summary, empty for a verbatim record; {@code text} is the
 * whole turn as plain text, points or paragraphs joined by newlines. {@code seat} is the seat number of a member
 * written by number (○３番（高木直良君）: role 議員, seat 3), else null; {@code line} is the 1-based line of the
 * decoded source text where the turn's label (or first line) stands.
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
        Integer seat,
        boolean roleInferred,
        List<String> points,
        String text,
        int line) {

    public Remark {
        points = List.copyOf(points);
    }
}
