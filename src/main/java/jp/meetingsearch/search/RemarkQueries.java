package jp.meetingsearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * Prepares remark queries: applies the current synonyms and the thesaurus (unless switched off), builds the query
 * and decides how strictly the words match ({@link MatchMode}): with {@code auto}, the exact query is counted
 * first and used when it finds at least {@link #EXACT_ENOUGH} remarks, so that a compound like 理事会 does not also
 * count every remark with 理事者 and 委員会 in the total and the facets.
 */
public final class RemarkQueries {
    /** Remarks the exact forms must find for {@code match=auto} to leave the scattered matches out: one page. */
    public static final int EXACT_ENOUGH = 10;

    /** Counts the remarks a query matches (Elasticsearch's {@code _count} on the remarks). */
    @FunctionalInterface
    public interface Counter {
        long count(Query query) throws IOException;
    }

    private final RemarkQueryBuilder builder;
    /** The builder for {@code synonyms=false}: the words as typed, no other spelling by reading either. */
    private final RemarkQueryBuilder literal;
    private final ThemeFilters themes;
    private final Supplier<Synonyms> synonyms;
    private final Synonyms thesaurus;
    private final Counter counter;
    private final Yomi yomi;

    /**
     * @param synonyms  the current rules of the synonyms file, asked on each request
     * @param thesaurus rules applied to whole query words only (the vendored thesaurus)
     * @param yomi      readings of query words (needed by the readings and people features)
     * @param counter   counts matches for {@code match=auto}; null: never leave scattered matches out
     */
    public RemarkQueries(ThemeFilters themes, Supplier<Synonyms> synonyms, Synonyms thesaurus, Yomi yomi,
                         SearchFeatures features, Counter counter) {
        this.builder = new RemarkQueryBuilder(themes, yomi, features);
        this.literal = new RemarkQueryBuilder(themes, yomi, new SearchFeatures(false, features.people(),
                features.thesaurus(), features.exactFirst()));
        this.themes = themes;
        this.synonyms = synonyms;
        this.thesaurus = features.thesaurus() ? thesaurus : Synonyms.NONE;
        this.counter = features.exactFirst() ? counter : null;
        this.yomi = yomi;
    }

    /** The themes the {@code theme} filter and facet use. */
    public ThemeFilters themes() {
        return themes;
    }

    /** The builder, for highlight and filter clauses. */
    public RemarkQueryBuilder builder() {
        return builder;
    }

    /**
     * The query for these filters.
     *
     * @throws InvalidParameterException for a filter the data does not know (an unknown theme)
     * @throws IOException               when counting the exact matches fails
     */
    public RemarkQuery prepare(RemarkFilters f) throws IOException {
        RemarkFilters expandedFilters = f;
        Map<String, List<String>> expanded = Map.of();
        if (f.synonyms() && !f.query().isEmpty()) {
            Synonyms.Expansion e = yomi == null ? synonyms.get().expand(f.query(), thesaurus)
                    : synonyms.get().expand(f.query(), thesaurus, yomi::cuts);
            expandedFilters = f.withQuery(e.query());
            expanded = e.expanded();
        }
        RemarkQueryBuilder builder = f.synonyms() ? this.builder : literal;
        Query broad = builder.build(expandedFilters, false);
        if (expandedFilters.query().positiveTerms().isEmpty()) {
            return new RemarkQuery(expandedFilters, broad, expanded, null);
        }
        MatchMode mode = f.match();
        if (mode == MatchMode.AUTO) {
            if (counter == null) {
                return new RemarkQuery(expandedFilters, broad, expanded, MatchMode.BROAD);
            }
            // the strictest level that fills a page
            for (MatchMode level : List.of(MatchMode.EXACT, MatchMode.BROAD)) {
                Query q = level == MatchMode.BROAD ? broad : builder.build(expandedFilters, level);
                if (counter.count(q) >= EXACT_ENOUGH) {
                    return new RemarkQuery(expandedFilters, q, expanded, level);
                }
            }
            // leaving one word out needs two words at least; synonyms=false searches the words as typed, all of them
            // (a remark that lacks one, however it spells it, only on match=partial)
            mode = expandedFilters.query().groups().size() > 1 && f.synonyms() ? MatchMode.PARTIAL : MatchMode.BROAD;
        }
        return new RemarkQuery(expandedFilters, mode == MatchMode.BROAD ? broad : builder.build(expandedFilters, mode),
                expanded, mode);
    }
}
