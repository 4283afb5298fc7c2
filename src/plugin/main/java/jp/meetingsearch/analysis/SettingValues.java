package jp.meetingsearch.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/** Parsing and validation of setting values the stable API hands over as plain strings and lists. */
final class SettingValues {
    static final String JAPANESE_STOP_WORDS = "_japanese_";
    static final String NO_STOP_WORDS = "_none_";

    private SettingValues() {
    }

    /**
     * Strict, as the official plugin is: the stable API's own boolean setting reads anything but "true" as false,
     * so a typo like "ture" would silently turn an option off.
     */
    static boolean bool(String setting, String value) {
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("Invalid value [" + value + "] for [" + setting
                    + "]: only [true] or [false] are allowed");
        };
    }

    /** An integer of at least {@code min}; the stable API's own int setting fails without naming the setting. */
    static int integer(String setting, String value, int min) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value [" + value + "] for [" + setting + "]: not an integer", e);
        }
        if (parsed < min) {
            throw new IllegalArgumentException("Invalid value [" + value + "] for [" + setting + "]: must be at least "
                    + min);
        }
        return parsed;
    }

    static JapaneseTokenizer.Mode mode(String value) {
        for (JapaneseTokenizer.Mode mode : JapaneseTokenizer.Mode.values()) {
            if (mode.name().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        String allowed = Arrays.stream(JapaneseTokenizer.Mode.values())
                .map(mode -> mode.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown value [" + value + "] for [mode]: expected one of " + allowed);
    }

    /**
     * Node entitlements keep plugins from reading files outside the config folder, and inline settings travel with
     * the index definition to any cluster, so file settings are refused rather than half supported.
     */
    static void refuseFile(String fileSetting, String value, String inlineSetting) {
        if (value.isEmpty() == false) {
            throw new IllegalArgumentException("[" + fileSetting + "] is not supported by this plugin (got [" + value
                    + "]): list the entries inline in [" + inlineSetting + "] instead");
        }
    }

    /**
     * Stop words as the official plugin reads them: none given means the Japanese default set, {@code _japanese_}
     * inside the list stands for that set, {@code _none_} alone for no stop words.
     */
    static CharArraySet stopWords(String setting, List<String> words, boolean ignoreCase) {
        if (words.isEmpty()) {
            words = List.of(JAPANESE_STOP_WORDS);
        }
        if (words.equals(List.of(NO_STOP_WORDS))) {
            return CharArraySet.EMPTY_SET;
        }
        CharArraySet set = new CharArraySet(words.size(), ignoreCase);
        for (String word : words) {
            if (word.equals(JAPANESE_STOP_WORDS)) {
                set.addAll(JapaneseAnalyzer.getDefaultStopSet());
            } else if (word.length() > 2 && word.startsWith("_") && word.endsWith("_")) {
                // a misspelt list name would otherwise silently become a stop word of its own
                throw new IllegalArgumentException("Unknown stop word list [" + word + "] in [" + setting
                        + "]: only [" + JAPANESE_STOP_WORDS + "] and, alone, [" + NO_STOP_WORDS + "] are known");
            } else {
                set.add(word);
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
