package jp.meetingsearch.minutes;

import java.util.List;

/**
 * What one input file gave: its meetings (one for a minutes text, page or document; any number for speech
 * records), the parts left out ("file:where: reason": a meeting without a date, a row without text), warnings,
 * and how many items the file had where it is a table or list of records (rows, speech items), else 0.
 *
 * @param form what the file was read as: text, html, pdf, docx, or the speech-record shape
 */
public record ParsedFile(String form, List<ParsedMinutes> meetings, List<String> rejections, List<String> warnings,
                         int itemsRead) {
    public ParsedFile {
        meetings = List.copyOf(meetings);
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }
}
