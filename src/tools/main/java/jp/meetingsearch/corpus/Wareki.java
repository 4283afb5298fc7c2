package jp.meetingsearch.corpus;

import java.time.LocalDate;

/** 和暦 dates and the digit widths that published minutes use; only the eras the corpus spans (平成, 令和). */
final class Wareki {
    private static final LocalDate REIWA = LocalDate.of(2019, 5, 1);
    private static final LocalDate HEISEI = LocalDate.of(1989, 1, 8);
    private static final String WEEKDAYS = "月火水木金土日";

    private Wareki() {
    }

    /** 令和3年, 平成31年, 令和元年. */
    static String year(LocalDate date) {
        if (date.isBefore(HEISEI)) {
            throw new IllegalArgumentException("dates before 平成 are not generated: " + date);
        }
        return date.isBefore(REIWA) ? era("平成", date.getYear() - 1988) : era("令和", date.getYear() - 2018);
    }

    /** A fiscal year (April–March) by the era it is known under: 2019 is 令和元年度. */
    static String fiscalYear(int fiscalYear) {
        return (fiscalYear >= 2019 ? era("令和", fiscalYear - 2018) : era("平成", fiscalYear - 1988)) + "度";
    }

    static String date(LocalDate date) {
        return year(date) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static char weekday(LocalDate date) {
        return WEEKDAYS.charAt(date.getDayOfWeek().getValue() - 1);
    }

    static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    private static String era(String name, int year) {
        return name + (year == 1 ? "元" : Integer.toString(year)) + "年";
    }

    /** Digits, decimal point, comma and percent to full width, as assembly records print them. */
    static String fullWidth(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '.' -> '．';
                case ',' -> '，';
                case '%' -> '％';
                default -> c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c;
            });
        }
        return out.toString();
    }
}
