package jp.meetingsearch.search;

import java.time.LocalDate;

import jp.meetingsearch.http.params.FiscalYears;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Paging;
import jp.meetingsearch.http.params.Params;

/**
 * A page of the meeting list.
 *
 * @param body     {@code body}
 * @param fyFrom   {@code fiscal_year} or {@code fy_from}
 * @param fyTo     {@code fiscal_year} or {@code fy_to}
 * @param dateFrom {@code date_from} (ISO or 和暦)
 * @param dateTo   {@code date_to}
 * @param sort     {@code sort}: -date (default, newest first) or date
 * @param size     {@code size}: 1–100, default 20
 * @param page     {@code page}: from 1, page × size at most 10,000
 */
public record MeetingListRequest(String body, Integer fyFrom, Integer fyTo, LocalDate dateFrom, LocalDate dateTo,
                                 SortOrder sort, int size, int page) {

    /** Reads and checks the parameters; every refusal names the parameter. */
    public static MeetingListRequest from(Params p) {
        FiscalYears fy = FiscalYears.from(p);
        RemarkFilters.Days days = RemarkFilters.Days.from(p);
        String sortValue = p.raw("sort");
        SortOrder sort = sortValue == null ? SortOrder.DATE_DESC : SortOrder.parse(sortValue, "sort");
        if (sort == SortOrder.RELEVANCE) {
            throw InvalidParameterException.unknownValue("sort", sortValue, java.util.List.of("date", "-date"),
                    "meetings are listed by date or -date");
        }
        Paging paging = Paging.from(p, RemarkSearchRequest.MAX_SIZE, RemarkSearchRequest.DEFAULT_SIZE,
                RemarkSearchRequest.MAX_WINDOW);
        return new MeetingListRequest(p.keyword(RemarkFilters.BODY), fy.from(), fy.to(), days.from(), days.to(), sort,
                paging.size(), paging.page());
    }
}
