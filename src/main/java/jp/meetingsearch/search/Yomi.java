package jp.meetingsearch.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaUppercaseFilter;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.InflectionAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The reading of a query word as the {@code ja_yomi} analyzer of {@code mappings/analysis.json} indexes it: the
 * Kuromoji readings of its tokens (katakana, width-folded, small kana full size, a long katakana word without its
 * final ー, lower case) joined into one string. The index keeps every run of up to {@link #MAX_TOKENS} adjacent
 * readings joined the same way (a shingle), so one term query finds the remarks where the whole word stands in any
 * spelling that reads the same: ゴミ箱 and ごみ箱 (ゴミバコ), 取扱 and 取り扱い (トリアツカイ), 子供 and こども
 * (コドモ); never a remark where only part of it does.
 *
 * <p>The chain is built from the same Lucene classes as the node's (Kuromoji with the project's user dictionary);
 * {@code YomiIT} checks both give the same string.
 */
public final class Yomi {
    /** Most tokens a word may have: the {@code max_shingle_size} of {@code ja_yomi_shingle}. */
    public static final int MAX_TOKENS = 4;

    private final Chains readings;
    private final Chains tokens;
    /**
     * Readings already read: a search reads the same few words for every form and speaker clause, and the same
     * words come back in the next searches. Emptied whole when it reaches {@link #CACHED} words.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<String>> read =
            new java.util.concurrent.ConcurrentHashMap<>();
    static final int CACHED = 10_000;

    /** @param userDictionaryRules the lines of {@code mappings/user-dictionary.txt} */
    public Yomi(List<String> userDictionaryRules) {
        UserDictionary dictionary = dictionary(userDictionaryRules);
        this.readings = new Chains(() -> {
            Tokenizer t = new JapaneseTokenizer(dictionary, true, true, JapaneseTokenizer.Mode.SEARCH);
            TokenStream s = new JapaneseReadingFormFilter(t, false);
            s = new CJKWidthFilter(s);
            s = new JapaneseKatakanaUppercaseFilter(s);
            s = new JapaneseKatakanaStemFilter(s, 4);
            s = new LowerCaseFilter(s);
            return new Chain(t, s);
        });
        this.tokens = new Chains(() -> {
            Tokenizer t = new JapaneseTokenizer(dictionary, true, true, JapaneseTokenizer.Mode.SEARCH);
            return new Chain(t, t);
        });
    }

    /** A tokenizer and the last filter over it. */
    private record Chain(Tokenizer source, TokenStream sink) {
    }

    /** What is read from one word's tokens: adds the attributes it reads, resets the stream, reads every token. */
    private interface Reading<R> {
        R read(TokenStream s) throws IOException;
    }

    /**
     * Analysis chains kept for the next word, whichever thread reads it. A Lucene {@code Analyzer} keeps its chains
     * per thread, and the API serves each request on a new virtual thread: every request built a new Kuromoji
     * tokenizer (its lattice buffers) for each analyzer it used.
     */
    private static final class Chains {
        private final java.util.function.Supplier<Chain> factory;
        private final java.util.concurrent.ConcurrentLinkedDeque<Chain> idle =
                new java.util.concurrent.ConcurrentLinkedDeque<>();

        Chains(java.util.function.Supplier<Chain> factory) {
            this.factory = factory;
        }

        <R> R read(String text, Reading<R> reading) {
            Chain c = idle.pollFirst();
            if (c == null) {
                c = factory.get();
            }
            R out;
            // a chain that fails midway is left to the garbage collector, not used again
            try {
                c.source().setReader(new StringReader(text));
                out = reading.read(c.sink());
                c.sink().end();
                c.sink().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            idle.offerFirst(c);
            return out;
        }
    }

    private static UserDictionary dictionary(List<String> rules) {
        if (rules.isEmpty()) {
            return null;
        }
        try {
            return UserDictionary.open(new StringReader(String.join("\n", rules)));
        } catch (IOException e) {
            throw new IllegalStateException("user dictionary rules not readable: " + e.getMessage(), e);
        }
    }

    /**
     * One token of a word as Kuromoji's dictionary reads it.
     *
     * @param baseForm       the dictionary form of an inflected word; null when the token is not inflected or is
     *                       already in its dictionary form
     * @param inflectionForm 基本形, 連用形 …; null for a word that does not inflect
     * @param reading        its reading in katakana; null for a word the dictionary does not know
     */
    public record Morpheme(String surface, String partOfSpeech, String baseForm, String inflectionForm,
                           String reading) {
    }

    /** The tokens of {@code word} as the index splits it, with what the dictionary says of each. */
    public List<Morpheme> morphemes(String word) {
        return tokens.read(word, s -> {
            List<Morpheme> out = new java.util.ArrayList<>();
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = s.addAttribute(PartOfSpeechAttribute.class);
            BaseFormAttribute base = s.addAttribute(BaseFormAttribute.class);
            InflectionAttribute inflection = s.addAttribute(InflectionAttribute.class);
            ReadingAttribute reading = s.addAttribute(ReadingAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.add(new Morpheme(term.toString(), String.valueOf(pos.getPartOfSpeech()), base.getBaseForm(),
                        inflection.getInflectionForm(), reading.getReading()));
            }
            return out;
        });
    }

    /** Where the tokens of {@code word} begin and end (character offsets), as the index splits it. */
    public java.util.Set<Integer> cuts(String word) {
        return tokens.read(word, s -> {
            java.util.Set<Integer> out = new java.util.HashSet<>(java.util.List.of(0, word.length()));
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    s.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.add(offset.startOffset());
                out.add(offset.endOffset());
            }
            return out;
        });
    }

    /** The tokens of {@code word} as the index splits it, in order (水害対策: 水害, 対策). */
    public List<String> parts(String word) {
        List<Integer> at = new java.util.ArrayList<>(new java.util.TreeSet<>(cuts(word)));
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < at.size(); i++) {
            out.add(word.substring(at.get(i), at.get(i + 1)));
        }
        return out;
    }

    /**
     * The joined reading of {@code word}, or empty when it has no token or more than {@link #MAX_TOKENS} (no
     * shingle of the index can then equal it).
     */
    public java.util.Optional<String> of(String word) {
        java.util.Optional<String> known = read.get(word);
        if (known != null) {
            return known;
        }
        if (read.size() >= CACHED) {
            read.clear();
        }
        java.util.Optional<String> reading = reading(word);
        read.put(word, reading);
        return reading;
    }

    private java.util.Optional<String> reading(String word) {
        // 異体字 folded first, as the index's char filter does (山﨑 reads as 山崎)
        return readings.read(jp.meetingsearch.text.Variants.TABLE.fold(word), s -> {
            StringBuilder out = new StringBuilder();
            int count = 0;
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.append(term);
                count++;
            }
            return count == 0 || count > MAX_TOKENS ? java.util.Optional.<String>empty()
                    : java.util.Optional.of(out.toString());
        });
    }
}
