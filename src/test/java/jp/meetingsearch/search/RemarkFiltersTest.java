package jp.meetingsearch.search;

import static jp.meetingsearch.http.params.ParamsTest.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemarkFiltersTest {

    @Test
    void readsEveryFilter() {
        RemarkFilters f = RemarkFilters.from(params(
                "q", "協働 -学習会", "role", "委員", "role", "会長", "role", "委員", "role_group", "MEMBER",
                "speaker", "山田", "body", "協働推進委員会", "meeting", "2021-12-21-s3-1a2b3c4d",
                "section", "協議事項", "theme", "子育て", "fy_from", "R2", "fy_to", "令和3年度",
                "date_from", "令和3年4月1日", "date_to", "2022-03-31", "synonyms", "false"));
        assertEquals(List.of("委員", "会長"), f.roles());
        assertEquals(List.of("member"), f.roleGroups());
        assertEquals("山田", f.speaker());
        assertEquals("協働推進委員会", f.body());
        assertEquals("2021-12-21-s3-1a2b3c4d", f.meeting());
        assertEquals("協議事項", f.section());
        assertEquals("子育て", f.theme());
        assertEquals(2020, f.fyFrom());
        assertEquals(2021, f.fyTo());
        assertEquals(LocalDate.of(2021, 4, 1), f.dateFrom());
        assertEquals(LocalDate.of(2022, 3, 31), f.dateTo());
        assertEquals(false, f.synonyms());
        assertEquals("[協働] NOT [学習会]", SimpleQueryTest.render(f.query()));
    }

    @Test
    void blankValuesAreAbsentAndKeywordsAreWidthNormalised() {
        RemarkFilters f = RemarkFilters.from(params("role", "", "body", "  ", "speaker", "ﾔﾏﾀﾞ　太郎", "q", ""));
        assertTrue(f.roles().isEmpty());
        assertNull(f.body());
        assertEquals("ヤマダ 太郎", f.speaker());
        assertTrue(f.query().isEmpty());
        assertTrue(f.synonyms());
    }

    @ParameterizedTest
    @CsvSource({"2021, 2021", "2021年度, 2021", "令和3年度, 2021", "R3, 2021", "Ｒ３, 2021", "H30, 2018", "令和元年度, 2019"})
    void fiscalYearForms(String written, int expected) {
        RemarkFilters f = RemarkFilters.from(params("fiscal_year", written));
        assertEquals(expected, f.fyFrom());
        assertEquals(expected, f.fyTo());
    }

    @ParameterizedTest(name = "{0}={1} → 400 naming {2}")
    @CsvSource(delimiter = '|', value = {
            "date_from|昨日|date_from",
            "date_to|2021-02-30|date_to",
            "fiscal_year|来年|fiscal_year",
            "fy_from|平成32年度|fy_from",
            "role_group|boss|role_group",
            "synonyms|maybe|synonyms",
    })
    void refusesNamingTheParameter(String name, String value, String named) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> RemarkFilters.from(params(name, value)));
        assertEquals(named, e.parameter());
    }

    @Test
    void refusesContradictoryRanges() {
        assertEquals("fiscal_year", assertThrows(InvalidParameterException.class,
                () -> RemarkFilters.from(params("fiscal_year", "2021", "fy_to", "2022"))).parameter());
        assertEquals("fy_from", assertThrows(InvalidParameterException.class,
                () -> RemarkFilters.from(params("fy_from", "2022", "fy_to", "2021"))).parameter());
        assertEquals("date_from", assertThrows(InvalidParameterException.class,
                () -> RemarkFilters.from(params("date_from", "2022-01-02", "date_to", "2022-01-01"))).parameter());
    }

    @Test
    void refusesOverlongKeywords() {
        char[] big = new char[Params.MAX_VALUE_LENGTH + 1];
        Arrays.fill(big, '委');
        assertEquals("speaker", assertThrows(InvalidParameterException.class,
                () -> RemarkFilters.from(params("speaker", new String(big)))).parameter());
    }
}
