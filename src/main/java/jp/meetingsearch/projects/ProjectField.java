package jp.meetingsearch.projects;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.meetingsearch.text.Width;

/** The columns a project list can have, each with the header names municipalities use for it. */
public enum ProjectField {
    FISCAL_YEAR("fiscal_year", "年度", "実施年度", "年度(和暦)", "事業年度", "会計年度"),
    NAME("name", "事業名", "名称", "事業の名称", "協働事業名", "事業名称"),
    DEPARTMENT("department", "担当課", "所管課", "担当部署", "担当部局", "担当課名", "所管課名", "所管部署"),
    PARTNERS("partners", "協働相手", "団体名", "連携団体", "共催団体", "協働団体", "協働先", "協働の相手方"),
    FORM("form", "協働の形態", "形態", "区分", "協働形態"),
    NEW("is_new", "新規", "新規・継続", "新規継続", "新規/継続"),
    PROPOSAL("proposal", "提案制度", "市民協働事業提案制度"),
    AREA("area", "地域", "地区"),
    DESCRIPTION("description", "概要", "事業概要", "事業内容", "事業の概要"),
    EVALUATION("evaluation", "評価", "自己評価", "成果"),
    /** A date column, read only to derive the fiscal year when there is no year column. */
    DATE("fiscal_year_from", "実施日", "開催日", "日付", "実施期間");

    private static final Pattern BRACKETED_NOTE = Pattern.compile(
            "\\([^)]*\\)|【[^】]*】|\\[[^\\]]*\\]|〔[^〕]*〕|<[^>]*>|《[^》]*》");
    private static final Pattern NOTE_MARKS = Pattern.compile("[※*]+.*$");

    private final String key;
    private final List<String> aliases;

    ProjectField(String key, String... aliases) {
        this.key = key;
        this.aliases = List.of(aliases);
    }

    /** The name in mapping files and in the indexed document (snake_case). */
    public String key() {
        return key;
    }

    /** Built-in header names, as written; compare them through {@link #headerKey}. */
    public List<String> aliases() {
        return aliases;
    }

    /** The field a mapping file names ({@code name}, {@code fiscal_year}, {@code fiscal_year_from}, …). */
    public static Optional<ProjectField> byKey(String key) {
        for (ProjectField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The comparable form of a header cell: width folded, notes in brackets (新規（○）, 年度（和暦）) and after ※ or *
     * removed, all whitespace (line breaks inside header cells too) removed. A header that is nothing but a note
     * keeps its note.
     */
    public static String headerKey(String header) {
        String t = Width.normalize(header == null ? "" : header).replace(" ", "");
        String stripped = NOTE_MARKS.matcher(BRACKETED_NOTE.matcher(t).replaceAll("")).replaceAll("");
        return stripped.isEmpty() ? t : stripped;
    }
}
