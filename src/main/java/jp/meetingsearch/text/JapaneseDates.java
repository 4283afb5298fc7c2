package jp.meetingsearch.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.meetingsearch.text.Eras.Era;

/**
 * Dates, fiscal years (年度, April–March) and clock times as Japanese documents write them, 和暦 included.
 *
 * <p>Written by hand because {@code JapaneseChronology}'s formatter does not read 元年, full-width digits, kanji
 * numerals or the R3.12.21 abbreviations. Every era year is checked against its era: 平成31年5月1日 and 令和元年4月30日
 * do not exist and are refused rather than silently moved into the neighbouring era.
 */
public final class JapaneseDates {
    private JapaneseDates() {
    }

    // Dates convert by arithmetic only from 明治6年 (1873), when Japan took up the Gregorian calendar; earlier
    // 明治 dates are lunisolar and refused. 明治 itself counts from 1868, like JapaneseEra.MEIJI.
    private static final LocalDate GREGORIAN_FROM = LocalDate.of(1873, 1, 1);
    private static final List<Era> ERAS = Eras.ALL;

    private static boolean contains(Era era, LocalDate d) {
        return !d.isBefore(era.start()) && !d.isBefore(GREGORIAN_FROM) && (era.end() == null || !d.isAfter(era.end()));
    }

    /** Whether the fiscal year starting in April of {@code fy} has any day in {@code era}. */
    private static boolean overlapsFiscalYear(Era era, int fy) {
        return (era.end() == null || !LocalDate.of(fy, 4, 1).isAfter(era.end()))
                && !LocalDate.of(fy + 1, 3, 31).isBefore(era.start());
    }

    private static final int MIN_WESTERN_YEAR = 1868;
    private static final int MAX_WESTERN_YEAR = 2999;

    private static final String NUM = "[0-9〇○零一二三四五六七八九十百千]+";
    private static final String NOT_AFTER_NUM = "(?<![0-9〇○零一二三四五六七八九十百千])";
    /** An era by name, letter (R3, H.30; not inside a Latin word) or square ligature, from the table of eras. */
    private static final String ERA = "(" + String.join("|", ERAS.stream().map(Era::name).toList())
            + "|(?<![A-Za-z])[" + letters(false) + letters(true) + "]\\.?|["
            + ERAS.stream().map(e -> String.valueOf(e.square())).collect(Collectors.joining()) + "])";

    private static String letters(boolean lower) {
        return ERAS.stream().map(e -> String.valueOf(lower ? Character.toLowerCase(e.letter()) : e.letter()))
                .collect(Collectors.joining());
    }
    private static final String DASH = "[-‐‑–—−]";
    private static final String SEP = "(" + DASH + "|[/.])";

    /** 令和3年12月21日, 令和元年5月1日, R3.12.21, H30/4/1, 平成二十四年五月二十九日. */
    private static final Pattern ERA_DATE = Pattern.compile(ERA + "\\s*(" + NUM + "|元)\\s*(?:年\\s*"
            // 令和6年(2024年)5月1日: the western year in brackets after the era's
            + "(?:\\(\\s*[0-9]{4}\\s*年?\\s*\\)\\s*)?(" + NUM
            + ")\\s*月\\s*(" + NUM + ")\\s*日|" + SEP + "\\s*([0-9]{1,2})\\s*\\5\\s*([0-9]{1,2})(?![0-9]))");
    /** 2021年12月21日, 二〇二一年十二月二十一日. */
    private static final Pattern KANJI_DATE = Pattern.compile(NOT_AFTER_NUM + "(" + NUM + ")\\s*年\\s*(" + NUM
            + ")\\s*月\\s*(" + NUM + ")\\s*日");
    /** 2021-12-21, 2021/12/21, 2021.12.21. */
    private static final Pattern ISO_DATE = Pattern.compile(
            "(?<![0-9])([0-9]{4})\\s*" + SEP + "\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]{1,2})(?![0-9])");
    /** 12/21/2021: month first, as spreadsheets exported with US settings write it. */
    private static final Pattern US_DATE = Pattern.compile(
            "(?<![0-9/])([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?![0-9])");
    /** (火), （火曜日）, (月・祝): checked for shape only, a wrong weekday does not make the date wrong. */
    private static final Pattern WEEKDAY_SUFFIX = Pattern.compile(
            "\\s*\\(\\s*[月火水木金土日](?:曜日?)?(?:\\s*[・･]\\s*(?:祝日?|休日))?\\s*\\)\\s*$");

