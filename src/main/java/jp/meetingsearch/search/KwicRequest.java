package jp.meetingsearch.search;

import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Params;

/**
 * A keyword-in-context request.
 *
 * @param filters the query (it must have words) and filters
 * @param sort    order of the remarks the lines come from
 * @param width   {@code width}: characters each side, 1–{@value #MAX_WIDTH}, default {@value #DEFAULT_WIDTH}
 * @param size    {@code size}: most lines, 1–{@value #MAX_LINES}, default {@value #DEFAULT_LINES}
 */
public record KwicRequest(RemarkFilters filters, SortOrder sort, int width, int size) {
    public static final int DEFAULT_WIDTH = 24;
    public static final int MAX_WIDTH = 200;
    public static final int DEFAULT_LINES = 100;
    public static final int MAX_LINES = 500;

    /** Reads and checks the parameters; a query without words is refused (there would be nothing to show). */
    public static KwicRequest from(Params p) {
        RemarkFilters filters = RemarkFilters.from(p);
        if (filters.query().positiveTerms().isEmpty()) {
            throw InvalidParameterException.required(RemarkFilters.Q, "keyword in context needs at least one word to find");
        }
        return new KwicRequest(filters, SortOrder.parse(p.raw("sort"), "sort"),
                p.integer("width", 1, MAX_WIDTH, DEFAULT_WIDTH),
                p.integer("size", 1, MAX_LINES, DEFAULT_LINES));
    }
}
