package jp.meetingsearch.http.params;

/**
 * A fiscal-year range from {@code fiscal_year} or {@code fy_from}/{@code fy_to} (not both forms), either end open:
 * the one reading of these parameters for remarks, meetings and projects.
 *
 * @param from first fiscal year, inclusive, or null
 * @param to   last fiscal year, inclusive, or null
 */
public record FiscalYears(Integer from, Integer to) {
    public static final String FISCAL_YEAR = "fiscal_year";
    public static final String FY_FROM = "fy_from";
    public static final String FY_TO = "fy_to";

    /** Reads and checks the range; a single year is a range of one. */
    public static FiscalYears from(Params p) {
        Integer single = p.fiscalYear(FISCAL_YEAR);
        Integer from = p.fiscalYear(FY_FROM);
        Integer to = p.fiscalYear(FY_TO);
        if (single != null) {
            if (from != null || to != null) {
                throw InvalidParameterException.conflicts(FISCAL_YEAR, from != null ? FY_FROM : FY_TO,
                        "give either fiscal_year or fy_from/fy_to, not both");
            }
            return new FiscalYears(single, single);
        }
        if (from != null && to != null && from > to) {
            throw InvalidParameterException.after(FY_FROM, from, FY_TO, to);
        }
        return new FiscalYears(from, to);
    }
}
