package jp.meetingsearch.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.search.ThemeFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ForegroundTest {
    private static final Query DISASTER = Query.of(q -> q.match(m -> m.field("text").query("防災")));
    private static final ThemeFilters THEMES = new ThemeFilters() {
        @Override
        public Optional<Query> filter(String theme) {
            return "防災・地域の安全".equals(theme) ? Optional.of(DISASTER) : Optional.empty();
        }

        @Override
        public Map<String, Query> all() {
            return Map.of("防災・地域の安全", DISASTER);
        }
    };

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            theme:防災・地域の安全 | theme:防災・地域の安全 | {"match":{"text":{"query":"防災"}}}
            fiscal_year:2021       | fiscal_year:2021       | {"term":{"fiscal_year":{"value":2021}}}
            fiscal_year:令和3年度   | fiscal_year:2021       | {"term":{"fiscal_year":{"value":2021}}}
            role:委員              | role:委員              | {"term":{"role":{"value":"委員"}}}
            role：ｶｲﾁｮｳ           | role:カイチョウ         | {"term":{"role":{"value":"カイチョウ"}}}
            role_group:Member      | role_group:member      | {"term":{"role_group":{"value":"member"}}}
            """)
    void readsKindAndValue(String spec, String label, String query) throws Exception {
        Foreground fg = Foreground.parse(spec, "fg", THEMES);
        assertEquals(label, fg.label());
        assertEquals(RequestJson.parse(query), RequestJson.of(fg.query()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "theme", "theme:", "colour:red", "theme:環境", "role_group:mayor", "fiscal_year:someday"})
    void refusesWithTheParameterName(String spec) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Foreground.parse(spec, "fg", THEMES));
        assertEquals("fg", e.parameter());
        assertTrue(e.getMessage().startsWith("parameter 'fg': "));
    }
}
