package jp.meetingsearch.projects;

import jp.meetingsearch.http.params.Paging;
import jp.meetingsearch.http.params.Params;

/**
 * A page of the project list.
 *
 * @param filters the filters ({@link ProjectFilters#from})
 * @param paging  {@code size} (1–{@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}) and {@code page}, page × size
 *                at most {@value #MAX_WINDOW}
 */
public record ProjectListRequest(ProjectFilters filters, Paging paging) {
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 50;
    /** Elasticsearch's result window (index.max_result_window in mappings/projects.json). */
    public static final int MAX_WINDOW = 10_000;

    /** Reads and checks the parameters; every refusal names the parameter. */
    public static ProjectListRequest from(Params p) {
        return new ProjectListRequest(ProjectFilters.from(p), Paging.from(p, MAX_SIZE, DEFAULT_SIZE, MAX_WINDOW));
    }
}
