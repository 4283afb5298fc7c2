package jp.meetingsearch.projects;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.meetingsearch.projects.CsvRecords.Rec;
import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Width;

/**
 * Reads the fields of one record into a project; {@code thisYear} bounds the fiscal years a row may name (the
 * reader never looks at the clock, so a list reads the same on any day).
 */
record RowReader(Rec rec, HeaderLayout layout, ColumnMapping mapping, String file, List<String> warnings,
                 Year thisYear) {
    /** Lists plan a few years ahead at most; a year beyond this is a typo (令和99年度, 2150). */
    static final int MAX_YEARS_AHEAD = 5;
    /** What a spreadsheet takes for a formula: '=' anything, or '+', '-', '@' before a function call. */
    private static final Pattern FORMULA = Pattern.compile("=.|[+\\-@]\\s*[A-Za-z_][A-Za-z0-9_.]*\\(");
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "((?:令和|平成|昭和|[RHS])\\s*[0-9元〇一二三四五六七八九十]+|[0-9]{4})\\s*[年./]\\s*([0-9〇一二三四五六七八九十]+)\\s*月?");


    ProjectRow row(String source) throws RejectedRow {
        String name = oneLine(ProjectField.NAME);
        if (name == null) {
            throw new RejectedRow("missing name: " + layout.headerOf(ProjectField.NAME) + " is empty");
        }
        int fy = fiscalYear();
        String department = oneLine(ProjectField.DEPARTMENT);
        String partnersCell = cell(ProjectField.PARTNERS);
        List<String> partners = partnersCell == null ? List.of() : Partners.split(partnersCell);
        String contact = layout.contactColumn() >= 0 && layout.contactColumn() < rec.cells().size()
                ? rec.cells().get(layout.contactColumn()) : null;
        if (contact != null && !contact.isBlank()) {
            Contact c = Contact.of(contact);
            // 問い合わせ先（市の担当課）, 連絡先名称: who to ask runs the project, where no cell of the row says who does
            if (department == null) {
                department = c.section();
            }
            if (partners.isEmpty() && c.body() != null) {
                partners = List.of(c.body());
            }
        }
        ProjectRow row = new ProjectRow(ProjectIds.id(fy, name, department), fy, name, department,
                partners, oneLine(ProjectField.FORM),
                flag(ProjectField.NEW), flag(ProjectField.PROPOSAL), oneLine(ProjectField.AREA),
                text(ProjectField.DESCRIPTION), text(ProjectField.EVALUATION), source, rec.line(), extra());
        warnAboutCells();
        return row;
    }

    /** Short rows and formula cells: the row is kept, but what it holds may not be what the sheet showed. */
    private void warnAboutCells() {
        int width = layout.header().cells().size();
        if (rec.cells().size() < width) {
            warnings.add(file + ":" + rec.line() + ": " + rec.cells().size() + " of " + width
                    + " columns; the missing ones are left empty");
        }
        List<String> headerCells = layout.header().cells();
        for (int c = 0; c < rec.cells().size(); c++) {
            String v = rec.cells().get(c).strip();
            if (FORMULA.matcher(v).lookingAt()) {
                String header = c < headerCells.size() ? Width.normalize(headerCells.get(c)) : "column " + (c + 1);
                warnings.add(file + ":" + rec.line() + ": " + header + " holds a spreadsheet formula ('"
                        + (v.length() > 30 ? v.substring(0, 30) + "…" : v) + "'), not its value; kept as written");
            }
        }
    }

    private int fiscalYear() throws RejectedRow {
        if (layout.yearFrom() == null) {
            return layout.titleYear().getAsInt();
        }
        int fy = layout.yearFrom() == ProjectField.FISCAL_YEAR ? fromYearColumn() : fromDateColumn();
        int latest = thisYear.getValue() + MAX_YEARS_AHEAD;
        if (fy > latest) {
            throw new RejectedRow("fiscal year " + fy + " is more than " + MAX_YEARS_AHEAD
                    + " years ahead (" + describeYear() + "): a typo?");
        }
        // a list with both a year and a date column: say when they disagree, the year column still decides
        ProjectField other = layout.yearFrom() == ProjectField.FISCAL_YEAR ? ProjectField.DATE
                : ProjectField.FISCAL_YEAR;
        String otherCell = cell(other);
        if (otherCell != null && !otherCell.isBlank()) {
            OptionalInt o = other == ProjectField.DATE ? dateFiscalYear(otherCell)
                    : JapaneseDates.parseFiscalYear(otherCell);
            if (o.isPresent() && o.getAsInt() != fy) {
                warnings.add(file + ":" + rec.line() + ": " + layout.headerOf(other) + " '" + otherCell.strip()
                        + "' is fiscal year " + o.getAsInt() + " but the row is taken as fiscal year " + fy);
            }
        }
        return fy;
    }

    private String describeYear() {
        ProjectField f = layout.yearFrom();
        return f == null ? "from the title" : layout.headerOf(f) + " '" + Width.normalize(cell(f)) + "'";
    }

    private int fromYearColumn() throws RejectedRow {
        String v = cell(ProjectField.FISCAL_YEAR);
        String header = layout.headerOf(ProjectField.FISCAL_YEAR);
        if (v == null || v.isBlank()) {
            throw new RejectedRow(header + " is empty");
        }
        return JapaneseDates.parseFiscalYear(v).orElseThrow(() -> new RejectedRow(
                header + " '" + Width.normalize(v) + "' is not a fiscal year"));
    }

    private int fromDateColumn() throws RejectedRow {
        String v = cell(ProjectField.DATE);
        String header = layout.headerOf(ProjectField.DATE);
        if ((v == null || v.isBlank()) && layout.titleYear().isPresent()) {
            warnings.add(file + ":" + rec.line() + ": " + header + " is empty: the row is taken to be in fiscal year "
                    + layout.titleYear().getAsInt() + ", the list's, as its title, sheet or file name says");
            return layout.titleYear().getAsInt();
        }
        if (v == null || v.isBlank()) {
            throw new RejectedRow(header + " is empty, so the fiscal year is unknown" + PLACE_BY_NAME);
        }
        OptionalInt fy = dateFiscalYear(v);
        if (fy.isEmpty() && layout.titleYear().isPresent() && MONTH_DAY.matcher(Width.normalize(v)).find()) {
            // 9月7日(土): a day without its year, in a list whose title or file name gives the fiscal year
            String note = file + ": " + header + " gives days without a year: they are taken to be in fiscal year "
                    + layout.titleYear().getAsInt() + ", as the list's title, sheet or file name says";
            if (!warnings.contains(note)) {
                warnings.add(note);
            }
            return layout.titleYear().getAsInt();
        }
        if (fy.isEmpty() && layout.titleYear().isPresent()) {
            // 随時（要調整）, 日程調整し決定: a standing programme of the list's year, with no day to give
            warnings.add(file + ":" + rec.line() + ": " + header + " '" + Width.normalize(v).strip() + "' gives no day:"
                    + " the row is taken to be in fiscal year " + layout.titleYear().getAsInt()
                    + ", the list's, as its title, sheet or file name says");
            return layout.titleYear().getAsInt();
        }
        return fy.orElseThrow(() -> new RejectedRow(header + " '" + Width.normalize(v)
                + "' holds no date to take the fiscal year from" + PLACE_BY_NAME));
    }

    /** What would place a row whose date cell gives no year: the list's year in its name. */
    private static final String PLACE_BY_NAME = " (a fiscal year in the list's title or file name, R6 or 2024年度,"
            + " would place it in that year)";

    /** A month, with its day or not (9月7日, 9月の試合日程, 9/7), without a year. */
    private static final Pattern MONTH_DAY = Pattern.compile("[0-9]{1,2}\\s*月|(?<![0-9/])[0-9]{1,2}/[0-9]{1,2}(?![0-9/])");

    private Boolean flag(ProjectField f) {
        String v = cell(f);
        if (v == null) {
            return null;
        }
        Optional<Boolean> b = Flags.parse(v);
        if (b.isEmpty()) {
            warnings.add(file + ":" + rec.line() + ": " + layout.headerOf(f) + " '" + Width.normalize(v)
                    + "' is neither yes nor no; left empty");
        }
        return b.orElse(null);
    }

    /** The cell for a field after the mapping's value map; null when the list has no such column. */
    private String cell(ProjectField f) {
        Integer c = layout.columns().get(f);
        if (c == null) {
            return null;
        }
        String raw = rec.cell(c);
        String v = raw == null ? "" : raw;
        return mapping == null ? v : mapping.mapValue(f, v);
    }

    private String oneLine(ProjectField f) {
        String c = cell(f);
        // a line break between two Japanese letters cuts a word or joins phrases written without spaces
        String v = Width.normalize(c == null ? null : CJK_BREAK.matcher(c).replaceAll(""));
        return v == null || v.isEmpty() ? null : v;
    }

    /** A line break, with the spaces around it, between two letters that are not Latin (経済社\n会実現). */
    private static final Pattern CJK_BREAK = Pattern.compile("(?<=[^\\x00-\\x7F\\s　])[ \\t　]*[\\r\\n]+[ \\t　]*"
            + "(?=[^\\x00-\\x7F\\s　])");

    /** Free text as written: line breaks kept (as \n), outer whitespace trimmed. */
    private String text(ProjectField f) {
        String v = cell(f);
        if (v == null) {
            return null;
        }
        String t = v.replace("\r\n", "\n").replace('\r', '\n').strip();
        return t.isEmpty() ? null : t;
    }

    private Map<String, String> extra() {
        Map<String, String> extra = new LinkedHashMap<>();
        List<String> headerCells = layout.header().cells();
        for (int c = 0; c < rec.cells().size(); c++) {
            if (layout.isStored(c)) {
                continue;
            }
            String value = rec.cells().get(c).replace("\r\n", "\n").replace('\r', '\n').strip();
            if (value.isEmpty()) {
                continue;
            }
            String header = c < headerCells.size() ? Width.normalize(headerCells.get(c)) : "";
            if (header.isEmpty()) {
                header = "column " + (c + 1);
                warnings.add(file + ":" + rec.line() + ": a value in column " + (c + 1)
                        + ", which has no header, kept as '" + header + "'");
            }
            String key = header;
            for (int n = 2; extra.containsKey(key); n++) {
                key = header + " (" + n + ")";
            }
            extra.put(key, value);
        }
        return extra;
    }

    /**
     * The fiscal year of the first date in a date cell; a cell such as 実施期間 "令和3年4月～令和4年3月" that gives
     * months only counts from the first of its first month.
     */
    static OptionalInt dateFiscalYear(String cell) {
        Optional<LocalDate> d = JapaneseDates.findDate(cell);
        if (d.isEmpty()) {
            Matcher m = YEAR_MONTH.matcher(Width.normalize(cell));
            if (m.find()) {
                d = JapaneseDates.parseDate(m.group(1) + "年" + m.group(2) + "月1日");
            }
        }
        return d.map(x -> OptionalInt.of(JapaneseDates.fiscalYearOf(x))).orElse(OptionalInt.empty());
    }
}
