package jp.meetingsearch.corpus;

import java.time.LocalDate;
import java.util.List;

import jp.meetingsearch.minutes.MinutesFormat;

/** One generated meeting: its file name and full text, and what a loader should extract from it. */
public record GeneratedMeeting(String fileName, MinutesFormat format, String body, String title, LocalDate date,
        int fiscalYear, int session, List<GeneratedRemark> remarks, String text) {
}
