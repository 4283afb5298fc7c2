package jp.meetingsearch.analytics;

import java.util.Arrays;

import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Params;
import jp.meetingsearch.search.RemarkFilters;

/**
 * A theme cross-table: themes by one remark field.
 *
 * @param filters the remarks counted
 * @param by      {@code by}: role (default), role_group, fiscal_year or meeting
 * @param columns {@code size}: most columns, 1–{@value #MAX_COLUMNS}, default {@value #DEFAULT_COLUMNS}
 * @param exact   {@code exact}: count every matching remark, never a sample (default false)
 */
public record ThemeMatrixRequest(RemarkFilters filters, MatrixBy by, int columns, boolean exact) {
    public static final int DEFAULT_COLUMNS = 100;
    public static final int MAX_COLUMNS = 1000;

    /** Reads and checks the parameters; every refusal names the parameter. */
    public static ThemeMatrixRequest from(Params p) {
        String written = p.raw("by");
        String byParam = written == null ? MatrixBy.ROLE.param() : written.strip();
        MatrixBy by = MatrixBy.of(byParam).orElseThrow(() -> InvalidParameterException.unknownValue("by", byParam,
                Arrays.stream(MatrixBy.values()).map(MatrixBy::param).toList(),
                "must be role, role_group, fiscal_year or meeting"));
        int columns = p.integer("size", 1, MAX_COLUMNS, DEFAULT_COLUMNS);
        return new ThemeMatrixRequest(RemarkFilters.from(p), by, columns, p.bool("exact", false));
    }
}
