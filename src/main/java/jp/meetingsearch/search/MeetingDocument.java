package jp.meetingsearch.search;

import java.time.LocalDate;
import java.util.List;

import jp.meetingsearch.minutes.AgendaItem;
import jp.meetingsearch.minutes.Attendee;
import jp.meetingsearch.minutes.MinutesFormat;
import jp.meetingsearch.minutes.Official;

/** The stored fields of a meeting that the API reads back (_source of the meetings index). */
record MeetingDocument(
        String id,
        String body,
        String title,
        Integer fiscalYear,
        Integer session,
        LocalDate date,
        String startTime,
        String endTime,
        String venue,
        Boolean isPublic,
        List<Attendee> attendees,
        Integer attendeeCount,
        List<Official> officials,
        List<AgendaItem> agenda,
        Integer remarkCount,
        MinutesFormat format) {

    MeetingSummary summary() {
        return new MeetingSummary(id, title, body, date, fiscalYear, session, remarkCount);
    }
}
