package jp.meetingsearch.search;

import java.time.LocalDate;

/** The meeting a remark belongs to, as a search hit shows it. */
public record MeetingRef(String id, String title, LocalDate date, Integer fiscalYear, String body) {
}
