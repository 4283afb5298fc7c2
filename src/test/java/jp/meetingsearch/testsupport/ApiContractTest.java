package jp.meetingsearch.testsupport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The check every integration test relies on finds what breaks the spec, and only that. */
class ApiContractTest {
    private static final String JSON = "application/json; charset=utf-8";

    @Test
    void acceptsAnswersOfTheirSchemaAndRefusesOthers() {
        assertDoesNotThrow(() -> ApiContract.check("GET", "/api/health", 200, JSON,
                "{\"status\":\"ok\",\"elasticsearch\":\"green\",\"indices\":{\"remarks\":3}}"));
        AssertionError e = assertThrows(AssertionError.class, () -> ApiContract.check("GET", "/api/health", 200, JSON,
                "{\"status\":\"fine\",\"elasticsearch\":\"green\",\"indices\":{}}"));
        assertTrue(e.getMessage().contains("status"), e.getMessage());
        assertThrows(AssertionError.class, () -> ApiContract.check("GET", "/api/projects/yearly", 200, JSON,
                "{\"years\":[{\"fiscal_year\":\"2021\",\"label\":\"令和3年度\",\"count\":1}]}"));
    }

    @Test
    void errorsOfAnyRouteAndUnknownPathsFollowTheErrorSchema() {
        assertDoesNotThrow(() -> ApiContract.check("POST", "/api/search", 405, JSON,
                "{\"error\":\"method_not_allowed\",\"message\":\"POST is not served at /api/search\"}"));
        assertThrows(AssertionError.class, () -> ApiContract.check("GET", "/api/meetings/x", 404, JSON, "{\"error\":1}"));
        assertThrows(AssertionError.class, () -> ApiContract.check("GET", "/api/nowhere", 200, JSON, "{}"),
                "a success on a path the spec does not have");
        assertDoesNotThrow(() -> ApiContract.check("GET", "/api/search.csv", 200, "text/csv", "not json"));
        assertDoesNotThrow(() -> ApiContract.check("GET", "/api/health/", 200, JSON,
                "{\"status\":\"ok\",\"elasticsearch\":\"green\",\"indices\":{}}"), "a trailing slash, as the router reads it");
    }

    @Test
    void anOfficialWithoutTitleIsPartOfAMeeting() {
        assertDoesNotThrow(() -> ApiContract.check("GET", "/api/meetings/m1", 200, JSON,
                "{\"id\":\"m1\",\"title\":\"t\",\"body\":\"b\",\"date\":\"2021-12-21\",\"fiscal_year\":2021,"
                        + "\"officials\":[{\"name\":\"山田太郎\",\"title\":null,\"department\":null}],\"remarks\":[]}"));
    }
}
