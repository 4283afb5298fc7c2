package jp.meetingsearch.analysis;

import java.util.List;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** Settings shared by the Kuromoji tokenizer and analyzer: segmentation mode and the user dictionary. */
@AnalysisSettings
public interface DictionarySettings {
    /** {@code normal}, {@code search} or {@code extended}, in any letter case. */
    @StringSetting(path = "mode", defaultValue = "search")
    String mode();

    /** CSV lines {@code surface,segmentation,readings,part-of-speech}. */
    @ListSetting(path = "user_dictionary_rules")
    List<String> userDictionaryRules();

    /** Drops repeated surface forms instead of refusing them. */
    @StringSetting(path = "deduplicate_dictionary", defaultValue = "false")
    String deduplicateDictionary();

    /** A dictionary file: declared only to refuse it with a helpful message. */
    @StringSetting(path = "user_dictionary", defaultValue = "")
    String userDictionary();
}
