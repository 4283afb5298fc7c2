package jp.meetingsearch.projects;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.meetingsearch.text.DecodedText;
import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.TextDecoder;
import jp.meetingsearch.text.UnreadableInputException;
import jp.meetingsearch.text.Width;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a project list (CSV or tab-separated, UTF-8 with or without BOM, or CP932) into {@link ProjectRow}s.
 *
 * <p>The header is the first of the first {@value #HEADER_SEARCH_ROWS} rows that names the project (事業名 …) and at
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
    static final int HEADER_SEARCH_ROWS = 20;
    /** Lists plan a few years ahead at most; a year beyond this is a typo (令和99年度, 2150). */
    static final int MAX_YEARS_AHEAD = 5;
    /** What a spreadsheet takes for a formula: '=' anything, or '+', '-', '@' before a function call. */
    private static final Pattern FORMULA = Pattern.compile("=.|[+\\-@]\\s*[A-Za-z_][A-Za-z0-9_.]*\\(");
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "((?:令和|平成|昭和|[RHS])\\s*[0-9元〇一二三四五六七八九十]+|[0-9]{4})\\s*[年./]\\s*([0-9〇一二三四五六七八九十]+)\\s*月?");

    private ProjectCsvReader() {
    }

    /**
     * Reads one list file. Messages name the file as given; rows carry its file name as {@code source}.
     *
     * @param mappingOrNull another city's column names, or null for the built-in aliases
     * @param forcedOrNull  charset to decode with instead of detecting UTF-8 / CP932
     * @throws UnreadableInputException the file cannot be decoded, is not CSV, or has no usable header
     */
    public static ProjectParseResult read(Path file, ColumnMapping mappingOrNull, Charset forcedOrNull)
            throws UnreadableInputException {
        DecodedText decoded = TextDecoder.decode(file, forcedOrNull);
        Path fileName = file.getFileName();
        return parse(decoded, file.toString(), fileName == null ? file.toString() : fileName.toString(),
                mappingOrNull);
    }

    /** Reads list text already in memory; {@code sourceName} is used both in messages and as the rows' source. */
    public static ProjectParseResult read(String text, String sourceName, ColumnMapping mappingOrNull)
            throws UnreadableInputException {
        return parse(new DecodedText(text, StandardCharsets.UTF_8, false, List.of()), sourceName, sourceName,
                mappingOrNull);
    }

    private static ProjectParseResult parse(DecodedText decoded, String file, String sourceName,
                                            ColumnMapping mapping) throws UnreadableInputException {
        List<Rec> records = records(decoded.text(), file);
        Layout layout = Layout.find(records, mapping, file);
        List<String> warnings = new ArrayList<>(decoded.warnings());
        warnings.addAll(layout.warnings());
        List<Rejection> rejections = new ArrayList<>();
        List<ProjectRow> rows = new ArrayList<>();
        Map<String, ProjectRow> firstById = new HashMap<>();
        Map<String, Integer> countById = new HashMap<>();
        for (int i = layout.headerIndex() + 1; i < records.size(); i++) {
            Rec rec = records.get(i);
            if (rec.isBlank()) {
                continue;
            }
            if (layout.isHeaderAgain(rec)) {
                warnings.add(file + ":" + rec.line() + ": the header repeats here; row skipped");
                continue;
            }
            RowReader r = new RowReader(rec, layout, mapping, file, warnings);
            Optional<ProjectRow> row;
            try {
                row = Optional.of(r.row(sourceName));
            } catch (RejectedRow e) {
                rejections.add(new Rejection(file, rec.line(), e.getMessage()));
                continue;
            }
            ProjectRow p = row.get();
            ProjectRow first = firstById.putIfAbsent(p.id(), p);
            if (first == null) {
                rows.add(p);
                countById.put(p.id(), 1);
                continue;
            }
            if (sameContent(first, p)) {
                rejections.add(new Rejection(file, rec.line(), "duplicate of line " + first.line()
                        + " (same fiscal year, name, department and content)"));
                continue;
            }
            int n = countById.merge(p.id(), 1, Integer::sum);
            ProjectRow renamed = withId(p, p.id() + "-" + n);
            warnings.add(file + ":" + rec.line() + ": same fiscal year, name and department as line " + first.line()
                    + " but other content; kept as a separate row (id " + renamed.id() + ")");
            rows.add(renamed);
        }
        // labels written two ways are shown one way; ids keep the department as written
        LabelAliases.Renamed named = LabelAliases.TABLE.apply(rows, file);
        warnings.addAll(named.messages());
        return new ProjectParseResult(named.rows(), rejections, warnings, decoded.charset());
    }

    /** One CSV record with the file line it starts on. */
    record Rec(List<String> cells, int line) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : null;
        }
    }

    private static List<Rec> records(String text, String file) throws UnreadableInputException {
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(true)
                .get();
        List<Rec> out = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            try {
                for (CSVRecord r : parser) {
                    int pos = (int) r.getCharacterPosition();
                    // the parser reports a record's position before the empty lines it skipped
                    while (pos < text.length() && (text.charAt(pos) == '\r' || text.charAt(pos) == '\n')) {
                        pos++;
                    }
                    out.add(new Rec(r.toList(), lineOf(lineStarts, pos)));
                }
            } catch (UncheckedIOException e) {
                throw new UnreadableInputException(file, (int) parser.getCurrentLineNumber() + 1,
                        "not readable as CSV: " + e.getCause().getMessage(), e);
            }
        } catch (IOException e) {
            throw new UnreadableInputException(file, 0, "not readable as CSV: " + e.getMessage(), e);
        }
        return out;
    }

    /** Tab when the first non-blank line has more tabs than commas (Excel's "Unicode text"), else comma. */
    private static char delimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        long tabs = first.chars().filter(c -> c == '\t').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int pos) {
        int i = Arrays.binarySearch(lineStarts, pos);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Words that give a header's field away when its name is none of the built-in ones; the first field wins. */
    private static final Map<ProjectField, List<String>> HEADER_WORDS = headerWords();

    private static Map<ProjectField, List<String>> headerWords() {
        Map<ProjectField, List<String>> m = new java.util.LinkedHashMap<>();
        m.put(ProjectField.NEW, List.of("新規", "継続"));
        m.put(ProjectField.PROPOSAL, List.of("提案"));
        m.put(ProjectField.FISCAL_YEAR, List.of("年度"));
        m.put(ProjectField.DATE, List.of("実施日", "開催日", "日付", "年月日", "期間"));
        m.put(ProjectField.PARTNERS, List.of("相手", "団体", "連携先", "協働先", "パートナー", "共催者"));
        m.put(ProjectField.DEPARTMENT, List.of("担当", "所管", "部署", "部局", "課名"));
        m.put(ProjectField.FORM, List.of("形態", "手法", "方法", "種別", "類型"));
        m.put(ProjectField.AREA, List.of("地域", "地区", "エリア"));
        m.put(ProjectField.EVALUATION, List.of("評価", "成果", "課題"));
        m.put(ProjectField.DESCRIPTION, List.of("概要", "内容", "説明"));
        m.put(ProjectField.NAME, List.of("事業名", "名称", "取組", "事業"));
        return m;
    }

    /** Which column holds which field, where the header is, and how the fiscal year is found. */
    record Layout(int headerIndex, Rec header, Map<ProjectField, Integer> columns, ProjectField yearFrom,
                  OptionalInt titleYear, List<String> warnings) {

        static Layout find(List<Rec> records, ColumnMapping mapping, String file) throws UnreadableInputException {
            int limit = Math.min(records.size(), HEADER_SEARCH_ROWS);
            for (int i = 0; i < limit; i++) {
                Rec rec = records.get(i);
                Map<ProjectField, Integer> cols = bind(rec, mapping);
                if (cols.containsKey(ProjectField.NAME) && cols.size() >= 2) {
                    return of(records, i, cols, mapping, file);
                }
            }
            Rec shown = records.stream().filter(r -> r.cells().stream().filter(c -> !c.isBlank()).count() >= 2)
                    .findFirst().orElse(records.isEmpty() ? null : records.get(0));
            String found = shown == null ? "the file is empty"
                    : "found columns " + nonBlank(shown.cells()) + " (line " + shown.line() + ")";
            throw new UnreadableInputException(file, 0, "no header row naming the project and another known column in"
                    + " the first " + HEADER_SEARCH_ROWS + " rows: " + found + "; required: " + describe(ProjectField.NAME,
                    mapping) + " and a fiscal year: " + describe(ProjectField.FISCAL_YEAR, mapping) + ", or a date: "
                    + describe(ProjectField.DATE, mapping) + "; for other column names give a mapping file (--columns)");
        }

        private static Layout of(List<Rec> records, int headerIndex, Map<ProjectField, Integer> cols,
                                 ColumnMapping mapping, String file) throws UnreadableInputException {
            Rec header = records.get(headerIndex);
            List<String> warnings = new ArrayList<>();
            boolean mappedDate = mapping != null && mapping.columnsFor(ProjectField.DATE).isPresent()
                    && mapping.columnsFor(ProjectField.FISCAL_YEAR).isEmpty();
            ProjectField yearFrom = cols.containsKey(ProjectField.FISCAL_YEAR) && !mappedDate ? ProjectField.FISCAL_YEAR
                    : cols.containsKey(ProjectField.DATE) ? ProjectField.DATE : null;
            OptionalInt titleYear = OptionalInt.empty();
            int titleLine = 0;
            if (yearFrom == null) {
                for (int i = 0; i < headerIndex && titleYear.isEmpty(); i++) {
                    titleYear = JapaneseDates.findFiscalYear(String.join(" ", records.get(i).cells()));
                    titleLine = records.get(i).line();
                }
                if (titleYear.isEmpty()) {
                    throw new UnreadableInputException(file, header.line(), "no fiscal year: the header "
                            + nonBlank(header.cells()) + " has no year column (" + describe(ProjectField.FISCAL_YEAR,
                            mapping) + ") nor date column (" + describe(ProjectField.DATE, mapping)
                            + ") and no title row above it names a fiscal year (令和3年度 …)");
                }
                warnings.add(file + ":" + titleLine + ": no year column; every row is taken to be in fiscal year "
                        + titleYear.getAsInt() + " as the title says");
            }
            for (int c = 0; c < header.cells().size(); c++) {
                String key = ProjectField.headerKey(header.cells().get(c));
                if (cols.containsValue(c) || key.isEmpty()) {
                    continue;
                }
                for (ProjectField f : ProjectField.values()) {
                    if (candidates(f, mapping).stream().map(ProjectField::headerKey).anyMatch(key::equals)) {
                        warnings.add(file + ":" + header.line() + ": column '" + header.cells().get(c).strip()
                                + "' also looks like " + f.key() + " (column '" + header.cells().get(cols.get(f)).strip()
                                + "' is used); kept in extra");
                    }
                }
            }
            return new Layout(headerIndex, header, cols, yearFrom, titleYear, warnings);
        }

        /**
         * Field → column index for the fields this row names; each column serves one field. Built-in names are
         * matched first; without a mapping file, a column whose note says 新規/継続 is the new flag, and columns
         * left over are matched by the words their header contains (協働の手法 → form, 協働事業名称 → name).
         */
        private static Map<ProjectField, Integer> bind(Rec rec, ColumnMapping mapping) {
            Map<ProjectField, Integer> cols = new EnumMap<>(ProjectField.class);
            List<String> keys = rec.cells().stream().map(ProjectField::headerKey).toList();
            if (mapping == null) {
                for (int c = 0; c < rec.cells().size(); c++) {
                    String raw = Width.normalize(rec.cells().get(c));
                    if (!keys.get(c).contains("新規") && raw.matches(".*[(（][^)）]*(新規|継続)[^)）]*[)）].*")) {
                        cols.put(ProjectField.NEW, c);
                        break;
                    }
                }
            }
            for (ProjectField f : ProjectField.values()) {
                if (cols.containsKey(f)) {
                    continue;
                }
                for (String candidate : candidates(f, mapping)) {
                    int c = keys.indexOf(ProjectField.headerKey(candidate));
                    if (c >= 0 && !cols.containsValue(c)) {
                        cols.put(f, c);
                        break;
                    }
                }
            }
            if (mapping == null) {
                for (int c = 0; c < keys.size(); c++) {
                    if (cols.containsValue(c) || keys.get(c).isEmpty()) {
                        continue;
                    }
                    for (var signal : HEADER_WORDS.entrySet()) {
                        String key = keys.get(c);
                        if (!cols.containsKey(signal.getKey()) && signal.getValue().stream().anyMatch(key::contains)) {
                            cols.put(signal.getKey(), c);
                            break;
                        }
                    }
                }
            }
            return cols;
        }

        private static List<String> candidates(ProjectField f, ColumnMapping mapping) {
            return mapping == null ? f.aliases() : mapping.columnsFor(f).orElse(f.aliases());
        }

        private static String describe(ProjectField f, ColumnMapping mapping) {
            List<String> c = candidates(f, mapping);
            return c.get(0) + (c.size() > 1 ? " (or " + String.join(", ", c.subList(1, c.size())) + ")" : "");
        }

        private static List<String> nonBlank(List<String> cells) {
            return cells.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        boolean isHeaderAgain(Rec rec) {
            // cheap test first: the name cell of a repeated header is the name column's header
            int nameColumn = columns.get(ProjectField.NAME);
            String name = rec.cell(nameColumn);
            return name != null && ProjectField.headerKey(name).equals(ProjectField.headerKey(
                    header.cells().get(nameColumn))) && rec.cells().stream().map(ProjectField::headerKey).toList()
                    .equals(header.cells().stream().map(ProjectField::headerKey).toList());
        }

        /**
         * Whether the column's value is in the document's own fields. A date column is not (the document has no
         * date) and neither is a year column when the year comes from the date: both stay in extra.
         */
        boolean isStored(int column) {
            for (Map.Entry<ProjectField, Integer> e : columns.entrySet()) {
                if (e.getValue() == column) {
                    ProjectField f = e.getKey();
                    return f != ProjectField.DATE && (f != ProjectField.FISCAL_YEAR || yearFrom == f);
                }
            }
            return false;
        }

        String headerOf(ProjectField f) {
            return Width.normalize(header.cells().get(columns.get(f)));
        }
    }

    /** A row that cannot become a project; the message is the reason. */
    private static final class RejectedRow extends Exception {
        private static final long serialVersionUID = 1L;

        RejectedRow(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Reads the fields of one record. */
    private record RowReader(Rec rec, Layout layout, ColumnMapping mapping, String file, List<String> warnings) {

        ProjectRow row(String source) throws RejectedRow {
            String name = oneLine(ProjectField.NAME);
            if (name == null) {
                throw new RejectedRow("missing name: " + layout.headerOf(ProjectField.NAME) + " is empty");
            }
            int fy = fiscalYear();
            String department = oneLine(ProjectField.DEPARTMENT);
            String partnersCell = cell(ProjectField.PARTNERS);
            ProjectRow row = new ProjectRow(id(fy, name, department), fy, name, department,
                    partnersCell == null ? List.of() : Partners.split(partnersCell), oneLine(ProjectField.FORM),
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
            int latest = java.time.Year.now().getValue() + MAX_YEARS_AHEAD;
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
            if (v == null || v.isBlank()) {
                throw new RejectedRow(header + " is empty, so the fiscal year is unknown");
            }
            return dateFiscalYear(v).orElseThrow(() -> new RejectedRow(
                    header + " '" + Width.normalize(v) + "' holds no date to take the fiscal year from"));
        }

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
            String v = Width.normalize(cell(f));
            return v == null || v.isEmpty() ? null : v;
        }

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

    static String id(int fy, String name, String department) {
        String key = fy + "\n" + compact(name) + "\n" + compact(department);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return fy + "-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String compact(String s) {
        return s == null ? "" : Width.normalize(s).replace(" ", "");
    }

    private static boolean sameContent(ProjectRow a, ProjectRow b) {
        return withPosition(a).equals(withPosition(b));
    }

    private static ProjectRow withPosition(ProjectRow p) {
        return new ProjectRow("", p.fiscalYear(), p.name(), p.department(), p.partners(), p.form(), p.isNew(),
                p.proposal(), p.area(), p.description(), p.evaluation(), p.source(), 0, p.extra());
    }

    private static ProjectRow withId(ProjectRow p, String id) {
        return new ProjectRow(id, p.fiscalYear(), p.name(), p.department(), p.partners(), p.form(), p.isNew(),
                p.proposal(), p.area(), p.description(), p.evaluation(), p.source(), p.line(), p.extra());
    }

    /** Lists the header names the reader recognises, for usage messages. */
    public static String builtInAliases() {
        return Arrays.stream(ProjectField.values())
                .map(f -> f.key() + ": " + String.join(" / ", f.aliases()))
                .collect(Collectors.joining("\n"));
    }
}
