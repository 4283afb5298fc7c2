package jp.meetingsearch.projects;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One project in one fiscal year: the document indexed as is (Jackson, snake_case names).
 *
 * @param id          stable: derived from fiscal year, name and department, not from the file (see
 *                    {@link ProjectCsvReader}); a second row of a list with the same three gets a suffix "-2", "-3", …
 * @param fiscalYear  western year the fiscal year (April–March) starts in
 * @param name        width-normalised, one line
 * @param department  width-normalised, null when the list has none
 * @param partners    organisations, possibly empty
 * @param form        form of collaboration as written (共催, 実行委員会, 事業協力(協定), …), width-normalised
 * @param isNew       null when the list does not say
 * @param proposal    whether it came through the proposal scheme; null when the list does not say
 * @param area        width-normalised, null when absent
 * @param description as written (line breaks kept as \n), null when absent
 * @param evaluation  as written (line breaks kept as \n), null when absent
 * @param source      file name the row came from
 * @param line        first line of the record in that file
 * @param extra       the list's other non-blank columns, header as written → cell, in column order
 */
public record ProjectRow(String id, int fiscalYear, String name, String department, List<String> partners,
                         String form, Boolean isNew, Boolean proposal, String area, String description,
                         String evaluation, String source, int line, Map<String, String> extra) {
    public ProjectRow {
        partners = List.copyOf(partners);
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
