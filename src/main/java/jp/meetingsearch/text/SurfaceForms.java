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
        return new Texts(texts).formOf(term);
    }

    /**
     * Texts folded once as the analyzer folds them, to find the written form of many terms in them (a list of
     * characteristic words looks up each of its words in the same sample of texts).
     */
    public static final class Texts {
        private final List<String> texts;
        private final List<String> folded;

        public Texts(List<String> texts) {
            this.texts = List.copyOf(texts);
            Map<Character, Character> memo = new HashMap<>();
            this.folded = this.texts.stream().map(t -> fold(t, memo)).toList();
        }

        /** The most frequent written form of {@code term} (the first seen among equals), else the term. */
        public String formOf(String term) {
            if (term.isEmpty()) {
                return term;
            }
            boolean katakana = term.codePoints().allMatch(c -> Character.UnicodeBlock.of(c)
                    == Character.UnicodeBlock.KATAKANA);
            Map<String, Integer> counts = new HashMap<>();
            String best = null;
            for (int t = 0; t < texts.size(); t++) {
                String text = texts.get(t);
                String f = folded.get(t);
                for (int i = f.indexOf(term); i >= 0; i = f.indexOf(term, i + 1)) {
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
    }

    private static boolean isLongVowel(char c) {
        return c == 'ー' || c == 'ｰ';
    }

    /**
     * The analyzer's folding, one character for one, so positions in the result are positions in the text;
     * {@code memo} keeps each character's folding for the next texts.
     */
    private static String fold(String text, Map<Character, Character> memo) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(memo.computeIfAbsent(text.charAt(i), SurfaceForms::fold));
        }
        return out.toString();
    }

    private static char fold(char c) {
        String w = Width.fold(String.valueOf(c));
        char f = w.length() == 1 ? w.charAt(0) : c;
        String v = Variants.TABLE.fold(String.valueOf(f).toLowerCase(Locale.ROOT));
        return v.length() == 1 ? v.charAt(0) : f;
    }
}
