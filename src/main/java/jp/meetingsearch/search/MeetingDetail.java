package jp.meetingsearch.search;

import java.time.LocalDate;
import java.util.List;

import jp.meetingsearch.minutes.AgendaItem;
import jp.meetingsearch.minutes.Attendee;
import jp.meetingsearch.minutes.MinutesFormat;
import jp.meetingsearch.minutes.Official;

/** A whole meeting: its header, attendance, agenda and every remark in order. */
public record MeetingDetail(
        String id,
        String title,
        String body,
        LocalDate date,
        Integer fiscalYear,
        Integer session,
        String start,
        String end,
        String venue,
        Boolean isPublic,
        List<Attendee> attendees,
        Integer attendeeCount,
        List<Official> officials,
        List<AgendaItem> agenda,
        MinutesFormat format,
        List<RemarkHit> remarks) {
}
