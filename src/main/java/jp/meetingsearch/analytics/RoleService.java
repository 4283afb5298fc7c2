package jp.meetingsearch.analytics;

import java.time.Duration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import jp.meetingsearch.elasticsearch.TermsBuckets;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.minutes.RoleGroup;
import jp.meetingsearch.search.RemarkFilters;
import jp.meetingsearch.search.RemarkQueries;
import jp.meetingsearch.text.NaturalOrder;
import jp.meetingsearch.text.Width;

/** Speech per role and role group (remarks, characters, meetings) under a filter, optionally per meeting. */
public final class RoleService {
    /** Most distinct roles listed; a corpus of many bodies has a few dozen. */
    static final int MAX_ROLES = 500;
    /** Inner role buckets of one meeting. */
    static final int MAX_ROLES_PER_MEETING = 100;

    private final ElasticsearchClient client;
    private final RemarkAggregations.Target target;
    private final RemarkQueries queries;

    public RoleService(ElasticsearchClient client, Indices indices, RemarkQueries queries, Duration timeout) {
        this.client = client;
        this.target = RemarkAggregations.Target.of(indices, timeout);
        this.queries = queries;
    }

    /**
     * Role and role-group statistics under the search filters (q included).
     *
     * @param maxMeetings 0 for no per-meeting breakdown, else the most meetings to list (in date order)
     */
    public RoleStats roles(RemarkFilters filters, int maxMeetings) throws IOException {
        SearchResponse<Void> r = client.search(request(target, queries.prepare(filters).query(), maxMeetings), Void.class);
        Map<String, Aggregate> aggs = r.aggregations();
        long total = r.hits().total() == null ? 0 : r.hits().total().value();
        List<RoleStat> roles = byRemarks(stats(TermsBuckets.of(aggs.get("roles")), true));
        List<RoleStat> groups = new ArrayList<>(stats(TermsBuckets.of(aggs.get("role_groups")), false));
        groups.sort(Comparator.comparingInt(g -> RoleGroup.rank(g.key())));
        List<MeetingRoles> perMeeting = null;
        Long otherMeetings = null;
        if (maxMeetings > 0) {
            TermsBuckets meetings = TermsBuckets.of(aggs.get("per_meeting"));
            perMeeting = new ArrayList<>();
            for (TermsBuckets.Bucket m : meetings.buckets()) {
                String[] titleDate = RemarkAggregations.titleAndDate(m.aggs().get("meeting"));
                List<RoleStat> inMeeting = byRemarks(TermsBuckets.of(m.aggs().get("roles")).buckets().stream()
                        .map(b -> new RoleStat(b.key(), null, b.count(), RemarkAggregations.sum(b.aggs(), "chars"), 1))
                        .toList());
                perMeeting.add(new MeetingRoles(m.key(), titleDate[0], titleDate[1], m.count(),
                        RemarkAggregations.sum(m.aggs(), "chars"), inMeeting));
            }
            otherMeetings = RemarkAggregations.cardinality(aggs, "meetings") - meetings.buckets().size();
        }
        return new RoleStats(roles, List.copyOf(groups), total, RemarkAggregations.sum(aggs, "chars"),
                RemarkAggregations.cardinality(aggs, "meetings"), perMeeting, otherMeetings);
    }

    /** Whether any remark has the role (in any spelling), whatever the filters. */
    public boolean exists(String role) throws IOException {
        return jp.meetingsearch.elasticsearch.WholeCount.of(client,
                c -> c.index(target.index()).query(Foreground.roleQuery(Width.normalize(role)))) > 0;
    }

    /** The request behind {@link #roles}. */
    static SearchRequest request(RemarkAggregations.Target target, Query filter, int maxMeetings) {
        SearchRequest.Builder b = RemarkAggregations.search(target, filter)
                .aggregations("chars", charSum())
                .aggregations("meetings", RemarkAggregations.meetingCount())
                .aggregations("roles", Aggregation.of(a -> a
                        .terms(t -> t.field("role").size(MAX_ROLES).order(byCountThenKey()))
                        .aggregations("chars", charSum())
                        .aggregations("meetings", RemarkAggregations.meetingCount())
                        .aggregations("role_group", g -> g.terms(t -> t.field("role_group").size(1)))))
                .aggregations("role_groups", Aggregation.of(a -> a
                        .terms(t -> t.field("role_group").size(RoleGroup.values().length + 10))
                        .aggregations("chars", charSum())
                        .aggregations("meetings", RemarkAggregations.meetingCount())));
        if (maxMeetings > 0) {
            b.aggregations("per_meeting", Aggregation.of(a -> a
                    .terms(t -> t.field("meeting_id").size(maxMeetings).order(
                            List.of(NamedValue.of("first_date", SortOrder.Asc), NamedValue.of("_key", SortOrder.Asc))))
                    .aggregations("first_date", RemarkAggregations.firstDate())
                    .aggregations("chars", charSum())
                    .aggregations("meeting", RemarkAggregations.meetingSample())
                    .aggregations("roles", x -> x
                            .terms(t -> t.field("role").size(MAX_ROLES_PER_MEETING).order(byCountThenKey()))
                            .aggregations("chars", charSum()))));
        }
        return b.build();
    }

    /** Most remarks first; equal counts in natural order (seat numbers as 3番 before 11番). */
    static List<RoleStat> byRemarks(List<RoleStat> roles) {
        List<RoleStat> out = new ArrayList<>(roles);
        out.sort(Comparator.comparingLong(RoleStat::remarks).reversed().thenComparing(RoleStat::key, NaturalOrder.INSTANCE));
        return List.copyOf(out);
    }

    private static Aggregation charSum() {
        return Aggregation.of(a -> a.sum(s -> s.field("chars")));
    }

    private static List<NamedValue<SortOrder>> byCountThenKey() {
        return List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc));
    }

    private static List<RoleStat> stats(TermsBuckets buckets, boolean withGroup) {
        return buckets.buckets().stream().map(b -> new RoleStat(b.key(),
                withGroup ? TermsBuckets.of(b.aggs().get("role_group")).buckets().stream()
                        .map(TermsBuckets.Bucket::key).findFirst().orElse(null) : null,
                b.count(), RemarkAggregations.sum(b.aggs(), "chars"),
                RemarkAggregations.cardinality(b.aggs(), "meetings"))).toList();
    }
}
