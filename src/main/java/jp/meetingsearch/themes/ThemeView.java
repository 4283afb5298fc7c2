package jp.meetingsearch.themes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jp.meetingsearch.search.ThemeCounting;

/**
 * The themes as one request sees them: each theme's rule, and which themes have complete tags for their current
 * rule. A theme with complete tags is selected by its tag (and by its rule among remarks a loader wrote since,
 * which carry no tags yet); any other theme by its tag where the remark was tagged by the current rule and by the
 * rule everywhere else. Either way a query selects exactly the remarks the rule matches.
 *
 * @param themes     the taxonomy, in file order
 * @param rules      each theme's rule as a query on the text, by name
 * @param tagged     names of the themes whose tags are complete for their current rule
 * @param namesClean true when no remark carries the name of a theme the taxonomy no longer has
 */
public record ThemeView(List<Theme> themes, Map<String, Query> rules, Set<String> tagged, boolean namesClean) {
    private static final Query PENDING = Query.of(q -> q.term(t -> t.field(TagFields.PENDING).value(true)));

    public ThemeView {
        themes = List.copyOf(themes);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        tagged = Set.copyOf(tagged);
    }

    /** True when every theme is answered from its tags: counts become terms aggregations. */
    public boolean allTagged() {
        return !themes.isEmpty() && tagged.size() == themes.size() && namesClean;
    }

    /** The filter of one theme (see the type's description). */
    public Query filter(Theme t) {
        Query rule = rules.get(t.name());
        Query tag = term(TagFields.THEMES, t.name());
        if (tagged.contains(t.name())) {
            return should(tag, Query.of(q -> q.bool(b -> b.filter(PENDING, rule))));
        }
        Query current = term(TagFields.RULES, t.ruleKey());
        return should(Query.of(q -> q.bool(b -> b.filter(tag, current))),
                Query.of(q -> q.bool(b -> b.filter(rule).mustNot(current))));
    }

    /** Every theme's filter by name, in file order. */
    public Map<String, Query> filters() {
        Map<String, Query> out = new LinkedHashMap<>();
        themes.forEach(t -> out.put(t.name(), filter(t)));
        return Collections.unmodifiableMap(out);
    }

    /** The remarks no theme's rule matches. */
    public Query untagged() {
        if (themes.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        if (!allTagged()) {
            List<Query> all = List.copyOf(filters().values());
            return Query.of(q -> q.bool(b -> b.mustNot(all)));
        }
        Query noTag = Query.of(q -> q.bool(b -> b.mustNot(Query.of(x -> x.exists(e -> e.field(TagFields.THEMES))),
                PENDING)));
        List<Query> anyRule = new ArrayList<>(rules.values());
        return should(noTag, Query.of(q -> q.bool(b -> b.filter(PENDING).mustNot(anyRule))));
    }

    /** How a request counts remarks per theme: from the tags when all are complete, else by the filters. */
    public ThemeCounting counting() {
        ThemeCounting byQueries = ThemeCounting.byQueries(filters());
        return allTagged() ? ThemeCounting.byTags(TagFields.THEMES, rules, PENDING, byQueries) : byQueries;
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query should(Query a, Query b) {
        return Query.of(q -> q.bool(x -> x.should(a, b).minimumShouldMatch("1")));
    }
}
