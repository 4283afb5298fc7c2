package jp.meetingsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/** {@code kuromoji_readingform}: replaces each token by its reading, in katakana or romaji (寿司 → スシ). */
@NamedComponent("kuromoji_readingform")
public final class KuromojiReadingFormFilterFactory implements TokenFilterFactory {
    /** Settings of {@code kuromoji_readingform}. */
    @AnalysisSettings
    public interface Settings {
        @StringSetting(path = "use_romaji", defaultValue = "false")
        String useRomaji();
    }

    private final boolean useRomaji;

    @Inject
    public KuromojiReadingFormFilterFactory(Settings settings) {
        useRomaji = SettingValues.bool("use_romaji", settings.useRomaji());
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseReadingFormFilter(tokenStream, useRomaji);
    }
}
