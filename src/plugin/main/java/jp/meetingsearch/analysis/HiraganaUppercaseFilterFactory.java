package jp.meetingsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseHiraganaUppercaseFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code hiragana_uppercase}: writes small hiragana as the full-size letters (ちょっと → ちよつと). */
@NamedComponent("hiragana_uppercase")
public final class HiraganaUppercaseFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseHiraganaUppercaseFilter(tokenStream);
    }
}
