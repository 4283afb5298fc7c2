package jp.meetingsearch.http.params;

/**
 * A numbered page of a list: {@code size} and {@code page} (from 1), refused beyond the window Elasticsearch serves
 * ({@code index.max_result_window}), where from + size may not pass the window.
 *
 * @param size rows per page
 * @param page the page, from 1
 */
public record Paging(int size, int page) {

    /** Reads {@code size} (1–maxSize, default defaultSize) and {@code page}; page × size at most {@code window}. */
    public static Paging from(Params p, int maxSize, int defaultSize, int window) {
        int size = p.integer("size", 1, maxSize, defaultSize);
        int page = p.integer("page", 1, Integer.MAX_VALUE, 1);
        if ((long) page * size > window) {
            throw InvalidParameterException.beyondWindow("page", page, size, window,
                    "page × size may be at most " + window);
        }
        return new Paging(size, page);
    }

    /** Rows before this page. */
    public int from() {
        return (page - 1) * size;
    }
}