    private static final List<Form<LocalDate>> DATE_FORMS = List.of(
            new Form<>(ERA_DATE, JapaneseDates::eraDate),
            new Form<>(KANJI_DATE, m -> westernDate(m.group(1), m.group(2), m.group(3))),
            new Form<>(ISO_DATE, m -> westernDate(m.group(1), m.group(3), m.group(4))),
            new Form<>(US_DATE, m -> westernDate(m.group(3), m.group(1), m.group(2))));

    /** A written form and how to read a match of it; the reading is empty when the match is no real value. */
    private record Form<T>(Pattern pattern, Function<Matcher, Optional<T>> read) {
    }

    /** The value of the first form that matches the whole text. */
    private static <T> Optional<T> whole(String t, List<Form<T>> forms) {
        for (Form<T> f : forms) {
            Matcher m = f.pattern().matcher(t);
            if (m.matches()) {
                return f.read().apply(m);
            }
        }
        return Optional.empty();
    }

    /** The valid value that starts earliest in the text, whichever form it is written in. */
    private static <T> Optional<T> first(String t, List<Form<T>> forms) {
        int bestStart = Integer.MAX_VALUE;
        Optional<T> best = Optional.empty();
        for (Form<T> f : forms) {
            Matcher m = f.pattern().matcher(t);
            int from = 0;
            // an invalid match (平成32年…) must not hide a valid one that overlaps it, so restart one char later
            while (from < t.length() && m.find(from) && m.start() < bestStart) {
                Optional<T> v = f.read().apply(m);
                if (v.isPresent()) {
                    bestStart = m.start();
                    best = v;
                    break;
                }
                from = m.start() + 1;
            }
        }
        return best;
    }

    /**
     * Parses a value that is one date, optionally followed by a weekday in brackets: ISO and slash/dot forms,
     * 2021年12月21日, 12/21/2021 (month first), 和暦 with 元年 and kanji numerals, R3.12.21 style abbreviations,
     * full-width and padded forms. Anything else in the value makes it empty; use {@link #findDate} for text.
     */
    public static Optional<LocalDate> parseDate(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return whole(WEEKDAY_SUFFIX.matcher(Width.normalize(s)).replaceFirst(""), DATE_FORMS);
    }

