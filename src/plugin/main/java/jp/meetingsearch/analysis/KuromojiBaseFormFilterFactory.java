package jp.meetingsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code kuromoji_baseform}: replaces inflected verbs and adjectives by their dictionary form (飲み → 飲む). */
@NamedComponent("kuromoji_baseform")
public final class KuromojiBaseFormFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseBaseFormFilter(tokenStream);
    }
}
