package jp.meetingsearch.search;

import java.time.LocalDate;

/** A meeting in a list: {@code remarks} is its number of remarks. */
public record MeetingSummary(String id, String title, String body, LocalDate date, Integer fiscalYear,
                             Integer session, Integer remarks) {
}
