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
 * So does a title or seat with the name and 君 in brackets, {@code 議長(細川運一君) おはようございます。} (大衡村), from
 * {@link #MIN_NAMED} lines on.
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
    /**
     * 議長(細川運一君) おはようございます。, ３番(小川克也君): a title or seat with the name and its honorific in brackets,
     * alone on its line or before the speech.
     */
    private static final Pattern NAMED = Pattern.compile(
            "^[ 　]*([^\\s　（）()]{1,16})[（(]([^\\s　（）()]{1,10}?(?:[ 　][^\\s　（）()]{1,6}?)?)(君|議員)[）)](?:[ 　]+(\\S.*)|(?![、。，．,.・）)をがはのにともへで])(\\S.*))?[ 　]*$");
    /** So specific a form is taken for labels from this many lines on. */
    static final int MIN_NAMED = 2;
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
        int named = 0;
        int people = 0;
        java.util.Map<Integer, String> nameLines = new java.util.HashMap<>();
        List<String> column = new ArrayList<>(java.util.Collections.nCopies(lines.size(), (String) null));
        for (int i = 0; i < lines.size(); i++) {
            Matcher n = NAMED.matcher(lines.get(i));
            if (n.matches() && namedTitle(Width.fold(n.group(1)), lexicon)) {
                String speech = n.group(4) != null ? n.group(4) : n.group(5);
                out.set(i, "○" + Width.fold(n.group(1)) + "（" + n.group(2) + n.group(3) + "）"
                        + (speech == null ? "" : "　" + speech));
                named++;
                continue;
            }
            Matcher m = OPENING.matcher(lines.get(i));
            String label = m.matches() ? label(m, lexicon) : null;
            if (label != null) {
                Matcher member = MEMBER.matcher(label);
                // 星 議 員: a member by surname, written as the grammar reads it whatever the surname's length
                String written = member.matches() ? member.group(2) + "（" + member.group(1) + "君）" : label;
                column.set(i, "○" + written + "　" + m.group(2));
                marked++;
            } else if (m.matches() && fullName(m)) {
                // 杉山祐一  ちょっと…: a member by full name in the same column; taken only beside the titles
                String name = Width.fold(Cleaning.despace(m.group(1)));
                column.set(i, "○議員（" + name + "君）　" + m.group(2));
                nameLines.put(i, name);
            }
        }
        java.util.Map<String, Long> times = nameLines.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(n -> n, java.util.stream.Collectors.counting()));
        for (java.util.Map.Entry<Integer, String> e : nameLines.entrySet()) {
            if (times.get(e.getValue()) >= 2) {
                people++;
            } else {
                // a name that opens one line only (a nominee the mayor reads out) is the speaker's words
                column.set(e.getKey(), null);
            }
        }
        if (marked < MIN_LABELS && named < MIN_NAMED) {
            return Optional.empty();
        }
        if (marked >= MIN_LABELS) {
            // the column's labels, where there are enough of them to be no chance
            marked += people;
            for (int i = 0; i < lines.size(); i++) {
                if (column.get(i) != null) {
                    out.set(i, column.get(i));
                }
            }
        } else {
            marked = 0;
        }
        String joined = String.join("\n", out);
        return Optional.of(new Marked(text.endsWith("\n") ? joined + "\n" : joined, marked + named,
                marked >= MIN_LABELS));
    }

    /**
     * The text with marks added, and how many lines were marked; {@code column}: speakers printed in a column were
     * marked, not only labels with the name in brackets.
     */
    record Marked(String text, int labels, boolean column) {
    }

    /** 議長, 総務課長, ３番: the words before a bracketed name that make it a speaker's label. */
    private static boolean namedTitle(String head, TitleLexicon lexicon) {
        return head.matches("[0-9]{1,3}番") || SpeakerLabels.lettersOnly(head) && !lexicon.isHeading(head)
                && !lexicon.headsOf(head).isEmpty();
    }

    /**
     * Whether the line opens with a person's full name and then speech: a surname and a given name by the dictionary
     * and nothing else in the word (杉山祐一), as a column of speakers prints a member without a title.
     */
    private static boolean fullName(Matcher m) {
        String word = Width.fold(Cleaning.despace(m.group(1)));
        if (!SPEECH.matcher(m.group(2)).matches() || word.length() < 3 || !SpeakerLabels.lettersOnly(word)
                || LIST_AFTER.matcher(m.group(2)).lookingAt()) {
            // 山田太郎  議員、佐藤次郎  議員: names read out in a list, not labels
            return false;
        }
        List<PersonNames.Token> words = PersonNames.tokens(word);
        return words.size() >= 2 && words.getFirst().isSurname() && words.getLast().isGivenName()
                && words.getLast().end() == word.length() && words.stream().allMatch(PersonNames.Token::isPerson);
    }

    /** What follows a name read out in a list: its title or honorific. */
    private static final Pattern LIST_AFTER = Pattern.compile("(?:議員|委員|君|さん|氏|様)");

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
