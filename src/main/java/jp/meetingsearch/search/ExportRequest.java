package jp.meetingsearch.search;

import jp.meetingsearch.http.params.Params;

/**
 * An export of every matching remark (CSV or NDJSON).
 *
 * @param filters the query and filters
 * @param sort    {@code sort}: relevance (default), date, -date
 */
public record ExportRequest(RemarkFilters filters, SortOrder sort) {

    /** Reads and checks the parameters; every refusal names the parameter. */
    public static ExportRequest from(Params p) {
        return new ExportRequest(RemarkFilters.from(p), SortOrder.parse(p.raw("sort"), "sort"));
    }
}
