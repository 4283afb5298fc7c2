package jp.meetingsearch.analytics;

import static jp.meetingsearch.http.params.ParamsTest.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jp.meetingsearch.http.params.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analytics requests read from query parameters: defaults, bounds, and refusals that name the parameter. */
class AnalyticsRequestsTest {

    @Test
    void matrixDefaultsToRolesAndTakesEveryColumnKind() {
        ThemeMatrixRequest none = ThemeMatrixRequest.from(params());
        assertEquals(MatrixBy.ROLE, none.by());
        assertEquals(ThemeMatrixRequest.DEFAULT_COLUMNS, none.columns());
        ThemeMatrixRequest meeting = ThemeMatrixRequest.from(params("by", " meeting ", "size", "7", "body", "委員会"));
        assertEquals(MatrixBy.MEETING, meeting.by());
        assertEquals(7, meeting.columns());
        assertEquals("委員会", meeting.filters().body());
    }

    @Test
    void matrixRefusesAnUnknownColumnKindListingTheKnownOnes() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ThemeMatrixRequest.from(params("by", "speaker")));
        assertEquals("by", e.parameter());
        assertEquals(List.of("role", "role_group", "fiscal_year", "meeting"), e.problem().allowed());
    }

    @Test
    void matrixCountsEveryMatchOnlyWhenAskedAndRefusesAnExactThatIsNotABoolean() {
        assertEquals(false, ThemeMatrixRequest.from(params()).exact());
        assertEquals(true, ThemeMatrixRequest.from(params("exact", "true")).exact());
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ThemeMatrixRequest.from(params("exact", "all")));
        assertEquals("exact", e.parameter());
    }

    @Test
    void rolesReadMeetingsOnlyWithTheBreakdown() {
        assertEquals(0, RoleRequest.from(params("meetings", "5")).meetings());
        assertEquals(5, RoleRequest.from(params("per", "meeting", "meetings", "5")).meetings());
        assertEquals(RoleRequest.DEFAULT_MEETINGS, RoleRequest.from(params("per", "meeting")).meetings());
    }

    @ParameterizedTest(name = "per={0}, meetings={1} → 400 naming {2}")
    @CsvSource({"speaker, 5, per", "meeting, 0, meetings", "meeting, 1001, meetings"})
    void rolesRefuseNamingTheParameter(String per, String meetings, String named) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> RoleRequest.from(params("per", per, "meetings", meetings)));
        assertEquals(named, e.parameter());
    }

    @ParameterizedTest(name = "{0}={1} → 400 naming {0}")
    @CsvSource({"size, 0", "size, 101", "min_count, 0", "sample, 9", "sample, 10001"})
    void keywordOptionsRefuseNamingTheParameter(String name, String value) {
        assertEquals(name, assertThrows(InvalidParameterException.class,
                () -> KeywordOptions.from(params(name, value))).parameter());
    }

    @Test
    void keywordOptionsDefault() {
        assertEquals(KeywordOptions.DEFAULTS, KeywordOptions.from(params()));
    }
}
