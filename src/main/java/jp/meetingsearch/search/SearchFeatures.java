package jp.meetingsearch.search;

/**
 * Which ways of matching a query word remark search uses beyond the word's own tokens (the Kuromoji field and the
 * bigram subfield, which it always uses). The service runs with {@link #ALL}; the search-quality evaluation
 * switches each off to measure what it brings.
 *
 * @param readings   the word also matches where the same reading stands as a whole word ({@code text.yomi}):
 *                   kana and kanji spellings, okurigana variants
 * @param people     the word also matches remarks whose speaker has that name or reading ({@code speaker},
 *                   {@code speaker.yomi}) or whose role contains it ({@code role.text})
 * @param thesaurus  the word is also searched in the forms of the vendored thesaurus (mappings/thesaurus)
 * @param exactFirst when the exact forms of the words find enough remarks, remarks where a word's tokens are only
 *                   scattered are left out ({@code match=exact}); otherwise they are added ({@code match=broad})
 * @param rarity     at the partial level, a remark lacking a common word of the query ranks before one lacking a
 *                   rare one (the words weighed by their idf among the filtered remarks)
 * @param parts      a query of one compound word that finds little in its whole and scattered forms also finds,
 *                   after those, remarks with one of its parts (水害対策: 水害, and its synonyms, or 対策)
 * @param inflections a noun made from a verb or an adjective is also searched as that verb or adjective, where the
 *                   dictionary lists it ({@link Inflections}: 引き継ぎ also as 引き継ぐ, which finds 引き継がれない)
 * @param related    a query that finds little at every other level also finds, after those, remarks with the words
 *                   that characterise the remarks it found ({@link RelatedWords}, {@code match=related})
 */
public record SearchFeatures(boolean readings, boolean people, boolean thesaurus, boolean exactFirst, boolean rarity,
                             boolean parts, boolean inflections, boolean related) {
    /** Everything: what the service runs. */
    public static final SearchFeatures ALL = new SearchFeatures(true, true, true, true, true, true, true, true);

    /** The first seven ways of matching; no words related by feedback. */
    public SearchFeatures(boolean readings, boolean people, boolean thesaurus, boolean exactFirst, boolean rarity,
                          boolean parts, boolean inflections) {
        this(readings, people, thesaurus, exactFirst, rarity, parts, inflections, false);
    }

    /** The first four ways of matching; the partial level unweighted and whole words only. */
    public SearchFeatures(boolean readings, boolean people, boolean thesaurus, boolean exactFirst) {
        this(readings, people, thesaurus, exactFirst, false, false);
    }

    /** The first six ways of matching; nouns searched as typed, not as the verbs they are made from. */
    public SearchFeatures(boolean readings, boolean people, boolean thesaurus, boolean exactFirst, boolean rarity,
                          boolean parts) {
        this(readings, people, thesaurus, exactFirst, rarity, parts, false);
    }

    /** Only the word as typed and its tokens: what the search-quality evaluation measures the others against. */
    public static final SearchFeatures NONE = new SearchFeatures(false, false, false, false);
}
