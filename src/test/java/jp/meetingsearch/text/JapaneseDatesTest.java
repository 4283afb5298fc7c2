package jp.meetingsearch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2021-12-21|2021-12-21",
        "2021/12/21|2021-12-21",
        "2021.12.21|2021-12-21",
        "2021/1/5|2021-01-05",
        "2021年12月21日|2021-12-21",
        "2021 年 12 月 21 日|2021-12-21",
        "12/21/2021|2021-12-21",
        "4/10/2023|2023-04-10",
        "令和3年12月21日|2021-12-21",
        "令和元年5月1日|2019-05-01",
        "平成31年4月30日|2019-04-30",
        "平成元年1月8日|1989-01-08",
        "昭和64年1月7日|1989-01-07",
        "昭和元年12月25日|1926-12-25",
        "大正15年12月24日|1926-12-24",
        "大正元年7月30日|1912-07-30",
        "明治45年7月29日|1912-07-29",
        "R3.12.21|2021-12-21",
        "R03.12.21|2021-12-21",
        "r3.12.21|2021-12-21",
        "R元.5.1|2019-05-01",
        "H30/4/1|2018-04-01",
        "H30-4-1|2018-04-01",
        "S63.12.31|1988-12-31",
        "R3年12月21日|2021-12-21",
        "令和3.12.21|2021-12-21",
        "Ｒ３．１２．２１|2021-12-21",
        "令和３年１２月２１日|2021-12-21",
        "２０２１年１２月２１日|2021-12-21",
        "２０２１／１２／２１|2021-12-21",
        "平成二十四年五月二十九日|2012-05-29",
        "令和三年十二月二十一日|2021-12-21",
        "令和元年十月一日|2019-10-01",
        "二〇二一年十二月二十一日|2021-12-21",
        "二千二十一年十二月二十一日|2021-12-21",
        "令和 8年 1月 5日|2026-01-05",
        "令和\u30008年\u30001月\u30005日|2026-01-05",
        "  令和3年12月21日  |2021-12-21",
        "令和3年12月21日(火)|2021-12-21",
        "令和3年12月21日（火曜日）|2021-12-21",
        "令和3年12月21日 (火曜)|2021-12-21",
        "2021/12/21(火)|2021-12-21",
        "令和4年1月10日(月・祝)|2022-01-10",
        "㋿3年12月21日|2021-12-21",
        "㍻31年4月1日|2019-04-01",
        "2024年2月29日|2024-02-29",
    })
    void parsesDates(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), JapaneseDates.parseDate(text));
    }

    @ParameterizedTest(name = "{0} is no date")
    @ValueSource(strings = {
        "", "令和", "令和3年12月", "2021年12月", "2021-13-01", "2021-02-30", "2023年2月29日",
        // outside the era's days
        "平成31年5月1日", "令和元年4月30日", "昭和64年1月8日", "平成元年1月7日", "令和0年1月1日", "平成32年1月1日",
        "大正15年12月25日", "明治5年1月1日",
        // a date with more around it is for findDate
        "開催日 令和3年12月21日", "令和3年12月21日 午後1時", "2021-12-21x",
        "令和○年○月○日", "20211221", "12/21/21", "X3.12.21", "2021-12/21", "1.00E+12"
    })
    void refusesNonDates(String text) {
        assertEquals(Optional.empty(), JapaneseDates.parseDate(text));
    }

    @Test
    void nullIsNoDate() {
        assertEquals(Optional.empty(), JapaneseDates.parseDate(null));
        assertEquals(Optional.empty(), JapaneseDates.findDate(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "日時：令和3年12月21日(火)午後1時30分～3時|2021-12-21",
        "第3回 協働推進委員会（令和３年１２月２１日開催）|2021-12-21",
        "令和3年度第3回 会議概要 2021/12/21|2021-12-21",
        "作成 R3.12.21 更新 R4.1.5|2021-12-21",
        "更新 2022-01-05、作成 令和3年12月21日|2022-01-05",
        "平成32年1月1日と書かれたが実際は令和2年1月1日|2020-01-01",
        "期間：4/10/2023～4/14/2023|2023-04-10",
        "番号12021-12-21ではなく 2021-12-22|2021-12-22",
        "平成二十四年五月二十九日の会議|2012-05-29",
        "令和6年(2024年)5月1日（水曜日）|2024-05-01",
    })
    void findsTheFirstDateInText(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), JapaneseDates.findDate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "日付なし", "令和3年度第3回", "資料番号 2021-1", "令和○年○月○日", "第3回"})
    void findsNothingWithoutADate(String text) {
        assertEquals(Optional.empty(), JapaneseDates.findDate(text));
    }

    @Test
    void heiseiLastDaySortsBeforeReiwaFirstDay() {
        List<String> written = new ArrayList<>(List.of("令和元年5月1日", "平成31年4月30日", "令和元年10月1日",
                "平成31年4月1日", "昭和64年1月7日", "平成元年1月8日"));
        written.sort(Comparator.comparing(s -> JapaneseDates.parseDate(s).orElseThrow()));
        assertEquals(List.of("昭和64年1月7日", "平成元年1月8日", "平成31年4月1日", "平成31年4月30日", "令和元年5月1日",
                "令和元年10月1日"), written);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2021|2021", "2021年度|2021", "2021年|2021", "FY2021|2021", "２０２１年度|2021",
        "令和3年度|2021", "令和元年度|2019", "平成31年度|2019", "平成30年度|2018", "平成元年度|1989",
        "昭和63年度|1988", "令和3年|2021", "令和3|2021",
        "R3|2021", "R03|2021", "R3年度|2021", "R元年度|2019", "r3|2021", "R.3|2021", "H30|2018", "Ｈ３０|2018",
        "Ｒ３年度|2021", "令和３年度|2021", "令和 3 年度|2021", "令和三年度|2021", "平成三十年度|2018",
        "二〇二一年度|2021", "令和3年度（2021年度）|2021", "2021年度(令和3年度)|2021", "令和3年度（予定）|2021",
        "㋿3年度|2021",
    })
    void parsesFiscalYears(String text, int expected) {
        assertEquals(OptionalInt.of(expected), JapaneseDates.parseFiscalYear(text));
    }

    @ParameterizedTest(name = "{0} is no fiscal year")
    @ValueSource(strings = {
        "", "XYZ", "3", "21", "令和", "令和0年度", "平成32年度", "昭和64年度", "令和3年度（2020年度）", "1.00E+12",
        "12345", "1500", "2021-04-01", "令和3年度第3回", "Q3"
    })
    void refusesNonFiscalYears(String text) {
        assertEquals(OptionalInt.empty(), JapaneseDates.parseFiscalYear(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "令和3年度第3回 協働のまちづくり推進委員会|2021",
        "2021年度 協働事業一覧|2021",
        "協働事業一覧（令和元年度）|2019",
        "R3年度 実績|2021",
        "平成32年度の計画を改め令和2年度に実施|2020",
        "資料 12021年度|-1",
        "2021年の事業|-1",
        "令和3年12月21日|-1",
    })
    void findsFiscalYearsInTitles(String text, int expected) {
        OptionalInt want = expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected);
        assertEquals(want, JapaneseDates.findFiscalYear(text));
    }

    @ParameterizedTest(name = "{0} is in fiscal year {1}")
    @CsvSource({
        "2021-04-01, 2021", "2022-03-31, 2021", "2021-03-31, 2020", "2021-12-31, 2021", "2022-01-01, 2021",
        "2019-04-30, 2019", "2019-05-01, 2019"
    })
    void fiscalYearRunsAprilToMarch(LocalDate day, int fy) {
        assertEquals(fy, JapaneseDates.fiscalYearOf(day));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2021, 令和3年度", "2019, 令和元年度", "2020, 令和2年度", "2018, 平成30年度", "1989, 平成元年度",
        "1988, 昭和63年度", "1926, 昭和元年度", "1925, 大正14年度"
    })
    void namesFiscalYearsInWareki(int fy, String expected) {
        assertEquals(expected, JapaneseDates.warekiFiscalYear(fy));
    }

    @Test
    void warekiFiscalYearRoundTrips() {
        for (int fy = 1900; fy <= 2100; fy++) {
            assertEquals(OptionalInt.of(fy), JapaneseDates.parseFiscalYear(JapaneseDates.warekiFiscalYear(fy)),
                    "fiscal year " + fy);
        }
    }

    @Test
    void noWarekiBeforeMeiji() {
        assertThrows(IllegalArgumentException.class, () -> JapaneseDates.warekiFiscalYear(1867));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "午前9時30分|09:30", "午後1時|13:00", "午後1時半|13:30", "午前 11 時 30 分|11:30", "13時05分|13:05",
        "13時|13:00", "13:05|13:05", "9:05|09:05", "正午|12:00", "午後０時３０分|12:30", "１３：０５|13:05",
        "午後12時|12:00", "午前12時|00:00", "午前0時|00:00", "午後十時十五分|22:15", "1:30 PM|13:30",
        "PM1:30|13:30", "10:00 a.m.|10:00", "午後 1:30|13:30", "0時|00:00", "23時59分|23:59",
    })
    void parsesTimes(String text, LocalTime expected) {
        assertEquals(Optional.of(expected), JapaneseDates.parseTime(text));
    }

    @ParameterizedTest(name = "{0} is no time")
    @ValueSource(strings = {"", "24時", "25:00", "13:60", "午後13時", "午前9時75分", "1時間", "正午すぎ",
        "午後1:30 PM", "9時30", "12:5"})
    void refusesNonTimes(String text) {
        assertEquals(Optional.empty(), JapaneseDates.parseTime(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "日時：令和3年12月21日(火)午後1時30分～午後3時|13:30",
        "開始 13:30 終了 15:00|13:30",
        "所要1時間、開始は午前10時から|10:00",
        "正午から午後1時まで|12:00",
        "午後1時から正午まで|13:00",
    })
    void findsTheFirstTimeInText(String text, LocalTime expected) {
        assertEquals(Optional.of(expected), JapaneseDates.findTime(text));
    }

    @Test
    void findsNoTimeWithoutOne() {
        assertTrue(JapaneseDates.findTime("令和3年12月21日 1時間の会議").isEmpty());
        assertTrue(JapaneseDates.findTime(null).isEmpty());
    }
}
