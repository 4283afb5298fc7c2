package jp.meetingsearch.projects;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.meetingsearch.projects.CsvRecords.Rec;
import jp.meetingsearch.text.DecodedText;
import jp.meetingsearch.text.Spaces;
import jp.meetingsearch.text.TextDecoder;
import jp.meetingsearch.text.UnreadableInputException;

/**
 * Reads a project list (CSV or tab-separated, UTF-8 with or without BOM, or CP932; or a workbook, .xlsx or .xls,
 * each sheet a list) into {@link ProjectRow}s.
 *
 * <p>The header is the first of the first {@value HeaderLayout#HEADER_SEARCH_ROWS} rows that names the project (事業名 …) and at
 * least one other known column, so title rows above it ("令和3年度 協働事業一覧") are skipped; a fiscal year written
 * in such a title serves the rows when the list has neither a year nor a date column. A row that cannot be used
 * is rejected with its line and reason and the others are kept; a file that cannot be used at all throws, so the
 * caller leaves what it loaded from that file before untouched.
 *
 * <p>Ids: hash of fiscal year, name and department (whitespace and width ignored), prefixed by the fiscal year: a
 * project's identity, not its file's, so a renamed or moved list replaces its rows instead of doubling them. A later row with the same four and the same content is rejected as a duplicate; with different
 * content (another partner, say) it is kept under the id suffixed "-2", "-3", … and a warning is given.
 */
public final class ProjectCsvReader {
    private ProjectCsvReader() {
    }

    /**
     * Reads one list file. Messages name the file as given; rows carry its file name as {@code source}.
     *
     * @param mappingOrNull another city's column names, or null for the built-in aliases
     * @param forcedOrNull  charset to decode with instead of detecting UTF-8 / CP932
     * @param thisYear      the year the list is read in: a fiscal year more than
     *                      {@value RowReader#MAX_YEARS_AHEAD} years beyond it is taken for a typo
     * @throws UnreadableInputException the file cannot be decoded, is not CSV, or has no usable header
     */
    public static ProjectParseResult read(Path file, ColumnMapping mappingOrNull, Charset forcedOrNull,
                                          Year thisYear) throws UnreadableInputException {
        Path fileName = file.getFileName();
        String sourceName = fileName == null ? file.toString() : fileName.toString();
        if (SpreadsheetTables.isSpreadsheet(file)) {
            return spreadsheet(file, sourceName, mappingOrNull, thisYear);
        }
        byte[] bytes = TextDecoder.readBytes(file);
        if (HtmlTables.isHtml(file, bytes)) {
            return page(file, bytes, sourceName, mappingOrNull, forcedOrNull, thisYear);
        }
        DecodedText decoded = TextDecoder.decode(bytes, file.toString(), forcedOrNull);
        String label = file.toString();
        List<Table> one = List.of(new Table(label, null, CsvRecords.read(decoded.text(), label)));
        return parse(one, label, sourceName, mappingOrNull, thisYear, decoded.warnings(), decoded.charset());
    }

    /** Reads list text already in memory; {@code sourceName} is used both in messages and as the rows' source. */
    public static ProjectParseResult read(String text, String sourceName, ColumnMapping mappingOrNull,
                                          Year thisYear) throws UnreadableInputException {
        List<Table> one = List.of(new Table(sourceName, null, CsvRecords.read(text, sourceName)));
        return parse(one, sourceName, sourceName, mappingOrNull, thisYear, List.of(), StandardCharsets.UTF_8);
    }

    /** A list's table: what messages call it, a caption that may name its fiscal year (a sheet's name), its rows. */
    private record Table(String label, String caption, List<Rec> records, String captionIs) {
        Table(String label, String caption, List<Rec> records) {
            this(label, caption, records, "the sheet's name");
        }
    }

    /**
     * A workbook: each sheet is a list with its own header, messages name it as {@code file[sheet]:row}. A sheet
     * without a header (a note, the choices of a drop-down) is passed over with a warning; a workbook none of whose
     * sheets has one is refused as a CSV without one is.
     */
    private static ProjectParseResult spreadsheet(Path file, String sourceName, ColumnMapping mapping, Year thisYear)
            throws UnreadableInputException {
        List<SpreadsheetTables.Table> sheets = SpreadsheetTables.read(file, file.toString());
        List<Table> tables = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        SpreadsheetTables.Table firstFilled = null;
        for (SpreadsheetTables.Table sheet : sheets) {
            if (sheet.records().isEmpty()) {
                continue;
            }
            firstFilled = firstFilled == null ? sheet : firstFilled;
            String label = file + "[" + sheet.sheet() + "]";
            if (HeaderLayout.headerIndex(sheet.records(), mapping) < 0) {
                Rec top = sheet.records().get(0);
                String shown = String.join(" | ", top.cells().stream().map(String::strip).filter(c -> !c.isEmpty())
                        .toList());
                warnings.add(label + ":" + top.line() + ": no header row naming the project and another known column"
                        + " in the first " + HeaderLayout.HEADER_SEARCH_ROWS + " rows (the first row: "
                        + (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown) + "); sheet passed over");
                continue;
            }
            tables.add(new Table(label, sheet.sheet(), sheet.records()));
        }
        if (firstFilled == null) {
            throw new UnreadableInputException(file.toString(), 0, "the workbook's sheets are all empty");
        }
        if (tables.isEmpty()) {
            // the error a list without a header gets, naming the first sheet's columns
            HeaderLayout.find(firstFilled.records(), mapping, file + "[" + firstFilled.sheet() + "]", null);
        }
        return parse(tables, file.toString(), sourceName, mapping, thisYear, warnings, null);
    }

