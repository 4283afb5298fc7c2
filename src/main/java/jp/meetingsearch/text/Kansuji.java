package jp.meetingsearch.text;

import java.util.OptionalLong;

/** Kanji numerals (二十四, 三百五, 二〇二一, 元) to numbers. */
public final class Kansuji {
    private Kansuji() {
    }

    /**
     * Parses a kanji numeral, also mixed with ASCII or full-width digits (3万, １２).
     * Accepts positional forms (二〇二一), unit forms (二千二十一, 三百五), the big units 万/億/兆, the legal forms
     * 壱弐参拾 and 元 (the first year of an era) as 1. ○ (U+25CB) counts as zero because word processors put it
     * where 〇 (U+3007) is meant.
     *
     * @throws NumberFormatException if the text is empty or holds anything else
     */
    public static long parse(String s) {
        if (s == null || s.isBlank()) {
            throw new NumberFormatException("empty kanji numeral");
        }
        String t = s.strip();
        if (t.equals("元")) {
            return 1;
        }
        long total = 0;     // completed 万/億/兆 groups
        long section = 0;   // below 万: completed 十/百/千 parts
        long current = -1;  // digits read since the last unit, -1 when none
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                current = current < 0 ? digit : Math.addExact(Math.multiplyExact(current, 10), digit);
                continue;
            }
            long unit = smallUnit(c);
            if (unit > 0) {
                // 十 alone means ten: the missing multiplier is one
                section = Math.addExact(section, Math.multiplyExact(current < 0 ? 1 : current, unit));
                current = -1;
                continue;
            }
            long big = bigUnit(c);
            if (big > 0) {
                long group = section + Math.max(current, 0);
                total = Math.addExact(total, Math.multiplyExact(group == 0 ? 1 : group, big));
                section = 0;
                current = -1;
                continue;
            }
            throw new NumberFormatException("not a kanji numeral: '" + s + "' (at '" + c + "')");
        }
        return total + section + Math.max(current, 0);
    }

    /** Like {@link #parse} but empty instead of an exception. */
    public static OptionalLong tryParse(String s) {
        try {
            return OptionalLong.of(parse(s));
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /** Whether the character can be part of a numeral accepted by {@link #parse} (digits included, 元 not). */
    public static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) > 0;
    }

    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return switch (c) {
            case '〇', '○', '零' -> 0;
            case '一', '壱' -> 1;
            case '二', '弐' -> 2;
            case '三', '参' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static long smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    private static long bigUnit(char c) {
        return switch (c) {
            case '万' -> 10_000L;
            case '億' -> 100_000_000L;
            case '兆' -> 1_000_000_000_000L;
            default -> 0;
        };
    }
}
