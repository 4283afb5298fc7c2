package jp.meetingsearch.minutes;

/** The agenda item a remark belongs to: number ((1), 日程第1) and title. */
public record AgendaRef(String number, String title) {
}
