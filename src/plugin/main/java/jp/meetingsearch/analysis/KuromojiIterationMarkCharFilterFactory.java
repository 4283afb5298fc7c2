package jp.meetingsearch.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.ja.JapaneseIterationMarkCharFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/** {@code kuromoji_iteration_mark}: spells out iteration marks (時々 → 時時, こゝろ → こころ). */
@NamedComponent("kuromoji_iteration_mark")
public final class KuromojiIterationMarkCharFilterFactory implements CharFilterFactory {
    /** Settings of {@code kuromoji_iteration_mark}. */
    @AnalysisSettings
    public interface Settings {
        @StringSetting(path = "normalize_kanji", defaultValue = "" + JapaneseIterationMarkCharFilter.NORMALIZE_KANJI_DEFAULT)
        String normalizeKanji();

        @StringSetting(path = "normalize_kana", defaultValue = "" + JapaneseIterationMarkCharFilter.NORMALIZE_KANA_DEFAULT)
        String normalizeKana();
    }

    private final boolean normalizeKanji;
    private final boolean normalizeKana;

    @Inject
    public KuromojiIterationMarkCharFilterFactory(Settings settings) {
        normalizeKanji = SettingValues.bool("normalize_kanji", settings.normalizeKanji());
        normalizeKana = SettingValues.bool("normalize_kana", settings.normalizeKana());
    }

    @Override
    public Reader create(Reader reader) {
        return new JapaneseIterationMarkCharFilter(reader, normalizeKanji, normalizeKana);
    }

    /** The rewrite looks only at neighbouring characters, so it suits keyword normalizers as the official one does. */
    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }
}
