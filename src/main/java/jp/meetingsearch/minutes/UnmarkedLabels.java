package jp.meetingsearch.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.meetingsearch.text.Width;

/**
 * Records that print the speaker in a column of its own, without a mark: {@code 議 長 おはようございます。},
 * {@code 佐藤議員 令和６年第４回…}, {@code 星 議 員 それでは一般質問…} (南幌町). Where a record has no ○ label at all and
 * at least {@link #MIN_LABELS} lines open so, those lines are given the mark the label grammar reads
 * ({@code ○議長　おはようございます。}); the lines and their count stay as they were.
 * <p>
 * A line opens with a speaker when its first word (letter-spaced or not) is a title of the title lexicon or a surname
 * with 議員 or 委員 after it, and what follows is speech: a sentence mark (。、) or a run of eight letters. The lists of
 * the preamble ({@code 税 務 課 長 渡 辺 廣 貴 保健福祉課長 谷 藤 朋 代}) have neither after their first word.
 */
final class UnmarkedLabels {
    /** Fewer such lines are taken for chance: a line of speech that happens to open with a title and a space. */
    static final int MIN_LABELS = 5;

    /** The first word (up to six letters one space apart, or two to ten letters), one or more spaces, the rest. */
    private static final Pattern OPENING = Pattern.compile(
            "^[ 　]*((?:\\S[ 　]){1,5}\\S|\\S{2,10})[ 　]+(\\S.*)$");
    private static final Pattern SPEECH = Pattern.compile(".*(?:[。、]|[^\\s　]{8}).*");
    private static final Pattern MEMBER = Pattern.compile("^(\\p{IsHan}{1,4})(議員|委員)$");
    /** A line a ○ label opens, after the number some systems give each speech (2 ◯座長…, 2: ◯…). */
    private static final Pattern SPEAKER_MARK = Pattern.compile("^[\\s　]*(?:[0-9]{1,5}[:：.．)）]?[\\s　]+)?[○〇◯]");

    private UnmarkedLabels() {
    }

    /**
     * The text with a mark before each unmarked label, and how many were marked; empty when none is to be, and for a
     * record printed as a table ({@link TableLayout}), which reads its speaker column itself.
     */
    static Optional<Marked> mark(String text, TitleLexicon lexicon) {
        List<String> lines = text.lines().toList();
        for (String line : lines) {
            if (SPEAKER_MARK.matcher(line).lookingAt()) {
                return Optional.empty();
            }
        }
        if (TableLayout.isTable(lines)) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(lines);
        int marked = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = OPENING.matcher(lines.get(i));
            String label = m.matches() ? label(m, lexicon) : null;
            if (label != null) {
                Matcher member = MEMBER.matcher(label);
                // 星 議 員: a member by surname, written as the grammar reads it whatever the surname's length
                String written = member.matches() ? member.group(2) + "（" + member.group(1) + "君）" : label;
                out.set(i, "○" + written + "　" + m.group(2));
                marked++;
            }
        }
        if (marked < MIN_LABELS) {
            return Optional.empty();
        }
        String joined = String.join("\n", out);
        return Optional.of(new Marked(text.endsWith("\n") ? joined + "\n" : joined, marked));
    }

    /** The text with marks added, and how many lines were marked. */
    record Marked(String text, int labels) {
    }

    /** The speaker a line opens with ({@link #OPENING}, matched), without its letter spacing, or null. */
    private static String label(Matcher m, TitleLexicon lexicon) {
        if (!SPEECH.matcher(m.group(2)).matches()) {
            return null;
        }
        String word = Width.fold(Cleaning.despace(m.group(1)));
        if (word.length() < 2 || !SpeakerLabels.lettersOnly(word) || lexicon.isHeading(word)) {
            return null;
        }
        if (!lexicon.headsOf(word).isEmpty() || MEMBER.matcher(word).matches()) {
            return word;
        }
        return null;
    }
}
