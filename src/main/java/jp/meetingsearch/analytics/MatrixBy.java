package jp.meetingsearch.analytics;

import java.util.Arrays;
import java.util.Optional;

/** The columns a theme cross-table can have: one remark field each. */
public enum MatrixBy {
    ROLE("role", "role"),
    ROLE_GROUP("role_group", "role_group"),
    FISCAL_YEAR("fiscal_year", "fiscal_year"),
    MEETING("meeting", "meeting_id");

    private final String param;
    private final String field;

    MatrixBy(String param, String field) {
        this.param = param;
        this.field = field;
    }

    /** The value of the {@code by} parameter. */
    public String param() {
        return param;
    }

    /** The remark field whose values are the columns. */
    public String field() {
        return field;
    }

    /** The column kind named by a {@code by} value, if there is one. */
    public static Optional<MatrixBy> of(String param) {
        return Arrays.stream(values()).filter(b -> b.param.equals(param)).findFirst();
    }
}
