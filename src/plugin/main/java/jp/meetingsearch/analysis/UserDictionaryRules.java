package jp.meetingsearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.util.CSVUtil;

/** Builds a Kuromoji user dictionary from inline rules, rejecting lines Kuromoji would misread or fail on. */
final class UserDictionaryRules {
    static final String SETTING = "user_dictionary_rules";
    private static final int FIELDS = 4;

    private UserDictionaryRules() {
    }

    /** The dictionary for the rules in {@code settings}, or null when there are none. */
    static UserDictionary from(DictionarySettings settings) {
        SettingValues.refuseFile("user_dictionary", settings.userDictionary(), SETTING);
        return parse(settings.userDictionaryRules(), SettingValues.bool("deduplicate_dictionary", settings.deduplicateDictionary()));
    }

    static UserDictionary parse(List<String> rules, boolean deduplicate) {
        Set<String> surfaces = new HashSet<>();
        StringBuilder accepted = new StringBuilder();
        // line numbers count from 1 over all entries, comments included, as the official plugin reports them
        for (int line = 1; line <= rules.size(); line++) {
            String rule = rules.get(line - 1);
            if (rule.isBlank() || rule.startsWith("#")) {
                continue;
            }
            String surface = check(rule, line);
            if (surfaces.add(surface) == false) {
                if (deduplicate) {
                    continue;
                }
                throw new IllegalArgumentException("Found duplicate term [" + surface + "] in [" + SETTING
                        + "] at line [" + line + "]; remove it or set [deduplicate_dictionary] to true");
            }
            accepted.append(rule).append('\n');
        }
        if (surfaces.isEmpty()) {
            return null;
        }
        try {
            return UserDictionary.open(new StringReader(accepted.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + SETTING + " from memory", e);
        }
    }

    /** Returns the surface form of a well-formed rule; throws naming the line otherwise. */
    private static String check(String rule, int line) {
        String[] fields = CSVUtil.parse(rule);
        if (fields.length != FIELDS) {
            throw malformed(rule, line, "expected " + FIELDS
                    + " comma-separated fields (surface,segmentation,readings,part-of-speech) but found " + fields.length);
        }
        for (String field : fields) {
            if (field.isBlank()) {
                throw malformed(rule, line, "a field is empty");
            }
        }
        String[] segments = fields[1].trim().split(" +");
        String[] readings = fields[2].trim().split(" +");
        if (segments.length != readings.length) {
            throw malformed(rule, line, "the segmentation has " + segments.length + " parts but the readings have "
                    + readings.length);
        }
        if (String.join("", segments).equals(fields[0]) == false) {
            throw malformed(rule, line, "the segmentation [" + fields[1] + "] does not spell the surface form ["
                    + fields[0] + "]");
        }
        return fields[0];
    }

    private static IllegalArgumentException malformed(String rule, int line, String why) {
        return new IllegalArgumentException("Malformed entry in [" + SETTING + "] at line [" + line + "]: " + why
                + ": " + rule);
    }
}
