package jp.meetingsearch.analysis;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** {@code kuromoji_part_of_speech}: removes tokens whose IPADIC part of speech is listed (particles, auxiliaries…). */
@NamedComponent("kuromoji_part_of_speech")
public final class KuromojiPartOfSpeechFilterFactory implements TokenFilterFactory {
    /** Settings of {@code kuromoji_part_of_speech}. */
    @AnalysisSettings
    public interface Settings {
        /** Full tags such as {@code 助詞-格助詞-一般}; none given means Kuromoji's default stop tags. */
        @ListSetting(path = "stoptags")
        List<String> stoptags();

        @StringSetting(path = "stoptags_path", defaultValue = "")
        String stoptagsPath();
    }

    private final Set<String> stoptags;

    @Inject
    public KuromojiPartOfSpeechFilterFactory(Settings settings) {
        SettingValues.refuseFile("stoptags_path", settings.stoptagsPath(), "stoptags");
        stoptags = settings.stoptags().isEmpty() ? JapaneseAnalyzer.getDefaultStopTags() : Set.copyOf(settings.stoptags());
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapanesePartOfSpeechStopFilter(tokenStream, stoptags);
    }
}
