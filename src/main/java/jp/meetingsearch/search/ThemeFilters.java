package jp.meetingsearch.search;

import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/** The themes of the taxonomy as filter queries over remarks, used for the {@code theme} filter and facet. */
public interface ThemeFilters {

    /** No themes at all: every {@code theme} filter is unknown and the theme facet is empty. */
    ThemeFilters NONE = new ThemeFilters() {
        @Override
        public Optional<Query> filter(String theme) {
            return Optional.empty();
        }

        @Override
        public Map<String, Query> all() {
            return Map.of();
        }
    };

    /** The filter of one theme by its name; empty when no theme has that name. */
    Optional<Query> filter(String theme);

    /** Every theme's filter by name, in the taxonomy's order. */
    Map<String, Query> all();

    /** How one request counts remarks per theme: by default, one filter per theme. */
    default ThemeCounting counting() {
        return ThemeCounting.byQueries(all());
    }
}
