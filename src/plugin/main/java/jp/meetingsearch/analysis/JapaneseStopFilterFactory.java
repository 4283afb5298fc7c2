package jp.meetingsearch.analysis;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** {@code ja_stop}: removes Japanese stop words (Kuromoji's default list unless told otherwise). */
@NamedComponent("ja_stop")
public final class JapaneseStopFilterFactory implements TokenFilterFactory {
    /** Settings of {@code ja_stop}. */
    @AnalysisSettings
    public interface Settings {
        /** Words, where {@code _japanese_} stands for the default list; {@code _none_} alone for no words. */
        @ListSetting(path = "stopwords")
        List<String> stopwords();

        @StringSetting(path = "ignore_case", defaultValue = "false")
        String ignoreCase();

        /** Declared to refuse {@code false}: keeping a trailing stop word needs Lucene's suggest module. */
        @StringSetting(path = "remove_trailing", defaultValue = "true")
        String removeTrailing();

        @StringSetting(path = "stopwords_path", defaultValue = "")
        String stopwordsPath();
    }

    private final CharArraySet stopwords;

    @Inject
    public JapaneseStopFilterFactory(Settings settings) {
        SettingValues.refuseFile("stopwords_path", settings.stopwordsPath(), "stopwords");
        if (SettingValues.bool("remove_trailing", settings.removeTrailing()) == false) {
            throw new IllegalArgumentException("[remove_trailing] = false is not supported by this plugin");
        }
        stopwords = SettingValues.stopWords("stopwords", settings.stopwords(),
                SettingValues.bool("ignore_case", settings.ignoreCase()));
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopFilter(tokenStream, stopwords);
    }
}
