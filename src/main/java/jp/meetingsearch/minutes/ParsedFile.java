package jp.meetingsearch.minutes;

import java.util.List;

/**
 * What one input file gave: its meetings (one for a minutes text, page or document; any number for speech
 * records), the parts left out ("file:where: reason": a meeting without a date, a row without text), warnings,
 * and how many items the file had where it is a table or list of records (rows, speech items), else 0. A speech
 * record's reader gives its meetings as recorded ({@code ParsedFile<RecordedMeeting>}), which {@link Minutes}
 * turns into parsed ones ({@code ParsedFile<ParsedMinutes>}): one report of a file at either stage.
 *
 * @param form what the file was read as: text, html, pdf, docx, or the speech-record shape (Kokkai API, PoliInfo
 *             export, a field mapping)
 * @param <M>  the meetings' form at this stage
 */
public record ParsedFile<M>(String form, List<M> meetings, List<String> rejections, List<String> warnings,
                            int itemsRead) {
    public ParsedFile {
        meetings = List.copyOf(meetings);
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }
}
