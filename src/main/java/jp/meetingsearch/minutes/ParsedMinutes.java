package jp.meetingsearch.minutes;

import java.util.List;

/** The result of parsing one minutes file: the meeting, its remarks in order, and what looked wrong on the way. */
public record ParsedMinutes(Meeting meeting, List<Remark> remarks, List<String> warnings) {
    public ParsedMinutes {
        remarks = List.copyOf(remarks);
        warnings = List.copyOf(warnings);
    }
}
