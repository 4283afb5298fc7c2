package jp.meetingsearch.projects;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import jp.meetingsearch.projects.CsvRecords.Rec;
import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.UnreadableInputException;
import jp.meetingsearch.text.Width;

/**
 * Which column holds which field, where the header is, and how the fiscal year is found: the header is the first of
 * the first {@value #HEADER_SEARCH_ROWS} rows that names the project and at least one other known column, so title
 * rows above it are skipped; a fiscal year written in such a title serves the rows when the list has neither a year
 * nor a date column.
 *
 * @param headerIndex the index of the header's last row (the second of a header of two rows): the list's rows follow
 * @param header      the header's labels, both rows read into one for a header of two
 */
record HeaderLayout(int headerIndex, Rec header, Map<ProjectField, Integer> columns, ProjectField yearFrom,
              OptionalInt titleYear, List<String> warnings, int contactColumn) {
    /**
     * A contact column's names (問い合わせ先（市の担当課）, the standard event dataset's 連絡先名称): where a row's
     * department or partner cell is empty or missing, a contact that is a section of the city is the department, any
     * other body a partner; the column stays among the extra columns as written.
     */
    static final java.util.Set<String> CONTACT_HEADERS = java.util.Set.of("問い合わせ先", "問合せ先", "お問い合わせ先",
            "お問合せ先", "問い合わせ", "連絡先名称", "担当窓口");

    /** How far down the header row is looked for. */
    static final int HEADER_SEARCH_ROWS = 20;

    /** Words that give a header's field away when its name is none of the built-in ones; the first field wins. */
    private static final List<Map.Entry<ProjectField, List<String>>> HEADER_WORDS = headerWords();
    /** The words that give a date column away (実施日, 期間 …). */
    private static final List<String> DATE_WORDS = HEADER_WORDS.stream().filter(e -> e.getKey() == ProjectField.DATE)
            .findFirst().orElseThrow().getValue();

    private static List<Map.Entry<ProjectField, List<String>>> headerWords() {
        List<Map.Entry<ProjectField, List<String>>> m = new ArrayList<>();
        m.add(Map.entry(ProjectField.NEW, List.of("新規", "継続")));
        m.add(Map.entry(ProjectField.PROPOSAL, List.of("提案")));
        m.add(Map.entry(ProjectField.FISCAL_YEAR, List.of("年度")));
        m.add(Map.entry(ProjectField.DATE, List.of("実施日", "開催日", "日付", "年月日", "期間", "開始", "日時", "時期")));
        m.add(Map.entry(ProjectField.PARTNERS, List.of("相手", "団体", "連携先", "協働先", "パートナー", "共催者",
                "委託先", "受託", "事業者", "補助先", "交付先")));
        m.add(Map.entry(ProjectField.DEPARTMENT, List.of("担当", "所管", "主管", "所属", "部署", "部局", "課名")));
        m.add(Map.entry(ProjectField.FORM, List.of("形態", "手法", "方法", "種別", "類型")));
        m.add(Map.entry(ProjectField.AREA, List.of("地域", "地区", "エリア")));
        m.add(Map.entry(ProjectField.EVALUATION, List.of("評価", "成果", "課題")));
        m.add(Map.entry(ProjectField.DESCRIPTION, List.of("概要", "内容", "説明", "目的")));
        m.add(Map.entry(ProjectField.NAME, List.of("事業名", "名称", "取組", "事業", "イベント", "行事", "講座", "件名",
                "プロジェクト")));
        return m;
    }

    /**
     * Words that rule a field out of a header that holds one of its words: the name of a place, a facility or a
     * municipality is not the project's (場所名称, 施設名称, 市区町村名), the date a row was updated or an event ends
     * dates no project's year (更新日時, 終了日), and how to get there or to apply is not its form (アクセス方法,
     * 申込方法).
     */
    private static final Map<ProjectField, List<String>> NOT_THE_FIELD = Map.of(
            // 当初補正区分名称, 事業区分名称: the name of a category the row falls in, not the project's
            ProjectField.NAME, List.of("場所", "施設", "会場", "所在", "住所", "都道府県", "市区町村", "担当者", "区分",
                    "分類"),
            ProjectField.DATE, List.of("更新", "作成", "登録", "公開", "掲載", "終了"),
            ProjectField.FORM, List.of("アクセス", "申込", "申し込", "参加", "交通", "問合", "問い合", "支払", "応募",
                    "連絡"));

    /** Whether a header's words give it away as {@code field}. */
    private static boolean names(String header, Map.Entry<ProjectField, List<String>> signal) {
        return signal.getValue().stream().anyMatch(header::contains)
                && NOT_THE_FIELD.getOrDefault(signal.getKey(), List.of()).stream().noneMatch(header::contains);
    }


    /** The index of the header row among the first records, -1 when none names the project and another column. */
    static int headerIndex(List<Rec> records, ColumnMapping mapping) {
        int limit = Math.min(records.size(), HEADER_SEARCH_ROWS);
        for (int i = 0; i < limit; i++) {
            Map<ProjectField, Integer> cols = bind(records.get(i), mapping);
            if (cols.containsKey(ProjectField.NAME) && cols.size() >= 2 && labelsOnly(records.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A header's cell is a short label; a date, an amount or a paragraph is a row of data. */
    private static final int LABEL_MAX = 50;
    private static final java.util.regex.Pattern DATA_CELL = java.util.regex.Pattern.compile(
            "[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}.*|[-+]?[0-9][0-9,]{4,}(\\.[0-9]+)?|[-+]?[0-9]+\\.[0-9]+");

    /**
     * Whether every cell of the row reads as a column's label, so that a row of data whose cells happen to hold a
     * header's word (電波遮へい対策事業, 国所管) is not taken for the header, with the rows above it left unread.
     */
    private static boolean labelsOnly(Rec rec) {
        for (String cell : rec.cells()) {
            String v = Width.normalize(cell).strip();
            if (v.length() > LABEL_MAX || DATA_CELL.matcher(v).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Rows above a header holding this many cells or more are a table's, not a title's: they are named. */
    private static final int TITLE_CELLS_MAX = 2;

    private static long filled(Rec rec) {
        return rec.cells().stream().filter(c -> !c.isBlank()).count();
    }

    /**
     * The layout of a list's records; {@code captionOrNull} is what names the table besides its rows (a sheet's
     * name), read for the fiscal year after the title rows.
     */
    static HeaderLayout find(List<Rec> records, ColumnMapping mapping, String file, String captionOrNull)
            throws UnreadableInputException {
        return find(records, mapping, file, captionOrNull, "the sheet's name");
    }

    /** As {@link #find(List, ColumnMapping, String, String)}; {@code captionIs} says what the caption is in messages. */
    static HeaderLayout find(List<Rec> records, ColumnMapping mapping, String file, String captionOrNull,
                             String captionIs) throws UnreadableInputException {
        int i = headerIndex(records, mapping);
        if (i >= 0) {
            Rec header = records.get(i);
            Rec sub = i + 1 < records.size() ? withSubHeader(header, records.get(i + 1)) : null;
            Rec used = sub != null ? sub : header;
            return of(records, i, sub != null ? i + 1 : i, used, bind(used, mapping), mapping, file, captionOrNull,
                    captionIs);
        }
        Rec shown = records.stream().filter(r -> filled(r) >= 2)
                .findFirst().orElse(records.isEmpty() ? null : records.get(0));
        String found = shown == null ? "the file is empty"
                : "found columns " + nonBlank(shown.cells()) + " (line " + shown.line() + ")";
        throw new UnreadableInputException(file, 0, "no header row naming the project and another known column in"
                + " the first " + HEADER_SEARCH_ROWS + " rows: " + found + "; required: " + describe(ProjectField.NAME,
                mapping) + " and a fiscal year: " + describe(ProjectField.FISCAL_YEAR, mapping) + ", or a date: "
                + describe(ProjectField.DATE, mapping) + "; for other column names give a mapping file (--columns)");
    }

    /**
     * The header with the row below it read into it, where that row is the second row of a header of two: labels
     * only, each under a column the header leaves blank, under a label spanning the columns to its right (公益法人の
     * 場合 over 公益法人の区分 | 国認定、都道府県認定の区分), or repeating the header's own (a cell merged down both rows);
     * null when the row below is anything else.
     */
    static Rec withSubHeader(Rec header, Rec below) {
        if (!labelsOnly(below) || filled(below) == 0) {
            return null;
        }
        List<String> combined = new ArrayList<>(header.cells());
        boolean added = false;
        for (int c = 0; c < below.cells().size(); c++) {
            String b = below.cells().get(c).strip();
            if (b.isEmpty()) {
                continue;
            }
            String h = c < header.cells().size() ? header.cells().get(c).strip() : "";
            String right = c + 1 < header.cells().size() ? header.cells().get(c + 1).strip() : "";
            boolean spanning = !h.isEmpty() && right.isEmpty() && c + 1 < below.cells().size()
                    && !below.cells().get(c + 1).isBlank();
            String leftOfBlank = h.isEmpty() ? spanningLeft(header, c) : null;
            if (h.equals(b)) {
                continue;
            }
            if (h.isEmpty() && leftOfBlank != null || spanning) {
                while (combined.size() <= c) {
                    combined.add("");
                }
                combined.set(c, b);
                added = true;
            } else {
                return null;
            }
        }
        return added ? new Rec(combined, header.line()) : null;
    }

    /**
     * A description's column that is empty in every row gives way to another column whose header also names a
     * description and that holds something (焼津市's event list: 概要 empty throughout, 説明 filled).
     */
    private static void filledInstead(List<Rec> rows, Rec header, Map<ProjectField, Integer> cols, String file,
                                      List<String> warnings) {
        for (var signal : HEADER_WORDS) {
            ProjectField f = signal.getKey();
            Integer bound = f == ProjectField.DESCRIPTION ? cols.get(f) : null;
            if (bound == null || anyFilled(rows, bound)) {
                continue;
            }
            for (int c = 0; c < header.cells().size(); c++) {
                if (!cols.containsValue(c) && names(ProjectField.headerKey(header.cells().get(c)), signal)
                        && anyFilled(rows, c)) {
                    warnings.add(file + ":" + header.line() + ": column '" + header.cells().get(bound).strip()
                            + "' is empty in every row; column '" + header.cells().get(c).strip() + "' is read as "
                            + f.key() + " instead");
                    cols.put(f, c);
                    break;
                }
            }
        }
    }

    private static boolean anyFilled(List<Rec> rows, int c) {
        for (Rec r : rows) {
            if (c < r.cells().size() && !r.cells().get(c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The label of the header spanning a blank header cell from its left, or null when nothing stands left of it. */
    private static String spanningLeft(Rec header, int c) {
        for (int k = c - 1; k >= 0; k--) {
            String h = header.cells().get(k).strip();
            if (!h.isEmpty()) {
                return h;
            }
        }
        return null;
    }

    /**
     * The layout of the header at {@code headerIndex}, whose last row is {@code lastHeaderRow} (the row below it for a
     * header of two rows): the rows above the first are titles, the rows after the last are the list's.
     */
    private static HeaderLayout of(List<Rec> records, int headerIndex, int lastHeaderRow, Rec header,
                                   Map<ProjectField, Integer> cols, ColumnMapping mapping, String file, String caption,
                                   String captionIs) throws UnreadableInputException {
        List<String> warnings = new ArrayList<>();
        List<Integer> tableRowsAbove = records.subList(0, headerIndex).stream().filter(r -> filled(r) > TITLE_CELLS_MAX)
                .map(Rec::line).toList();
        if (!tableRowsAbove.isEmpty()) {
            warnings.add(file + ":" + tableRowsAbove.get(0) + ": " + tableRowsAbove.size() + " row"
                    + (tableRowsAbove.size() == 1 ? "" : "s") + " of " + (TITLE_CELLS_MAX + 1) + " cells or more above"
                    + " the header (line " + header.line() + ") not read as projects: lines " + tableRowsAbove);
        }
        if (mapping == null) {
            filledInstead(records.subList(lastHeaderRow + 1, records.size()), header, cols, file, warnings);
        }
        boolean mappedDate = mapping != null && mapping.columnsFor(ProjectField.DATE).isPresent()
                && mapping.columnsFor(ProjectField.FISCAL_YEAR).isEmpty();
        ProjectField yearFrom = cols.containsKey(ProjectField.FISCAL_YEAR) && !mappedDate ? ProjectField.FISCAL_YEAR
                : cols.containsKey(ProjectField.DATE) ? ProjectField.DATE : null;
        OptionalInt titleYear = OptionalInt.empty();
        int titleLine = 0;
        if (yearFrom != ProjectField.FISCAL_YEAR) {
            for (int i = 0; i < headerIndex && titleYear.isEmpty(); i++) {
                if (filled(records.get(i)) <= TITLE_CELLS_MAX) {
                    titleYear = JapaneseDates.findFiscalYear(String.join(" ", records.get(i).cells()));
                    titleLine = records.get(i).line();
                }
            }
            String says = "as the title says";
            if (titleYear.isEmpty() && caption != null) {
                // a fiscal year in the name (令和5年度の一覧), or a name that is a year (R5, 2023)
                titleYear = JapaneseDates.findFiscalYear(caption);
                titleYear = titleYear.isPresent() ? titleYear : JapaneseDates.parseFiscalYear(caption.strip());
                titleLine = header.line();
                says = "as " + captionIs + " (" + caption + ") says";
            }
            if (titleYear.isEmpty()) {
                // events-R6.csv, 協働事業_2024年度.xlsx: the year the file's name gives
                titleYear = fileNameYear(file);
                titleLine = header.line();
                says = "as the file name says";
            }
            // with a date column the year serves only the days that give none (開催日 9月7日(土)); RowReader says so
            if (yearFrom == null && titleYear.isEmpty()) {
                throw new UnreadableInputException(file, header.line(), "no fiscal year: the header "
                        + nonBlank(header.cells()) + " has no year column (" + describe(ProjectField.FISCAL_YEAR,
                        mapping) + ") nor date column (" + describe(ProjectField.DATE, mapping)
                        + ") and no title row above it" + (caption == null ? "" : " nor " + captionIs)
                        + " nor the file's name names a fiscal year (令和3年度 …, R6, 2024年度)");
            }
            if (yearFrom == null) {
                warnings.add(file + ":" + titleLine + ": no year column; every row is taken to be in fiscal year "
                        + titleYear.getAsInt() + " " + says);
            }
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
        int contact = -1;
        for (int c = 0; c < header.cells().size() && contact < 0; c++) {
            if (!cols.containsValue(c) && CONTACT_HEADERS.contains(ProjectField.headerKey(header.cells().get(c)))) {
                contact = c;
            }
        }
        return new HeaderLayout(lastHeaderRow, header, cols, yearFrom, titleYear, warnings, contact);
    }

    /** R6, R06, 令和6年度, H30, FY2024, 2024 standing apart in a file's name. */
    private static final java.util.regex.Pattern NAME_YEAR = java.util.regex.Pattern.compile(
            "(?<![A-Za-z0-9])(?:[RrHh][0-9]{1,2}|FY[0-9]{4}|20[0-9]{2})(?![0-9])|(?:令和|平成)[0-9０-９元]{1,2}(?:年度?)?");

    /** The fiscal year a file's name gives (its folder left out), if it gives one; else empty. */
    static OptionalInt fileNameYear(String file) {
        String name = file == null ? "" : java.nio.file.Path.of(file).getFileName().toString();
        OptionalInt fy = JapaneseDates.findFiscalYear(name);
        if (fy.isPresent()) {
            return fy;
        }
        java.util.regex.Matcher m = NAME_YEAR.matcher(Width.normalize(name));
        while (m.find()) {
            OptionalInt y = JapaneseDates.parseFiscalYear(m.group().replaceFirst("^FY", ""));
            if (y.isPresent()) {
                return y;
            }
        }
        return OptionalInt.empty();
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
                String named = keys.get(c);
                if (!cols.containsKey(ProjectField.NAME) && named.contains("名称") && DATE_WORDS.stream()
                        .anyMatch(named::contains)) {
                    // 公共工事の名称、場所、期間及び種別: a name with its period beside it is the name, not a date
                    cols.put(ProjectField.NAME, c);
                    continue;
                }
                for (var signal : HEADER_WORDS) {
                    String key = keys.get(c);
                    if (!cols.containsKey(signal.getKey()) && names(key, signal)) {
                        cols.put(signal.getKey(), c);
                        break;
                    }
                }
            }
            Integer name = cols.get(ProjectField.NAME);
            if (name != null && !keys.get(name).contains(PROJECT)) {
                for (int c = 0; c < keys.size(); c++) {
                    String key = keys.get(c);
                    if (!cols.containsValue(c) && key.contains(PROJECT) && key.contains("名")
                            && names(key, Map.entry(ProjectField.NAME, List.of("名称", "事業名")))) {
                        // 会計名称 | 事業番号名称: the name of the project (事業) before any other name a list gives
                        cols.put(ProjectField.NAME, c);
                        break;
                    }
                }
            }
            for (ProjectField f : List.copyOf(cols.keySet())) {
                int c = cols.get(f);
                for (String suffix : List.of("名称", "名")) {
                    int named = keys.indexOf(keys.get(c) + suffix);
                    if (named >= 0 && !cols.containsValue(named)) {
                        // 所属 | 所属名称: a code and its name side by side (open data's convention); the name is read
                        cols.put(f, named);
                        break;
                    }
                }
            }
            Integer department = cols.get(ProjectField.DEPARTMENT);
            if (department != null && !isSection(keys.get(department))) {
                for (int c = department + 1; c < keys.size(); c++) {
                    if (!cols.containsValue(c) && isSection(keys.get(c))) {
                        // 部局名 | 課名, 担当部 | 担当課: the section that runs the project, not the department above it
                        cols.put(ProjectField.DEPARTMENT, c);
                        break;
                    }
                }
            }
        }
        return cols;
    }

    /** The word of a header that names the project itself (事業名, 予算事業名称). */
    private static final String PROJECT = "事業";

    /** A header naming a section (課), the unit that runs a project: 課名, 担当課, 主管課 — not 課題. */
    private static boolean isSection(String header) {
        return header.endsWith("課") || header.endsWith("課名") || header.endsWith("課等") || header.endsWith("所属課");
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