    /**
     * A saved web page: each of its tables with a header naming the project is a list (the page's other tables, its
     * layout, a calendar, a contact box, are passed over); messages name the page and the line of its source where a
     * row starts. A page none of whose tables has such a header is refused, naming the first table's columns.
     */
    private static ProjectParseResult page(Path file, byte[] bytes, String sourceName, ColumnMapping mapping,
                                           Charset forcedOrNull, Year thisYear) throws UnreadableInputException {
        List<String> warnings = new ArrayList<>();
        List<HtmlTables.Table> found = HtmlTables.read(bytes, file.toString(), forcedOrNull, warnings);
        if (found.isEmpty()) {
            throw new UnreadableInputException(file.toString(), 0, "a web page with no table: a list is read from"
                    + " a page's tables (<table>), or save it as CSV");
        }
        List<Table> tables = new ArrayList<>();
        for (HtmlTables.Table t : found) {
            if (HeaderLayout.headerIndex(t.records(), mapping) >= 0) {
                tables.add(new Table(file.toString(), t.caption(), t.records(), "the table's caption or heading"));
            }
        }
        if (tables.isEmpty()) {
            // the error a list without a header gets, naming the first table's columns
            HeaderLayout.find(found.getFirst().records(), mapping, file.toString(), found.getFirst().caption(),
                    "the table's caption or heading");
        }
        return parse(tables, file.toString(), sourceName, mapping, thisYear, warnings, null);
    }

    private static ProjectParseResult parse(List<Table> tables, String fileLabel, String sourceName, ColumnMapping mapping,
                                            Year thisYear, List<String> readWarnings, Charset charset)
            throws UnreadableInputException {
        List<String> warnings = new ArrayList<>(readWarnings);
        List<Rejection> rejections = new ArrayList<>();
        List<ProjectRow> rows = new ArrayList<>();
        Map<String, ProjectRow> firstById = new HashMap<>();
        Map<String, String> labelById = new HashMap<>();
        Map<String, Integer> countById = new HashMap<>();
        for (Table table : tables) {
            String file = table.label();
            List<Rec> records = table.records();
            HeaderLayout layout = HeaderLayout.find(records, mapping, file, table.caption(), table.captionIs());
            warnings.addAll(layout.warnings());
            for (int i = layout.headerIndex() + 1; i < records.size(); i++) {
                Rec rec = records.get(i);
                if (rec.isBlank()) {
                    continue;
                }
                if (isNote(rec)) {
                    warnings.add(file + ":" + rec.line() + ": a note, not a project: '" + Spaces.excerpt(noteText(rec), 40) + "'");
                    continue;
                }
                if (layout.isHeaderAgain(rec)) {
                    warnings.add(file + ":" + rec.line() + ": the header repeats here; row skipped");
                    continue;
                }
                RowReader r = new RowReader(rec, layout, mapping, file, warnings, thisYear);
                ProjectRow p;
                try {
                    p = r.row(sourceName);
                } catch (RejectedRow e) {
                    rejections.add(new Rejection(file, rec.line(), e.getMessage()));
                    continue;
                }
                ProjectRow first = firstById.putIfAbsent(p.id(), p);
                if (first == null) {
                    rows.add(p);
                    labelById.put(p.id(), file);
                    countById.put(p.id(), 1);
                    continue;
                }
                String where = (labelById.get(p.id()).equals(file) ? "" : labelById.get(p.id()) + " ")
                        + "line " + first.line();
                if (ProjectIds.sameContent(first, p)) {
                    rejections.add(new Rejection(file, rec.line(), "duplicate of " + where
                            + " (same fiscal year, name, department and content)"));
                    continue;
                }
                int n = countById.merge(p.id(), 1, Integer::sum);
                ProjectRow renamed = ProjectIds.withId(p, p.id() + "-" + n);
                warnings.add(file + ":" + rec.line() + ": same fiscal year, name and department as " + where
                        + " but other content; kept as a separate row (id " + renamed.id() + ")");
                rows.add(renamed);
            }
        }
        // labels written two ways are shown one way; ids keep the department as written
        LabelAliases.Renamed named = LabelAliases.TABLE.apply(rows, fileLabel);
        warnings.addAll(named.messages());
        return new ProjectParseResult(named.rows(), rejections, warnings, charset);
    }

    /** ※公益法人の区分において…, （注）金額は…: a row of one cell opened as a note is, below or inside a list. */
    private static boolean isNote(Rec rec) {
        String only = noteText(rec);
        return only != null && NOTE.matcher(only).lookingAt();
    }

    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile(
            "[\\s　]*(?:※|＊|\\*|[（(][\\s　]*注[\\s　]*[0-9０-９]*[）)]|注[0-9０-９]*[\\s　]*[:：.．）)])");

    /** The text of the row's one filled cell, or null when it has none or several. */
    private static String noteText(Rec rec) {
        String only = null;
        for (String c : rec.cells()) {
            if (!c.isBlank()) {
                if (only != null) {
                    return null;
                }
                only = c.strip();
            }
        }
        return only;
    }


    /** Lists the header names the reader recognises, for usage messages. */
    public static String builtInAliases() {
        return Arrays.stream(ProjectField.values())
                .map(f -> f.key() + ": " + String.join(" / ", f.aliases()))
                .collect(Collectors.joining("\n"));
    }
}
