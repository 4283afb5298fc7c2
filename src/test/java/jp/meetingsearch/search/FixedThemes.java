package jp.meetingsearch.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/** Themes for tests: each theme matches remarks whose text contains one of its words as a phrase. */
public record FixedThemes(Map<String, Query> all) implements ThemeFilters {

    public static FixedThemes of(String... nameAndWord) {
        Map<String, Query> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndWord.length; i += 2) {
            String word = nameAndWord[i + 1];
            m.put(nameAndWord[i], Query.of(q -> q.matchPhrase(p -> p.field("text").query(word))));
        }
        return new FixedThemes(m);
    }

    @Override
    public Optional<Query> filter(String theme) {
        return Optional.ofNullable(all.get(theme));
    }
}
