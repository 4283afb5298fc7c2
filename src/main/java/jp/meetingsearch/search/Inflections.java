package jp.meetingsearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The verb or adjective a query noun is made from, by the general rules of Japanese word formation: a verb's
 * 連用形 serves as a noun (引き継ぎ ← 引き継ぐ, 取り扱い ← 取り扱う, 問い合わせ ← 問い合わせる, 見直し ← 見直す) and
 * an adjective's stem with さ or み does (高さ ← 高い). A form is kept only when Kuromoji's dictionary lists it as
 * one verb or adjective in its dictionary form, so nothing is guessed: 手引き gives no 手引く (the dictionary reads it
 * as 手 and 引く), 見積もり no 見積もりる. The remarks' text is indexed by the base form of every inflected word
 * ({@code kuromoji_baseform}), so the dictionary form finds every inflection of it: 引き継ぐ finds 引き継がれない.
 * A noun the dictionary itself reads as a verb's 連用形 (申込み, 見守り) gives that verb.
 */
public final class Inflections {
    /** Five-row (godan) verbs: the last kana of the 連用形 and of the dictionary form, in the same order. */
    private static final String GODAN_STEM = "いきぎしちにびみり";
    private static final String GODAN_END = "うくぐすつぬぶむる";
    private static final String VERB = "動詞-自立";
    private static final String ADJECTIVE = "形容詞-自立";

    private final Yomi yomi;

    /** @param yomi the query words' analysis, with the project's user dictionary as the index reads the text */
    public Inflections(Yomi yomi) {
        this.yomi = yomi;
    }

    /**
     * The dictionary forms of the verb or adjective {@code word} is made from; empty for a word that is not one
     * dictionary word ending in kana, for a word without kanji (a kana word is too often another word: まつり) and
     * for a word the dictionary does not relate to a verb or an adjective (若者, 理事会).
     */
    public List<String> of(String word) {
        int n = word.length();
        if (n < 2 || !hiragana(word.charAt(n - 1))
                || word.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return List.of();
        }
        List<Yomi.Morpheme> analysed = yomi.morphemes(word);
        if (analysed.size() == 2 && analysed.getFirst().partOfSpeech().equals(ADJECTIVE)
                && analysed.getFirst().baseForm() != null && analysed.get(1).surface().equals("さ")) {
            // the dictionary reads 高さ as the adjective's stem and the suffix さ
            return List.of(analysed.getFirst().baseForm());
        }
        if (analysed.size() != 1) {
            return List.of();
        }
        Yomi.Morpheme only = analysed.getFirst();
        if (only.partOfSpeech().equals(VERB) && "連用形".equals(only.inflectionForm()) && only.baseForm() != null) {
            return List.of(only.baseForm());
        }
        if (!only.partOfSpeech().startsWith("名詞")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        char last = word.charAt(n - 1);
        String stem = word.substring(0, n - 1);
        int godan = GODAN_STEM.indexOf(last);
        if (godan >= 0) {
            keep(stem + GODAN_END.charAt(godan), VERB, out);
        }
        // one-row (ichidan) verbs: the 連用形 is the stem (問い合わせ, 借り上げ)
        keep(word + "る", VERB, out);
        if (last == 'さ' || last == 'み') {
            keep(stem + "い", ADJECTIVE, out);
        }
        return out;
    }

    /** Adds {@code candidate} when the dictionary reads it as one word of that part of speech, uninflected. */
    private void keep(String candidate, String partOfSpeech, List<String> out) {
        List<Yomi.Morpheme> m = yomi.morphemes(candidate);
        if (m.size() == 1 && m.getFirst().partOfSpeech().equals(partOfSpeech)
                && "基本形".equals(m.getFirst().inflectionForm()) && m.getFirst().surface().equals(candidate)
                && !out.contains(candidate)) {
            out.add(candidate);
        }
    }

    private static boolean hiragana(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA;
    }
}
