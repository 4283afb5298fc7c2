package jp.meetingsearch.minutes;

import jp.meetingsearch.text.Variants;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds where a person's name ends when a record writes name and title together (山田市民生活部長, 高橋課長) and
 * tells it from a title alone (市民協働課長, 福祉課長), using Kuromoji's dictionary, which knows common surnames
 * and given names (名詞-固有名詞-人名). A name the dictionary does not know is not found: the whole text then stays
 * the title, which loses the name but never invents one.
 */
final class PersonNames {
    private static final String PERSON = "名詞-固有名詞-人名";

    private PersonNames() {
    }

    /** One word as Kuromoji cuts a text: where it starts and ends and its part of speech. */
    record Token(int start, int end, String pos) {
        boolean isPerson() {
            return pos != null && pos.startsWith(PERSON);
        }

        /** A surname by the dictionary (名詞-固有名詞-人名-姓). */
        boolean isSurname() {
            return isPerson() && pos.endsWith("姓");
        }

        /** A given name by the dictionary (名詞-固有名詞-人名-名). */
        boolean isGivenName() {
            return isPerson() && pos.endsWith("名");
        }

        /**
         * A word that cannot be part of a name: a common noun of two letters or more, a suffix, a prefix, a
         * particle. Words in kana alone are never held against a name: Kuromoji cuts kana names anyhow (おのせ).
         */
        boolean isCommonWord(String text) {
            if (pos == null || text.substring(start, end).codePoints().allMatch(PersonNames::isKana)) {
                return false;
            }
            boolean longNoun = end - start >= 2 && (pos.startsWith("名詞-一般") || pos.startsWith("名詞-サ変接続")
                    || pos.startsWith("名詞-形容動詞語幹") || pos.startsWith("名詞-副詞可能")
                    || pos.startsWith("名詞-固有名詞-組織"));
            return longNoun || pos.startsWith("名詞-接尾") || pos.startsWith("接頭詞") || pos.startsWith("助詞")
                    || pos.startsWith("助動詞") || pos.startsWith("記号") || pos.startsWith("名詞-数");
        }
    }

    /** A department's head or deputy: 健康福祉部長, 介護保険課長, 産業経済部次長, 企画課課長補佐. */
    private static final Pattern DEPARTMENT_POST = Pattern.compile(".{2,}[部課局室](?:次?長|長補佐|参事)");

    /**
     * Where the surname ends in a surname glued to a department's post whose first word the dictionary reads as a
     * given name there and as a common word when the post stands alone (田中|健康福祉部長), else 0.
     */
    static int surnameBeforeDepartmentPost(String label) {
        List<Token> words = tokens(label);
        if (words.size() < 3 || !words.get(0).isSurname() || !words.get(1).isGivenName()) {
            return 0;
        }
        String post = label.substring(words.get(0).end());
        if (!DEPARTMENT_POST.matcher(post).matches()) {
            return 0;
        }
        List<Token> alone = tokens(post);
        return !alone.isEmpty() && alone.getFirst().isCommonWord(post) ? words.get(0).end() : 0;
    }

    static boolean isKana(int c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA || c == 'ー';
    }

    /**
     * The words of {@code text} as Kuromoji's normal mode cuts them, its variant characters read in their usual
     * form (髙橋 as 高橋, 山﨑 as 山崎: the dictionary knows the names in that form); the offsets are those of
     * {@code text}.
     */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        String usual = Variants.TABLE.fold(text);
        try (JapaneseTokenizer t = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            // a fold that changes the length (a character outside the BMP) would shift the offsets: read as written
            t.setReader(new StringReader(usual.length() == text.length() ? usual : text));
            PartOfSpeechAttribute pos = t.addAttribute(PartOfSpeechAttribute.class);
            OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
            t.reset();
            while (t.incrementToken()) {
                out.add(new Token(offset.startOffset(), offset.endOffset(), pos.getPartOfSpeech()));
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether the whole of {@code word} is a person's name as the dictionary reads it (佐藤, 坂田; not 説明員). */
    static boolean isName(String word) {
        return leadingName(word + "。").filter(word::equals).isPresent();
    }

    /** The person's name at the start of {@code text} (surname, with a given name when one follows), if any. */
    static Optional<String> leadingName(String text) {
        try (JapaneseTokenizer t = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            t.setReader(new StringReader(text));
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = t.addAttribute(PartOfSpeechAttribute.class);
            OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
            t.reset();
            int end = 0;
            boolean surname = false;
            while (t.incrementToken()) {
                String tag = pos.getPartOfSpeech();
                if (tag == null || !tag.startsWith(PERSON) || offset.startOffset() != end) {
                    break;
                }
                if (tag.endsWith("姓")) {
                    if (surname) {
                        break;
                    }
                    surname = true;
                } else if (!surname) {
                    break; // a given name alone at the start is rarely a person here (e.g. 正, 勝)
                }
                end = offset.endOffset();
                if (term.length() == 0) {
                    break;
                }
            }
            t.end();
            return end > 0 && end < text.length() ? Optional.of(text.substring(0, end)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
