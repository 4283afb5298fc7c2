package jp.meetingsearch.minutes;

/**
 * One entry of a meeting's agenda: the section (開会, 報告事項, 協議事項, 議事日程 …), the item number within it
 * ((1), 日程第1) and title, and notes written with it (※次回は令和4年3月11日…). Number and title are null for a
 * section without items.
 */
public record AgendaItem(String section, String number, String title, String notes) {
}
