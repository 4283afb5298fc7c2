package jp.meetingsearch.search;

import java.util.List;

/** One page of meetings, newest first, and how many match. */
public record MeetingList(long total, List<MeetingSummary> meetings) {
}
