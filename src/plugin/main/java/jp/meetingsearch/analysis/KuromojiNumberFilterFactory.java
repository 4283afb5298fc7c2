package jp.meetingsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseNumberFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code kuromoji_number}: kanji and full-width numerals to half-width digits (二十四 → 24). */
@NamedComponent("kuromoji_number")
public final class KuromojiNumberFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseNumberFilter(tokenStream);
    }
}
