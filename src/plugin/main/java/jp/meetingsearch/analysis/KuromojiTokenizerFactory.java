package jp.meetingsearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/** {@code kuromoji_tokenizer}: Lucene's JapaneseTokenizer with the official plugin's settings. */
@NamedComponent("kuromoji_tokenizer")
public final class KuromojiTokenizerFactory implements TokenizerFactory {
    static final int NBEST_OFF = -1;

    /** Settings of {@code kuromoji_tokenizer}. */
    @AnalysisSettings
    public interface Settings extends DictionarySettings {
        @StringSetting(path = "discard_punctuation", defaultValue = "true")
        String discardPunctuation();

        @StringSetting(path = "discard_compound_token", defaultValue = "false")
        String discardCompoundToken();

        /** Extra cost allowed for alternative segmentations, emitted stacked; {@value #NBEST_OFF} for none. */
        @StringSetting(path = "nbest_cost", defaultValue = "" + NBEST_OFF)
        String nbestCost();

        /** Pairs like {@code /箱根山-箱根/成田空港-成田/} whose alternative segmentations must be reachable. */
        @StringSetting(path = "nbest_examples", defaultValue = "")
        String nbestExamples();
    }

    private final JapaneseTokenizer.Mode mode;
    private final UserDictionary userDictionary;
    private final boolean discardPunctuation;
    private final boolean discardCompoundToken;
    private final int nbestCost;

    @Inject
    public KuromojiTokenizerFactory(Settings settings) {
        mode = SettingValues.mode(settings.mode());
        userDictionary = UserDictionaryRules.from(settings);
        discardPunctuation = SettingValues.bool("discard_punctuation", settings.discardPunctuation());
        discardCompoundToken = SettingValues.bool("discard_compound_token", settings.discardCompoundToken());
        int cost = SettingValues.integer("nbest_cost", settings.nbestCost(), NBEST_OFF);
        nbestCost = Math.max(cost, examplesCost(settings.nbestExamples()));
    }

    /** The cost computed from the examples here rather than per tokenizer, so that bad examples fail the index. */
    private int examplesCost(String examples) {
        if (examples.isEmpty()) {
            return NBEST_OFF;
        }
        try (JapaneseTokenizer probe = newTokenizer()) {
            return probe.calcNBestCost(examples);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid [nbest_examples] [" + examples
                    + "]: expected pairs like /箱根山-箱根/成田空港-成田/ (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JapaneseTokenizer newTokenizer() {
        return new JapaneseTokenizer(userDictionary, discardPunctuation, discardCompoundToken, mode);
    }

    @Override
    public Tokenizer create() {
        JapaneseTokenizer tokenizer = newTokenizer();
        tokenizer.setNBestCost(nbestCost);
        return tokenizer;
    }
}
