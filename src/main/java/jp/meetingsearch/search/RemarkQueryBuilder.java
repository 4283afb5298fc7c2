package jp.meetingsearch.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * Turns {@link RemarkFilters} into the Elasticsearch query over remarks.
 *
 * <p>Each word must match either the Kuromoji field {@code text} (base forms: 進める finds 進めたい) or the CJK
 * bigram subfield {@code text.bigram} (recall for words the dictionary splits badly or does not know), with all
 * of its tokens present (operator and); the same word as an exact phrase on {@code text} adds a boost so that
 * remarks where the words stand together as typed rank first. A quoted phrase must match as a phrase on either
 * field. Exclusions become {@code must_not}; filters go to {@code filter} clauses and do not score.
 */
public final class RemarkQueryBuilder {
    public static final String TEXT = "text";
    public static final String TEXT_BIGRAM = "text.bigram";
    /**
     * Score added when a word occurs as typed (its tokens together, in order). A constant well above what BM25
     * gives the word's tokens, so that such remarks rank before those where the tokens are only scattered.
     */
    static final float PHRASE_BONUS = 100.0f;

    private final ThemeFilters themes;

    public RemarkQueryBuilder(ThemeFilters themes) {
        this.themes = themes;
    }

    /**
     * The whole query: text clauses from {@code f.query()} (with the variants its terms carry) and the filters.
     *
     * @throws InvalidParameterException for a theme the taxonomy does not know
     */
    public Query build(RemarkFilters f) {
        List<Query> must = f.query().groups().stream().map(g -> anyOf(g.alternatives())).toList();
        List<Query> mustNot = f.query().excluded().stream().map(t -> term(t, false)).toList();
        List<Query> filter = filters(f);
        if (must.isEmpty() && mustNot.isEmpty() && filter.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        // empty clause lists are left out so that the request stays as small as what it asks
        return Query.of(q -> q.bool(b -> {
            if (!must.isEmpty()) {
                b.must(must);
            }
            if (!mustNot.isEmpty()) {
                b.mustNot(mustNot);
            }
            if (!filter.isEmpty()) {
                b.filter(filter);
            }
            return b;
        }));
    }

    /**
     * What to mark in {@code field} ({@link #TEXT} or {@link #TEXT_BIGRAM}): every positive term in every form,
     * as a phrase, so that only places where a word stands as typed are marked, not each of its tokens wherever
     * they occur (学習会 marks 学習会, not every 会). Empty when the query has no positive term.
     */
    public java.util.Optional<Query> phraseHighlight(SimpleQuery q, String field) {
        List<Query> clauses = q.positiveTerms().stream()
                .flatMap(t -> t.variants().stream())
                .distinct()
                .map(v -> Query.of(x -> x.matchPhrase(m -> m.field(field).query(v))))
                .toList();
        return clauses.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(should(clauses));
    }

    /**
     * What to mark in {@link #TEXT} for a remark in which no word stands as typed (its tokens are scattered):
     * each token of each word.
     */
    public java.util.Optional<Query> tokenHighlight(SimpleQuery q) {
        List<Query> clauses = q.positiveTerms().stream()
                .flatMap(t -> t.variants().stream())
                .distinct()
                .map(v -> Query.of(x -> x.match(m -> m.field(TEXT).query(v))))
                .toList();
        return clauses.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(should(clauses));
    }

    /** Only the filter clauses (no text query), e.g. for aggregations over the filtered remarks. */
    public List<Query> filters(RemarkFilters f) {
        List<Query> out = new ArrayList<>();
        terms(out, "role", f.roles());
        terms(out, "role_group", f.roleGroups());
        term(out, "speaker", f.speaker());
        term(out, "group", f.group());
        term(out, "body", f.body());
        term(out, "meeting_id", f.meeting());
        term(out, "section", f.section());
        if (f.theme() != null) {
            out.add(themes.filter(f.theme()).orElseThrow(() ->
                    new InvalidParameterException(RemarkFilters.THEME, "no theme named '" + Params.shorten(f.theme())
                            + "'" + (themes.all().isEmpty() ? " (no themes are defined)" : ""))));
        }
        fiscalYears(f.fyFrom(), f.fyTo(), "fiscal_year").ifPresent(out::add);
        dates(f.dateFrom(), f.dateTo(), "meeting_date").ifPresent(out::add);
        return out;
    }

    private static Query anyOf(List<SimpleQuery.Term> alternatives) {
        if (alternatives.size() == 1) {
            return term(alternatives.getFirst(), true);
        }
        return should(alternatives.stream().map(t -> term(t, true)).toList());
    }

    /** One term in all of its variants; {@code scored} adds the phrase boost (useless inside must_not). */
    static Query term(SimpleQuery.Term t, boolean scored) {
        List<Query> forms = t.variants().stream().map(v -> t.phrase() ? phrase(v) : word(v, scored)).toList();
        return forms.size() == 1 ? forms.getFirst() : should(forms);
    }

    private static Query word(String w, boolean scored) {
        List<Query> clauses = new ArrayList<>();
        if (scored) {
            clauses.add(Query.of(q -> q.constantScore(c -> c.boost(PHRASE_BONUS)
                    .filter(f -> f.matchPhrase(m -> m.field(TEXT).query(w))))));
        }
        clauses.add(Query.of(q -> q.match(m -> m.field(TEXT).query(w).operator(Operator.And))));
        clauses.add(Query.of(q -> q.match(m -> m.field(TEXT_BIGRAM).query(w).operator(Operator.And))));
        return should(clauses);
    }

    private static Query phrase(String p) {
        return should(List.of(
                Query.of(q -> q.matchPhrase(m -> m.field(TEXT).query(p))),
                Query.of(q -> q.matchPhrase(m -> m.field(TEXT_BIGRAM).query(p)))));
    }

    private static Query should(List<Query> clauses) {
        return Query.of(q -> q.bool(b -> b.should(clauses).minimumShouldMatch("1")));
    }

    private static void term(List<Query> out, String field, String value) {
        if (value != null) {
            out.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }

    private static void terms(List<Query> out, String field, List<String> values) {
        if (values.size() == 1) {
            term(out, field, values.getFirst());
        } else if (!values.isEmpty()) {
            List<FieldValue> fv = values.stream().map(FieldValue::of).toList();
            out.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fv)))));
        }
    }

    /** A fiscal-year range filter on {@code field}; empty when neither end is given. */
    public static java.util.Optional<Query> fiscalYears(Integer from, Integer to, String field) {
        if (from == null && to == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Query.of(q -> q.range(r -> r.number(n -> {
            n.field(field);
            if (from != null) {
                n.gte(from.doubleValue());
            }
            if (to != null) {
                n.lte(to.doubleValue());
            }
            return n;
        }))));
    }

    /** A day range filter on {@code field} (both ends included); empty when neither end is given. */
    public static java.util.Optional<Query> dates(LocalDate from, LocalDate to, String field) {
        if (from == null && to == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Query.of(q -> q.range(r -> r.date(d -> {
            d.field(field);
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lte(to.toString());
            }
            return d;
        }))));
    }
}
