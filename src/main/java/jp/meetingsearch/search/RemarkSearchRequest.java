package jp.meetingsearch.search;

import java.util.List;

import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Params;

/**
 * One page of a remark search: what to find, in which order, and which page.
 *
 * @param filters the query and filters
 * @param sort    {@code sort}: relevance (default), date, -date
 * @param size    {@code size}: remarks per page, 1–{@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}
 * @param page    {@code page}: from 1; {@code page × size} at most {@value #MAX_WINDOW} (deeper: use the cursor)
 * @param cursor  {@code cursor}: where the previous page ended; null for the first page or a numbered page
 * @param facets  {@code facets}: count roles, speakers, fiscal years, bodies and themes (default true)
 * @param exactFacets {@code facets=exact}: count every matching remark even beyond the facet sample size
 */
public record RemarkSearchRequest(RemarkFilters filters, SortOrder sort, int size, int page, SearchCursor cursor,
                                  boolean facets, boolean exactFacets) {
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** Elasticsearch's result window (index.max_result_window in mappings/remarks.json). */
    public static final int MAX_WINDOW = 10_000;

    /** Reads and checks the parameters; every refusal names the parameter. */
    public static RemarkSearchRequest from(Params p) {
        RemarkFilters filters = RemarkFilters.from(p);
        SortOrder sort = SortOrder.parse(p.raw("sort"), "sort");
        int size = p.integer("size", 1, MAX_SIZE, DEFAULT_SIZE);
        int page = p.integer("page", 1, Integer.MAX_VALUE, 1);
        String cursorValue = p.raw("cursor");
        SearchCursor cursor = null;
        if (cursorValue != null) {
            if (p.raw("page") != null && page != 1) {
                throw InvalidParameterException.conflicts("page", "cursor", "give either page or cursor, not both");
            }
            cursor = SearchCursor.decode(cursorValue, sort, "cursor");
        } else if ((long) page * size > MAX_WINDOW) {
            throw InvalidParameterException.beyondWindow("page", page, size, MAX_WINDOW, "page × size may be at most " + MAX_WINDOW
                    + "; to go deeper, follow next_cursor from the previous page (parameter cursor)");
        }
        String facetsValue = p.raw("facets");
        boolean exact = facetsValue != null && "exact".equalsIgnoreCase(facetsValue.strip());
        boolean facets;
        try {
            facets = exact || p.bool("facets", true);
        } catch (InvalidParameterException e) {
            throw InvalidParameterException.unknownValue("facets", facetsValue, List.of("true", "false", "exact"),
                    "'" + Params.shorten(facetsValue) + "' is not true, false or exact");
        }
        return new RemarkSearchRequest(filters, sort, size, page, cursor, facets, exact);
    }

    /** Remarks before this page. */
    public long skipped() {
        return cursor != null ? cursor.consumed() : (long) (page - 1) * size;
    }
}
