package jp.meetingsearch.analytics;

import java.util.List;

import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Params;
import jp.meetingsearch.search.RemarkFilters;

/**
 * Remarks and characters per role and role group.
 *
 * @param filters  the remarks counted
 * @param meetings with {@code per=meeting}: most meetings broken down ({@code meetings}, 1–{@value #MAX_MEETINGS},
 *                 default {@value #DEFAULT_MEETINGS}); 0 without a breakdown
 */
public record RoleRequest(RemarkFilters filters, int meetings) {
    public static final int DEFAULT_MEETINGS = 200;
    public static final int MAX_MEETINGS = 1000;

    /** Reads and checks the parameters; {@code meetings} is read only with {@code per=meeting}. */
    public static RoleRequest from(Params p) {
        String per = p.raw("per");
        if (per != null && !"meeting".equals(per.strip())) {
            throw InvalidParameterException.unknownValue("per", per, List.of("meeting"),
                    "the only breakdown is per=meeting");
        }
        int meetings = per == null ? 0 : p.integer("meetings", 1, MAX_MEETINGS, DEFAULT_MEETINGS);
        return new RoleRequest(RemarkFilters.from(p), meetings);
    }
}
