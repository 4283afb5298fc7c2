package jp.meetingsearch.minutes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;

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
