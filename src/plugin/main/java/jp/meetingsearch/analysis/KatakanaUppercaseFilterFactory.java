package jp.meetingsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseKatakanaUppercaseFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code katakana_uppercase}: writes small katakana as the full-size letters (ストップウォッチ → ストツプウオツチ), so that
 * readings compare equal however a writer spelt the small letters.
 */
@NamedComponent("katakana_uppercase")
public final class KatakanaUppercaseFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseKatakanaUppercaseFilter(tokenStream);
    }
}
