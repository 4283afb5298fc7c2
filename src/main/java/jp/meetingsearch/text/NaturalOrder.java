package jp.meetingsearch.text;

import java.util.Comparator;

/**
 * Text order with runs of digits compared by their value: 3番 before 11番, 第2回 before 第10回 (full-width digits
 * too). Elasticsearch orders keys as strings, where 11番 comes before 3番.
 */
public final class NaturalOrder implements Comparator<String> {
    /** The one instance. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int byValue = compareNumbers(a, i, ei, b, j, ej);
                if (byValue != 0) {
                    return byValue;
                }
                i = ei;
                j = ej;
            } else {
                if (Character.isDigit(ca) != Character.isDigit(cb)) {
                    // numbers before words, full-width digits too (their code points lie above the kanji)
                    return Character.isDigit(ca) ? -1 : 1;
                }
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** By value without parsing (any length): leading zeros skipped, then length, then digit by digit. */
    private static int compareNumbers(String a, int i, int ei, String b, int j, int ej) {
        while (i < ei - 1 && Character.digit(a.charAt(i), 10) == 0) {
            i++;
        }
        while (j < ej - 1 && Character.digit(b.charAt(j), 10) == 0) {
            j++;
        }
        if (ei - i != ej - j) {
            return Integer.compare(ei - i, ej - j);
        }
        for (; i < ei; i++, j++) {
            int d = Integer.compare(Character.digit(a.charAt(i), 10), Character.digit(b.charAt(j), 10));
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }
}
