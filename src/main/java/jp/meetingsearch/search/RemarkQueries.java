package jp.meetingsearch.search;

import java.util.Map;
import java.util.function.Supplier;

/** Prepares remark queries: applies the current synonyms (unless switched off) and builds the query. */
public final class RemarkQueries {
    private final RemarkQueryBuilder builder;
    private final ThemeFilters themes;
    private final Supplier<Synonyms> synonyms;

    /** @param synonyms the current rules, asked on each request (e.g. {@code synonymFile::current}) */
    public RemarkQueries(ThemeFilters themes, Supplier<Synonyms> synonyms) {
        this.builder = new RemarkQueryBuilder(themes);
        this.themes = themes;
        this.synonyms = synonyms;
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
     */
    public RemarkQuery prepare(RemarkFilters f) {
        RemarkFilters expandedFilters = f;
        Map<String, java.util.List<String>> expanded = Map.of();
        if (f.synonyms() && !f.query().isEmpty()) {
            Synonyms.Expansion e = synonyms.get().expand(f.query());
            expandedFilters = f.withQuery(e.query());
            expanded = e.expanded();
        }
        return new RemarkQuery(expandedFilters, builder.build(expandedFilters), expanded);
    }
}
