package jp.meetingsearch.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One meeting as its minutes describe it. Keyword fields (body) are width-normalised; counts are as the record
 * states them ({@code attendeeCount} is the number of names listed, {@code attendeeCountStated} the total the
 * record writes, e.g. 計15名). {@code format} is its {@link MinutesFormat}.
 */
public record Meeting(
        String id,
        String body,
        String title,
        Integer fiscalYear,
        Integer session,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String venue,
        Boolean isPublic,
        List<Attendee> attendees,
        Integer attendeeCount,
        Integer attendeeCountStated,
        List<Official> officials,
        Integer observers,
        Integer press,
        List<AgendaItem> agenda,
        LocalDate createdDate,
        String sourceFile,
        MinutesFormat format,
        List<String> warnings) {

    public Meeting {
        attendees = List.copyOf(attendees);
        officials = List.copyOf(officials);
        agenda = List.copyOf(agenda);
        warnings = List.copyOf(warnings);
    }
}
