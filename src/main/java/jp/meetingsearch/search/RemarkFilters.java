package jp.meetingsearch.search;

import java.time.LocalDate;
import java.util.List;

import jp.meetingsearch.http.params.FiscalYears;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.ParameterProblem;
import jp.meetingsearch.http.params.Params;
import jp.meetingsearch.minutes.RoleGroup;

/**
 * What selects remarks, shared by every remark endpoint (search, KWIC, export, analytics): the query and the
 * filters. Keyword values are width-normalised like the stored values; absent filters are null or empty lists.
 *
 * @param query      the parsed {@code q}
 * @param roles      {@code role}, repeatable: any of these roles as written (委員, 会長, 事務局 …)
 * @param roleGroups {@code role_group}, repeatable: values of {@link RoleGroup}
 * @param speaker    {@code speaker}: the name as written, or in kana (then every speaker whose name reads so)
 * @param group      {@code group}: the speaker's 会派 as the record gives it
 * @param body       {@code body}: the committee or assembly
 * @param meeting    {@code meeting}: a meeting id
 * @param section    {@code section}: 報告事項, 協議事項 …
 * @param theme      {@code theme}: a theme of the taxonomy
 * @param fyFrom     first fiscal year ({@code fiscal_year} or {@code fy_from})
 * @param fyTo       last fiscal year ({@code fiscal_year} or {@code fy_to})
 * @param dateFrom   first meeting day ({@code date_from})
 * @param dateTo     last meeting day ({@code date_to})
 * @param synonyms   expand query words with the synonyms file ({@code synonyms}, default true)
 * @param match      how strictly the words must match ({@code match}: auto, exact, broad, partial; default auto)
 * @param project    {@code project}: a project id; the remarks linked to that listed project
 */
public record RemarkFilters(
        SimpleQuery query,
        List<String> roles,
        List<String> roleGroups,
        String speaker,
        String group,
        String body,
        String meeting,
        String section,
        String theme,
        Integer fyFrom,
        Integer fyTo,
        LocalDate dateFrom,
        LocalDate dateTo,
        boolean synonyms,
        MatchMode match,
        String project) {

    public static final String Q = "q";
    public static final String ROLE = "role";
    public static final String ROLE_GROUP = "role_group";
    public static final String SPEAKER = "speaker";
    public static final String GROUP = "group";
    public static final String BODY = "body";
    public static final String MEETING = "meeting";
    public static final String SECTION = "section";
    public static final String THEME = "theme";
    public static final String DATE_FROM = "date_from";
    public static final String DATE_TO = "date_to";
    public static final String SYNONYMS = "synonyms";
    public static final String MATCH = "match";
    public static final String PROJECT = "project";

    /** The shape of a project id (the same as {@code jp.meetingsearch.links.ProjectNames.ID}). */
    private static final java.util.regex.Pattern PROJECT_ID = java.util.regex.Pattern.compile("p[0-9a-f]{16}");

    /** The same filters, limited to the remarks linked to one project. */
    public RemarkFilters withProject(String id) {
        return new RemarkFilters(query, roles, roleGroups, speaker, group, body, meeting, section, theme, fyFrom, fyTo,
                dateFrom, dateTo, synonyms, match, id);
    }

    /** No query and no filter: every remark. */
    public static final RemarkFilters NONE = new RemarkFilters(SimpleQuery.EMPTY, List.of(), List.of(), null, null,
            null, null, null, null, null, null, null, null, true, MatchMode.AUTO, null);

    /** The filters without a match mode (auto): the form of the previous release. */
    public RemarkFilters(SimpleQuery query, List<String> roles, List<String> roleGroups, String speaker, String group,
                         String body, String meeting, String section, String theme, Integer fyFrom, Integer fyTo,
                         LocalDate dateFrom, LocalDate dateTo, boolean synonyms) {
        this(query, roles, roleGroups, speaker, group, body, meeting, section, theme, fyFrom, fyTo, dateFrom, dateTo,
                synonyms, MatchMode.AUTO, null);
    }

    public RemarkFilters {
        query = query == null ? SimpleQuery.EMPTY : query;
        match = match == null ? MatchMode.AUTO : match;
        roles = List.copyOf(roles);
        roleGroups = List.copyOf(roleGroups);
    }

    /**
     * Reads and checks the parameters.
     *
     * @throws InvalidParameterException naming the first parameter that cannot be used
     */
    public static RemarkFilters from(Params p) {
        List<String> groups = p.keywords(ROLE_GROUP).stream()
                .map(g -> roleGroup(ROLE_GROUP, g, g).value())
                .toList();
        FiscalYears fy = FiscalYears.from(p);
        Days days = Days.from(p);
        String project = p.keyword(PROJECT);
        if (project != null && !PROJECT_ID.matcher(project).matches()) {
            throw InvalidParameterException.of(PROJECT, ParameterProblem.Reason.BAD_FORMAT, project, "'"
                    + Params.shorten(project) + "' is not a project id (p and 16 hex digits, as GET /api/projects "
                    + "gives project_id)");
        }
        return new RemarkFilters(
                SimpleQuery.parse(p.raw(Q), Q),
                p.keywords(ROLE),
                groups,
                p.keyword(SPEAKER),
                p.keyword(GROUP),
                p.keyword(BODY),
                p.keyword(MEETING),
                p.keyword(SECTION),
                p.keyword(THEME),
                fy.from(),
                fy.to(),
                days.from(),
                days.to(),
                p.bool(SYNONYMS, true),
                MatchMode.parse(p.raw(MATCH), MATCH),
                project);
    }

    /**
     * The role group a parameter names, in any case.
     *
     * @param written the parameter's value as given, for the error
     * @param value   the part of it that names the group
     * @throws InvalidParameterException listing the groups when it names none
     */
    public static RoleGroup roleGroup(String parameter, String written, String value) {
        return RoleGroup.of(value.toLowerCase(java.util.Locale.ROOT)).orElseThrow(() ->
                InvalidParameterException.unknownValue(parameter, written, RoleGroup.allValues(), "role group '"
                        + Params.shorten(value) + "' is none of " + String.join(", ", RoleGroup.allValues())));
    }

    /** The same filters with another query (e.g. after synonym expansion). */
    public RemarkFilters withQuery(SimpleQuery q) {
        return new RemarkFilters(q, roles, roleGroups, speaker, group, body, meeting, section, theme, fyFrom, fyTo,
                dateFrom, dateTo, synonyms, match, project);
    }

    /** The same filters with another match mode. */
    public RemarkFilters withMatch(MatchMode m) {
        return new RemarkFilters(query, roles, roleGroups, speaker, group, body, meeting, section, theme, fyFrom, fyTo,
                dateFrom, dateTo, synonyms, m, project);
    }

    /** A range of meeting days from {@code date_from}/{@code date_to} (ISO or 和暦), either end open. */
    public record Days(LocalDate from, LocalDate to) {

        /** Reads the range, shared with the meeting list. */
        public static Days from(Params p) {
            LocalDate from = p.date(DATE_FROM);
            LocalDate to = p.date(DATE_TO);
            if (from != null && to != null && from.isAfter(to)) {
                throw InvalidParameterException.after(DATE_FROM, from.toString(), DATE_TO, to.toString());
            }
            return new Days(from, to);
        }
    }
}
