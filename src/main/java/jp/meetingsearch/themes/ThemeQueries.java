package jp.meetingsearch.themes;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * Turns a theme rule into a query on the remark's {@code text} field. The terms go through the field's own
 * analyzer ({@code ja_text}) at search time, which is what makes a rule follow the text's analysis: base forms,
 * width folding and the search-mode split of compounds.
 */
public final class ThemeQueries {
    /** The analysed text field every rule is matched against. */
    public static final String FIELD = "text";

    private ThemeQueries() {
    }

    /** The filter of one theme: some {@code any} term (if any), every {@code all} term, no {@code none} term. */
    public static Query of(Theme theme) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        if (!theme.any().isEmpty()) {
            b.should(queries(theme.any())).minimumShouldMatch("1");
        }
        if (!theme.all().isEmpty()) {
            b.filter(queries(theme.all()));
        }
        if (!theme.none().isEmpty()) {
            b.mustNot(queries(theme.none()));
        }
        return b.build()._toQuery();
    }

    /** A word needs all its tokens somewhere in the text; a phrase needs them adjacent and in order. */
    public static Query of(RuleTerm term) {
        if (term.phrase()) {
            return Query.of(q -> q.matchPhrase(m -> m.field(FIELD).query(term.text())));
        }
        return Query.of(q -> q.match(m -> m.field(FIELD).query(term.text()).operator(Operator.And)));
    }

    private static List<Query> queries(List<RuleTerm> terms) {
        return terms.stream().map(ThemeQueries::of).toList();
    }
}
