package jp.meetingsearch.projects;

import static jp.meetingsearch.http.params.ParamsTest.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jp.meetingsearch.http.params.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The project list's filters and paging read from query parameters, with the remarks' fiscal-year rules. */
class ProjectRequestsTest {

    @Test
    void readsEveryFilter() {
        ProjectFilters f = ProjectFilters.from(params("fiscal_year", "令和3年度", "form", "共催", "form", "後援",
                "department", "ｼﾐﾝ課", "area", "北区", "new", "yes", "q", "子育て"));
        assertEquals(2021, f.fyFrom());
        assertEquals(2021, f.fyTo());
        assertEquals(List.of("共催", "後援"), f.forms());
        assertEquals(List.of("シミン課"), f.departments());
        assertEquals(List.of("北区"), f.areas());
        assertEquals(Boolean.TRUE, f.isNew());
        assertEquals("子育て", f.q());
        assertNull(ProjectFilters.from(params()).isNew());
    }

    @ParameterizedTest(name = "{0}={1} with {2}={3} → 400 naming {4}")
    @CsvSource({
            "fiscal_year, 2021, fy_to, 2022, fiscal_year",
            "fy_from, 2022, fy_to, 2021, fy_from",
            "fy_from, 来年, fy_to, 2021, fy_from",
            "new, maybe, q, x, new",
            "page, 101, size, 100, page",
            "size, 101, page, 1, size",
    })
    void refusesNamingTheParameter(String n1, String v1, String n2, String v2, String named) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ProjectListRequest.from(params(n1, v1, n2, v2)));
        assertEquals(named, e.parameter());
    }

    @Test
    void refusesTooManyValuesAndTooLongText() {
        String[] forms = new String[2 * (ProjectFilters.MAX_VALUES + 1)];
        for (int i = 0; i < forms.length; i += 2) {
            forms[i] = "form";
            forms[i + 1] = "形" + i;
        }
        assertEquals("form", assertThrows(InvalidParameterException.class,
                () -> ProjectFilters.from(params(forms))).parameter());
        assertEquals("q", assertThrows(InvalidParameterException.class,
                () -> ProjectFilters.from(params("q", "字".repeat(ProjectFilters.MAX_QUERY_LENGTH + 1)))).parameter());
    }

    @Test
    void pagesDefaultAndSkip() {
        ProjectListRequest r = ProjectListRequest.from(params("page", "3", "size", "20"));
        assertEquals(40, r.paging().from());
        assertEquals(ProjectListRequest.DEFAULT_SIZE, ProjectListRequest.from(params()).paging().size());
    }
}
