package jp.meetingsearch.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.SortOptions;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Params;

/**
 * The orders of remark lists. Each ends with the remark id, so that equal keys still have one stable order and
 * a cursor (search_after) never skips or repeats a remark.
 */
public enum SortOrder {
    /** Best matches first; among equals, the newest meeting first. */
    RELEVANCE("relevance"),
    /** Oldest meeting first, remarks in their order. */
    DATE("date"),
    /** Newest meeting first, remarks in their order. */
    DATE_DESC("-date");

    private final String value;

    SortOrder(String value) {
        this.value = value;
    }

    /** The parameter value. */
    public String value() {
        return value;
    }

    /** Reads {@code sort}; null or blank is {@link #RELEVANCE}. */
    public static SortOrder parse(String s, String parameter) {
        if (s == null || s.isBlank()) {
            return RELEVANCE;
        }
        for (SortOrder o : values()) {
            if (o.value.equals(s.trim())) {
                return o;
            }
        }
        throw InvalidParameterException.unknownValue(parameter, s, List.of("relevance", "date", "-date"),
                "'" + Params.shorten(s) + "' is not one of relevance, date, -date");
    }

    /**
     * What each sort value of a cursor must be, in order: {@code true} a number (score, date as epoch
     * milliseconds, order), {@code false} a string (ids). A cursor with other values is not one of ours.
     */
    public List<Boolean> numericValues() {
        return switch (this) {
            case RELEVANCE -> List.of(true, true, false);
            case DATE, DATE_DESC -> List.of(true, false, true, false);
        };
    }

    /** The Elasticsearch sort. */
    public List<SortOptions> sortOptions() {
        co.elastic.clients.elasticsearch._types.SortOrder asc = co.elastic.clients.elasticsearch._types.SortOrder.Asc;
        co.elastic.clients.elasticsearch._types.SortOrder desc = co.elastic.clients.elasticsearch._types.SortOrder.Desc;
        return switch (this) {
            case RELEVANCE -> List.of(
                    SortOptions.of(s -> s.score(sc -> sc.order(desc))),
                    field("meeting_date", desc),
                    field("id", asc));
            case DATE -> List.of(field("meeting_date", asc), field("meeting_id", asc), field("order", asc),
                    field("id", asc));
            case DATE_DESC -> List.of(field("meeting_date", desc), field("meeting_id", asc), field("order", asc),
                    field("id", asc));
        };
    }

    private static SortOptions field(String name, co.elastic.clients.elasticsearch._types.SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(name).order(order)));
    }
}
