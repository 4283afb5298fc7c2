package jp.meetingsearch.analysis;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * {@code kuromoji}: Lucene's JapaneseAnalyzer (tokenizer, base form, part-of-speech and stop word removal, width
 * folding, katakana stemming, lower case) with the official plugin's settings.
 */
@NamedComponent("kuromoji")
public final class KuromojiAnalyzerFactory implements AnalyzerFactory {
    /** Settings of the {@code kuromoji} analyzer. */
    @AnalysisSettings
    public interface Settings extends DictionarySettings {
        /** Words, where {@code _japanese_} stands for the default list; {@code _none_} alone for no words. */
        @ListSetting(path = "stopwords")
        List<String> stopwords();

        @StringSetting(path = "stopwords_path", defaultValue = "")
        String stopwordsPath();
    }

    private final JapaneseTokenizer.Mode mode;
    private final UserDictionary userDictionary;
    private final CharArraySet stopwords;

    @Inject
    public KuromojiAnalyzerFactory(Settings settings) {
        mode = SettingValues.mode(settings.mode());
        userDictionary = UserDictionaryRules.from(settings);
        SettingValues.refuseFile("stopwords_path", settings.stopwordsPath(), "stopwords");
        stopwords = SettingValues.stopWords("stopwords", settings.stopwords(), false);
    }

    @Override
    public Analyzer create() {
        return new JapaneseAnalyzer(userDictionary, mode, stopwords, JapaneseAnalyzer.getDefaultStopTags());
    }
}
