package jp.meetingsearch.corpus;

import java.time.LocalDate;

import jp.meetingsearch.text.JapaneseDates;

/** 和暦 dates and the digit widths that published minutes use; the eras are the service's table (mappings/eras.txt). */
final class Wareki {
    private static final String WEEKDAYS = "月火水木金土日";

    private Wareki() {
    }

    /** 令和3年, 平成31年, 令和元年. */
    static String year(LocalDate date) {
        return JapaneseDates.warekiYear(date);
    }

    /** A fiscal year (April–March) by the era it is known under: 2019 is 令和元年度. */
    static String fiscalYear(int fiscalYear) {
        return JapaneseDates.warekiFiscalYear(fiscalYear);
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