    /** The first valid date written anywhere in the text (a line of minutes, a title, a cell with notes). */
    public static Optional<LocalDate> findDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return first(Width.normalize(text), DATE_FORMS);
    }

    private static final Pattern FY_WESTERN = Pattern.compile("(?:FY|fy)?(" + NUM + ")(?:年度?|度)?");
    private static final Pattern FY_ERA = Pattern.compile(ERA + "(" + NUM + "|元)(?:年度?)?");
    private static final Pattern FY_WITH_ALTERNATIVE = Pattern.compile("(.+?)\\((.*)\\)");

    /**
     * Parses a fiscal year (年度) and returns the western year in which it starts: 2021, 2021年度, FY2021,
     * 令和3年度, 令和元年度, 平成31年度, R3, R03, R3年度, H30, Ｈ３０, 令和三年度, 二〇二一年度. Both 平成31年度 and 令和元年度
     * are 2019. A bracketed alternative (令和3年度（2021年度）) must agree; a bracketed note that is no year is
     * ignored. Era years outside their era (平成32年度, 昭和64年度) are refused.
     */
    public static OptionalInt parseFiscalYear(String s) {
        if (s == null) {
            return OptionalInt.empty();
        }
        String t = Width.normalize(s).replace(" ", "");
        Matcher alt = FY_WITH_ALTERNATIVE.matcher(t);
        if (alt.matches()) {
            OptionalInt main = parseFiscalYearOnly(alt.group(1));
            OptionalInt other = parseFiscalYearOnly(alt.group(2));
            if (main.isPresent() && other.isPresent() && main.getAsInt() != other.getAsInt()) {
                return OptionalInt.empty();
            }
            return main;
        }
        return parseFiscalYearOnly(t);
    }

    private static OptionalInt parseFiscalYearOnly(String t) {
        Matcher m = FY_ERA.matcher(t);
        if (m.matches()) {
            Era era = era(m.group(1));
            OptionalInt n = number(m.group(2));
            if (n.isEmpty() || n.getAsInt() < 1) {
                return OptionalInt.empty();
            }
            int fy = era.firstYear() + n.getAsInt() - 1;
            return overlapsFiscalYear(era, fy) ? OptionalInt.of(fy) : OptionalInt.empty();
        }
        m = FY_WESTERN.matcher(t);
        if (m.matches()) {
            OptionalInt y = number(m.group(1));
            if (y.isPresent() && y.getAsInt() >= MIN_WESTERN_YEAR && y.getAsInt() <= MAX_WESTERN_YEAR) {
                return y;
            }
        }
        return OptionalInt.empty();
    }

    private static final Pattern FY_IN_TEXT = Pattern.compile("(?:" + ERA + "\\s*(" + NUM + "|元)|" + NOT_AFTER_NUM
            + "([0-9]{4}))\\s*年度");

    /**
     * The first fiscal year written with 年度 anywhere in the text: a title such as 令和3年度第3回 協働推進委員会 or
     * 2021年度 協働事業一覧. Bare years and dates are not taken for fiscal years here.
     */
    public static OptionalInt findFiscalYear(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = FY_IN_TEXT.matcher(Width.normalize(text));
        while (m.find()) {
            OptionalInt fy = parseFiscalYearOnly(m.group().replace(" ", ""));
            if (fy.isPresent()) {
                return fy;
            }
        }
        return OptionalInt.empty();
    }

    /** The fiscal year (April–March) a day belongs to, as the western year it starts in: 2022-03-31 → 2021. */
    public static int fiscalYearOf(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }

    /**
     * The 和暦 name of a fiscal year, by the era in force at the end of the calendar year it starts in, as
     * municipalities name them: 2021 → 令和3年度, 2019 → 令和元年度, 2018 → 平成30年度, 1988 → 昭和63年度.
     *
     * @throws IllegalArgumentException before 明治
     */
    public static String warekiFiscalYear(int fy) {
        LocalDate endOfYear = LocalDate.of(fy, 12, 31);
        for (Era era : ERAS) {
            if (!endOfYear.isBefore(era.start())) {
                return eraYear(era, fy) + "度";
            }
        }
        throw new IllegalArgumentException("fiscal year " + fy + " is before 明治");
    }

    /**
     * The 和暦 year of a day: 2021-12-21 → 令和3年, 2019-04-30 → 平成31年, 2019-05-01 → 令和元年.
     *
     * @throws IllegalArgumentException before 明治6年 (1873), when dates were lunisolar
     */
    public static String warekiYear(LocalDate day) {
        for (Era era : ERAS) {
            if (contains(era, day)) {
                return eraYear(era, day.getYear());
            }
        }
        throw new IllegalArgumentException(day + " is before the Gregorian calendar came into use (明治6年)");
    }

    /** 令和3年, 令和元年: the western {@code year} counted in {@code era}. */
    private static String eraYear(Era era, int year) {
        int n = year - era.firstYear() + 1;
        return era.name() + (n == 1 ? "元" : Integer.toString(n)) + "年";
    }

    private static final String AMPM_BEFORE = "(午前|午後|AM|PM|am|pm|[AaPp]\\.[Mm]\\.)?";
    private static final Pattern TIME_KANJI = Pattern.compile(AMPM_BEFORE + "\\s*" + NOT_AFTER_NUM + "(" + NUM
            + ")\\s*時(?!間)\\s*(?:(" + NUM + ")\\s*分|(半))?");
    private static final Pattern TIME_COLON = Pattern.compile(AMPM_BEFORE + "\\s*(?<![0-9:])([0-9]{1,2})\\s*:\\s*"
            + "([0-9]{2})(?![0-9:])(?:\\s*(AM|PM|am|pm|[AaPp]\\.[Mm]\\.))?");
    private static final List<Form<LocalTime>> TIME_FORMS = List.of(
            new Form<>(Pattern.compile("正午"), m -> Optional.of(LocalTime.NOON)),
            new Form<>(TIME_KANJI, JapaneseDates::kanjiTime),
            new Form<>(TIME_COLON, JapaneseDates::colonTime));

    /**
     * Parses a value that is one clock time: 午前9時30分, 午後1時, 午後1時半, 午前 11 時 30 分, 13時05分, 13:05,
     * 1:30 PM, 正午, full-width and kanji forms. With 午前/午後 (AM/PM) the hour is 0–12: 午後12時 is noon and
     * 午前12時 midnight, as with AM/PM; without, 0–23.
     */
    public static Optional<LocalTime> parseTime(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return whole(Width.normalize(s), TIME_FORMS);
    }

    /** The first valid clock time written anywhere in the text (午後1時30分～午後3時 → 13:30). */
    public static Optional<LocalTime> findTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return first(Width.normalize(text), TIME_FORMS);
    }

    private static Optional<LocalTime> kanjiTime(Matcher m) {
        OptionalInt hour = number(m.group(2));
        OptionalInt minute = m.group(4) != null ? OptionalInt.of(30)
                : m.group(3) != null ? number(m.group(3)) : OptionalInt.of(0);
        if (hour.isEmpty() || minute.isEmpty()) {
            return Optional.empty();
        }
        return time(m.group(1), hour.getAsInt(), minute.getAsInt());
    }

    private static Optional<LocalTime> colonTime(Matcher m) {
        String ampm = m.group(1) != null ? m.group(1) : m.group(4);
        if (m.group(1) != null && m.group(4) != null) {
            return Optional.empty();
        }
        return time(ampm, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static Optional<LocalTime> time(String ampm, int hour, int minute) {
        if (minute > 59) {
            return Optional.empty();
        }
        if (ampm == null) {
            return hour <= 23 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
        }
        if (hour > 12) {
            return Optional.empty();
        }
        boolean pm = ampm.equals("午後") || Character.toUpperCase(ampm.charAt(0)) == 'P';
        int h = hour % 12 + (pm ? 12 : 0);
        return Optional.of(LocalTime.of(h, minute));
    }

    private static Optional<LocalDate> eraDate(Matcher m) {
        Era era = era(m.group(1));
        OptionalInt n = number(m.group(2));
        String month = m.group(3) != null ? m.group(3) : m.group(6);
        String day = m.group(4) != null ? m.group(4) : m.group(7);
        if (n.isEmpty() || n.getAsInt() < 1) {
            return Optional.empty();
        }
        return date(era.firstYear() + n.getAsInt() - 1, month, day).filter(d -> contains(era, d));
    }

    private static Optional<LocalDate> westernDate(String year, String month, String day) {
        OptionalInt y = number(year);
        if (y.isEmpty() || y.getAsInt() < MIN_WESTERN_YEAR || y.getAsInt() > MAX_WESTERN_YEAR) {
            return Optional.empty();
        }
        return date(y.getAsInt(), month, day);
    }

    private static Optional<LocalDate> date(int year, String month, String day) {
        OptionalInt mo = number(month);
        OptionalInt d = number(day);
        if (mo.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, mo.getAsInt(), d.getAsInt()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Era era(String token) {
        char first = Character.toUpperCase(token.charAt(0));
        for (Era era : ERAS) {
            if (token.startsWith(era.name()) || first == era.letter() || first == era.square()) {
                return era;
            }
        }
        throw new IllegalStateException("pattern admitted unknown era " + token);
    }

    /** A numeral as an int, empty when it is not a number or too large to be a year, month, day or time. */
    private static OptionalInt number(String s) {
        var v = Kansuji.tryParse(s);
        return v.isPresent() && v.getAsLong() <= 99_999 ? OptionalInt.of((int) v.getAsLong()) : OptionalInt.empty();
    }
}
