package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import jp.meetingsearch.http.params.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchCursorTest {

    @Test
    void roundTripsTheSortValues() {
        SearchCursor c = new SearchCursor(SortOrder.RELEVANCE, 40,
                List.of(FieldValue.of(107.39), FieldValue.of(1640044800000L), FieldValue.of("m-0001")));
        String encoded = c.encode();
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
        SearchCursor back = SearchCursor.decode(encoded, SortOrder.RELEVANCE, "cursor");
        assertEquals(40, back.consumed());
        assertEquals(107.39, back.after().get(0).doubleValue());
        assertEquals(1640044800000L, back.after().get(1).longValue());
        assertEquals("m-0001", back.after().get(2).stringValue());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"s\":\"date\",\"n\":10,\"a\":[\"2021-12-21\",\"m\",1,\"m-1\"]}",
            "{\"s\":\"date\",\"n\":10,\"a\":[1640044800000,2,1,\"m-1\"]}",
            "{\"s\":\"date\",\"n\":10,\"a\":[1640044800000,\"m\",\"1\",\"m-1\"]}",
            "{\"s\":\"date\",\"n\":10,\"a\":[1640044800000,\"m\",1,true]}"})
    void refusesAForgedCursorWhoseValuesAreOfTheWrongKind(String json) {
        // well-formed, but a string where the date goes (or a number for an id) fails only in Elasticsearch
        assertEquals("cursor", assertThrows(InvalidParameterException.class,
                () -> SearchCursor.decode(b64(json), SortOrder.DATE, "cursor")).parameter());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "bm90IGpzb24", "W10"})
    void refusesWhatIsNoCursor(String value) {
        assertEquals("cursor", assertThrows(InvalidParameterException.class,
                () -> SearchCursor.decode(value, SortOrder.DATE, "cursor")).parameter());
    }

    @Test
    void refusesCursorsOfAnotherSortOrShape() {
        String fourValues = b64("{\"s\":\"date\",\"n\":3,\"a\":[1,\"m\",2,\"id\"]}");
        assertEquals(4, SearchCursor.decode(fourValues, SortOrder.DATE, "cursor").after().size());
        InvalidParameterException other = assertThrows(InvalidParameterException.class,
                () -> SearchCursor.decode(fourValues, SortOrder.DATE_DESC, "cursor"));
        assertTrue(other.getMessage().contains("sort=date"), other.getMessage());
        for (String bad : List.of("{\"s\":\"date\",\"n\":3,\"a\":[1,2]}", "{\"s\":\"date\",\"n\":0,\"a\":[1,\"m\",2,\"id\"]}",
                "{\"s\":\"date\",\"n\":3,\"a\":[1,{},2,\"id\"]}", "{\"s\":1,\"n\":3,\"a\":[1,\"m\",2,\"id\"]}")) {
            assertThrows(InvalidParameterException.class, () -> SearchCursor.decode(b64(bad), SortOrder.DATE, "cursor"), bad);
        }
        assertThrows(InvalidParameterException.class,
                () -> SearchCursor.decode("A".repeat(SearchCursor.MAX_LENGTH + 1), SortOrder.DATE, "cursor"));
    }
}
