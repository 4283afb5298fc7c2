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
 */
public record SearchFeatures(boolean readings, boolean people, boolean thesaurus, boolean exactFirst) {
    /** Everything: what the service runs. */
    public static final SearchFeatures ALL = new SearchFeatures(true, true, true, true);
    /** Only the word as typed and its tokens: what the search-quality evaluation measures the others against. */
    public static final SearchFeatures NONE = new SearchFeatures(false, false, false, false);
}
