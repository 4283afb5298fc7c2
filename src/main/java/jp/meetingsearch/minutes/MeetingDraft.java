package jp.meetingsearch.minutes;

import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Width;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The meeting fields as a parser finds them, in any order; {@link #build} checks and freezes them. */
final class MeetingDraft {
    String body;
    String title;
    Integer fiscalYear;
    Integer session;
    LocalDate date;
    LocalTime startTime;
    LocalTime endTime;
    String venue;
    Boolean isPublic;
    List<Attendee> attendees;
    Integer attendeeCountStated;
    final List<Official> officials = new ArrayList<>();
    Integer observers;
    Integer press;
    final List<AgendaItem> agenda = new ArrayList<>();
    LocalDate createdDate;
    /** The first line before the record that holds a date and names a meeting (a site's listing of it), or null. */
    String datedLine;
    /** Warnings as (line, message); {@link #build} names the file in each: {@code file:line: message}. */
    private final List<Warning> warnings = new ArrayList<>();

    private record Warning(int line, String message) {
    }

    void warn(int line, String message) {
        warnings.add(new Warning(line, message));
    }

    /** The date of a file name (R061225, 20241225) for a record whose text gives none, with a warning saying so. */
    void dateFromFileName(MinutesSource source) {
        FileNameDates.of(source.fileName()).ifPresent(x -> {
            date = x;
            warn(0, "no date in the text: the meeting date " + x + " is read from the file name");
        });
    }

    void addAttendees(People.Listed<Attendee> listed) {
        if (attendees == null) {
            attendees = new ArrayList<>();
        }
        attendees.addAll(listed.people());
        for (String line : listed.letterSpaced()) {
            warn(0, "the attendance list's names are spaced letter by letter ('" + (line.length() > 30
                    ? line.substring(0, 30) + "…" : line) + "'): where each name ends cannot be told, so they are not"
                    + " read as attendees");
        }
        if (listed.stated() != null) {
            attendeeCountStated = attendeeCountStated == null ? listed.stated()
                    : attendeeCountStated + listed.stated();
        }
    }

    /** The meeting; {@code date} must be set (parsers refuse a file without one before calling this). */
    Meeting build(MinutesSource source, MinutesFormat format) {
        String normBody = Width.normalize(body);
        if (fiscalYear == null) {
            fiscalYear = JapaneseDates.fiscalYearOf(date);
        }
        Integer listed = attendees == null ? null : attendees.size();
        // a list that only counts (委員８名) names nobody: nothing to check
        if (listed != null && listed > 0 && attendeeCountStated != null && !listed.equals(attendeeCountStated)) {
            warn(0, "the attendance list names " + listed + " people but states " + attendeeCountStated);
        }
        if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
            warn(0, "the meeting ends (" + endTime + ") before it starts (" + startTime + ")");
        }
        List<String> all = new ArrayList<>(source.warnings());
        for (Warning w : warnings) {
            all.add(source.source() + (w.line() > 0 ? ":" + w.line() : "") + ": " + w.message());
        }
        return new Meeting(MeetingIds.of(normBody, date, session), normBody, title, fiscalYear, session, date,
                startTime, endTime, Width.normalize(venue), isPublic,
                attendees == null ? List.of() : attendees, listed, attendeeCountStated, officials, observers, press,
                agenda, createdDate, source.fileName(), format, all);
    }
}
