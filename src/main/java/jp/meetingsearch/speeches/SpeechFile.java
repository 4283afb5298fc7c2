package jp.meetingsearch.speeches;

import java.util.List;

/**
 * What a speech-record file holds: its meetings, the parts left out ("file:where: reason", one per meeting or
 * row), warnings, and how many rows or speech items were read, so that a summary can say "49 of 88".
 *
 * @param shape what the file was read as (Kokkai API, PoliInfo export, a field mapping)
 */
public record SpeechFile(String shape, List<RecordedMeeting> meetings, List<String> rejections, List<String> warnings,
                         int itemsRead) {
    public SpeechFile {
        meetings = List.copyOf(meetings);
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }
}
