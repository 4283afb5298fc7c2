package jp.meetingsearch.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** {@code cjk_bigram}: overlapping bigrams of CJK characters, for recall on words the dictionary does not know. */
@NamedComponent("cjk_bigram")
public final class CjkBigramFilterFactory implements TokenFilterFactory {
    private static final Map<String, Integer> SCRIPTS = Map.of(
            "han", CJKBigramFilter.HAN,
            "hiragana", CJKBigramFilter.HIRAGANA,
            "katakana", CJKBigramFilter.KATAKANA,
            "hangul", CJKBigramFilter.HANGUL);

    /** Settings of {@code cjk_bigram}. */
    @AnalysisSettings
    public interface Settings {
        /** Scripts left as they come: any of {@code han}, {@code hiragana}, {@code katakana}, {@code hangul}. */
        @ListSetting(path = "ignored_scripts")
        List<String> ignoredScripts();

        /** Also emits each character alone, stacked on its bigram. */
        @StringSetting(path = "output_unigrams", defaultValue = "false")
        String outputUnigrams();
    }

    private final int flags;
    private final boolean outputUnigrams;

    @Inject
    public CjkBigramFilterFactory(Settings settings) {
        int scripts = SCRIPTS.values().stream().reduce(0, (a, b) -> a | b);
        for (String ignored : settings.ignoredScripts()) {
            Integer flag = SCRIPTS.get(ignored.trim().toLowerCase(Locale.ROOT));
            if (flag == null) {
                throw new IllegalArgumentException("Unknown script [" + ignored + "] in [ignored_scripts]: expected any of "
                        + String.join(", ", List.of("han", "hiragana", "katakana", "hangul")));
            }
            scripts &= ~flag;
        }
        flags = scripts;
        outputUnigrams = SettingValues.bool("output_unigrams", settings.outputUnigrams());
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKBigramFilter(tokenStream, flags, outputUnigrams);
    }
}
