package jp.meetingsearch.speeches;

import java.time.LocalDate;
import java.util.List;

/**
 * One meeting of a speech-record file.
 *
 * @param body     the assembly or committee (衆議院本会議, 福岡市議会)
 * @param title    the record's title as given
 * @param date     the day of the meeting
 * @param session  the session number where the record gives one (国会回次), else null
 * @param url      the record's address (meetingURL, URL), or null
 * @param header   the record's preamble (the Kokkai speechOrder 0, an export's item without speaker), or null
 * @param speeches the speeches in order
 * @param where    where the meeting is in the file, for messages
 */
public record RecordedMeeting(String body, String title, LocalDate date, Integer session, String url, String header,
                              List<RecordedSpeech> speeches, String where) {
    public RecordedMeeting {
        speeches = List.copyOf(speeches);
    }
}
