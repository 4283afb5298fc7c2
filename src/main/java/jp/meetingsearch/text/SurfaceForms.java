package jp.meetingsearch.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The form people wrote for a term of the Japanese analyzer: the analyzer folds width and case, folds variant
 * characters (異体字) and cuts the long vowel mark off katakana words (センター → センタ), so an analysed term is
 * not always what anyone wrote. The most frequent written form in the given texts is, when there is one.
 */
public final class SurfaceForms {
    private SurfaceForms() {
    }

    /** The most frequent written form of {@code term} in {@code texts} (the first seen among equals), else the term. */
    public static String of(String term, List<String> texts) {
        if (term.isEmpty()) {
            return term;
        }
        boolean katakana = term.codePoints().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA);
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (String text : texts) {
            String folded = fold(text);
            for (int i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) {
                int end = i + term.length();
                if (katakana && end < text.length() && isLongVowel(text.charAt(end))) {
                    // the stemmer cut one long vowel mark: take it back as written
                    end++;
                }
                String written = text.substring(i, end);
                int n = counts.merge(written, 1, Integer::sum);
                if (best == null || n > counts.get(best)) {
                    best = written;
                }
            }
        }
        return best == null ? term : best;
    }

    private static boolean isLongVowel(char c) {
        return c == 'ー' || c == 'ｰ';
    }

    /** The analyzer's folding, one character for one, so positions in the result are positions in the text. */
    private static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String w = Width.fold(String.valueOf(c));
            char f = w.length() == 1 ? w.charAt(0) : c;
            String v = Variants.TABLE.fold(String.valueOf(f).toLowerCase(Locale.ROOT));
            out.append(v.length() == 1 ? v.charAt(0) : f);
        }
        return out.toString();
    }
}
