package jp.meetingsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/** {@code kuromoji_stemmer}: drops the trailing prolonged sound mark of long katakana words (サーバー → サーバ). */
@NamedComponent("kuromoji_stemmer")
public final class KuromojiStemmerFilterFactory implements TokenFilterFactory {
    /** Settings of {@code kuromoji_stemmer}. */
    @AnalysisSettings
    public interface Settings {
        /** Shorter katakana words keep their mark: コピー stays, サーバー is stemmed. */
        @StringSetting(path = "minimum_length", defaultValue = "" + JapaneseKatakanaStemFilter.DEFAULT_MINIMUM_LENGTH)
        String minimumLength();
    }

    private final int minimumLength;

    @Inject
    public KuromojiStemmerFilterFactory(Settings settings) {
        minimumLength = SettingValues.integer("minimum_length", settings.minimumLength(), 1);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseKatakanaStemFilter(tokenStream, minimumLength);
    }
}
