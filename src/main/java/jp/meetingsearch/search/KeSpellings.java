package jp.meetingsearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The spellings of the small ke of place names and counters: written ヶ, ケ, ヵ, カ, が or か between two kanji, or
 * after a digit before a kanji, it is one word however it is written (霞ヶ関, 霞ケ関, 霞が関; 3ヶ月, 3ケ月, 3カ月,
 * 3か月; 椿ヶ丘, 椿ケ丘), and records and users write it each their own way. Kuromoji reads the forms apart (ヶ has no
 * reading of its own), so the readings do not join them.
 */
final class KeSpellings {
    /** The ways the character is written. */
    static final String FORMS = "ヶケヵカがか";

    private KeSpellings() {
    }

    /**
     * The other spellings of {@code word}, its first such character written each other way; none when the word
     * has no such character between two kanji or between a digit and a kanji.
     */
    static List<String> of(String word) {
        for (int i = 1; i + 1 < word.length(); i++) {
            char c = word.charAt(i);
            if (FORMS.indexOf(c) < 0 || !kanji(word.charAt(i + 1))) {
                continue;
            }
            char before = word.charAt(i - 1);
            if (!kanji(before) && !Character.isDigit(before)) {
                continue;
            }
            List<String> out = new ArrayList<>();
            for (char f : FORMS.toCharArray()) {
                if (f != c) {
                    out.add(word.substring(0, i) + f + word.substring(i + 1));
                }
            }
            return out;
        }
        return List.of();
    }

    private static boolean kanji(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
