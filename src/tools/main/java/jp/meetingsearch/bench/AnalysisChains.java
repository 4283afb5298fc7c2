package jp.meetingsearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of {@code mappings/analysis.json} built from Lucene directly, without Elasticsearch, so that
 * their cost can be measured alone: components are reused from one text to the next, as Elasticsearch reuses them.
 */
public final class AnalysisChains {
    private AnalysisChains() {
    }

    /** Kuromoji's tokenizer alone (search mode, the user dictionary, punctuation and compounds discarded). */
    public static Analyzer kuromojiTokenizer() {
        UserDictionary dictionary = userDictionary();
        return analyzer(() -> tokenizer(dictionary), t -> t);
    }

    /** {@code ja_text}: the tokenizer, base forms, part-of-speech and word stops, width, katakana stems, lower case. */
    public static Analyzer jaText() {
        UserDictionary dictionary = userDictionary();
        return analyzer(() -> tokenizer(dictionary), t -> new LowerCaseFilter(new JapaneseKatakanaStemFilter(
                new StopFilter(new CJKWidthFilter(new JapanesePartOfSpeechStopFilter(new JapaneseBaseFormFilter(t),
                        JapaneseAnalyzer.getDefaultStopTags())), JapaneseAnalyzer.getDefaultStopSet()), 4)));
    }

    /** {@code ja_bigram}: the standard tokenizer, width, lower case, CJK bigrams without unigrams. */
    public static Analyzer bigram() {
        return analyzer(StandardTokenizer::new,
                t -> new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(t)), 0xff, false));
    }

    /** Runs the analyzer over the text and returns the number of tokens. */
    public static int tokens(Analyzer analyzer, String text) {
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text))) {
            ts.reset();
            int n = 0;
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JapaneseTokenizer tokenizer(UserDictionary dictionary) {
        return new JapaneseTokenizer(dictionary, true, true, JapaneseTokenizer.Mode.SEARCH);
    }

    private static Analyzer analyzer(Supplier<Tokenizer> tokenizer, Function<Tokenizer, TokenStream> chain) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = tokenizer.get();
                return new TokenStreamComponents(t, chain.apply(t));
            }
        };
    }

    /** The rules of {@code mappings/user-dictionary.txt} (shipped in the jar), as the index settings carry them. */
    private static UserDictionary userDictionary() {
        try (InputStream in = AnalysisChains.class.getResourceAsStream("/mappings/user-dictionary.txt")) {
            if (in == null) {
                throw new IllegalStateException("mappings/user-dictionary.txt is not on the classpath");
            }
            StringBuilder rules = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    rules.append(line.strip()).append('\n');
                }
            }
            return UserDictionary.open(new StringReader(rules.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
