package jp.meetingsearch.minutes;

import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Width;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Pattern;

/** A meeting's start and end as a date row writes them: 午前9時30分から午前11時30分, 午後２時～４時, 14:00-16:00. */
record TimeRange(LocalTime start, LocalTime end) {
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("から|まで|[～〜~－―]|(?<=[0-9分時])\\s*-\\s*(?=[0-9午])");
    private static final Pattern PM = Pattern.compile("午後|PM|pm|P\\.M\\.|p\\.m\\.");
    private static final Pattern AM_PM = Pattern.compile("午前|午後|AM|PM|am|pm|[AaPp]\\.[Mm]\\.");

    /** The times written in the text; either may be null. */
    static TimeRange find(String text) {
        String t = Width.normalize(text);
        String[] parts = RANGE_SEPARATOR.split(t, 3);
        LocalTime start = JapaneseDates.findTime(parts[0]).orElse(null);
        LocalTime end = null;
        if (parts.length > 1) {
            Optional<LocalTime> e = JapaneseDates.findTime(parts[1]);
            if (e.isPresent()) {
                end = e.get();
                // "午後2時～4時": the end inherits the afternoon of the start
                if (start != null && PM.matcher(parts[0]).find() && !AM_PM.matcher(parts[1]).find()
                        && end.getHour() < 12 && end.plusHours(12).isAfter(start)) {
                    end = end.plusHours(12);
                }
            }
        }
        return new TimeRange(start, end);
    }
}
