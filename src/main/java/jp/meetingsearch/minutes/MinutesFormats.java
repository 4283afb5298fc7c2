package jp.meetingsearch.minutes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the two formats apart: a summary (会議概要) has header rows and 【役割】 blocks; a verbatim record (会議録)
 * has speaker lines starting with ○, 〇, ◯, ◎ or ◆ that the label grammar ({@link SpeakerLabels}) reads as turns.
 */
public final class MinutesFormats {
    private MinutesFormats() {
    }

    private static final Pattern ROLE_MARKER = Pattern.compile("^[\\s　]*【[^】]{1,24}】");

    /** The format of a text, or empty when it shows neither. */
    public static Optional<MinutesFormat> detect(String text) {
        // trailing empty lines, which split() without a limit drops, match none of the patterns below
        SpeakerLabels labels = new SpeakerLabels(TitleLexicon.shared(), KnownPeople.of(List.of(), TitleLexicon.shared()));
        // a label a line break cut in two (○ / 白石孝雄 議長) counts as the one label it is
        String[] lines = VerbatimParser.joinSplitLabels(List.of(MinutesSource.split(text)), labels)
                .toArray(String[]::new);
        int markers = 0;
        int speakers = 0;
        int dotted = 0;
        int headerRows = 0;
        int alone = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (isSpeakerAlone(labels, lines, i)) {
                alone++;
            }
            // the patterns start with ^: lookingAt() finds what find() would, without trying every position
            if (ROLE_MARKER.matcher(l).lookingAt() || isWrittenSpeaker(labels, l)) {
                markers++;
            }
            if (SpeakerLabels.isMarked(l) && isTurn(labels, l)) {
                speakers++;
            } else if (isDottedTurn(labels, l)) {
                dotted++;
            }
            if (i < 80 && HeaderRows.match(l, i + 1).isPresent()) {
                headerRows++;
            }
        }
        if (TableLayout.isTable(List.of(lines))) {
            return Optional.of(MinutesFormat.VERBATIM);
        }
        if (speakers >= 2 && speakers > markers) {
            return Optional.of(MinutesFormat.VERBATIM);
        }
        if (dotted >= MIN_DOTTED && dotted > 2 * markers) {
            // ●議長 / ●副町長 on lines of their own: a verbatim record that marks every speaker with ●, or its
            // officials with ● beside a chair's ◎ (鳥取県議会)
            return Optional.of(MinutesFormat.VERBATIM);
        }
        if (alone >= MIN_ALONE) {
            // 事務局 / 座長 / 山田会長 on lines of their own, each above its sentences: a summary's speakers
            markers += alone;
        }
        if (markers >= 1 || headerRows >= 2) {
            return Optional.of(MinutesFormat.SUMMARY);
        }
        return speakers >= 1 ? Optional.of(MinutesFormat.VERBATIM) : Optional.empty();
    }

    /**
     * 委員長（相馬君）：…, 本間君:…, （事務局）…, 委員)…: a summary's speaker before a colon, in brackets, or before a
     * closing bracket alone.
     */
    private static final Pattern WRITTEN_SPEAKER = Pattern.compile(
            "^[\\s　]*(?:([^\\s　：:。、（）()]{1,16})(?:[（(][^（）()：:]{1,12}[）)])?[\\s　]*[：:]|[（(]([^（）()。、]{1,16})[）)]"
            + "|([^\\s　：:。、（）()]{2,16})[）)])");

    private static boolean isWrittenSpeaker(SpeakerLabels labels, String line) {
        char first = Cleaning.firstNonSpace(line);
        if (first != '（' && first != '(' && line.indexOf('：') < 0 && line.indexOf(':') < 0
                && line.indexOf(')') < 0 && line.indexOf('）') < 0) {
            // neither a colon nor a bracket: the pattern cannot match
            return false;
        }
        Matcher m = WRITTEN_SPEAKER.matcher(line);
        if (!m.lookingAt()) {
            return false;
        }
        String label = SpeakerLabels.fold(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                : m.group(3));
        Optional<SpeakerLabels.Person> who = SpeakerLabels.lettersOnly(label) ? labels.gluedLabel(label)
                : Optional.empty();
        // before a closing bracket alone, a title (委員), not a name: 渡邉一夫君) is the rest of a label that a line
        // break cut after 議長(
        return who.isPresent() && (m.group(3) == null || who.get().name() == null && who.get().seat() == null);
    }

    /** So many speakers alone on their lines at least before they mark a summary's turns rather than headings. */
    private static final int MIN_ALONE = 2;

    /**
     * 事務局, 座長, 山田会長, 久野会長(飛島村村長), 事務局) alone on a line, and a sentence on the next line that is not
     * blank: a summary that writes each speaker above their words, with no mark.
     */
    private static boolean isSpeakerAlone(SpeakerLabels labels, String[] lines, int i) {
        // • 近藤農産企画課課長補佐: a page's list bullet before the speaker
        String t = BULLET_MARK.matcher(Cleaning.strip(Cleaning.stripMarkup(lines[i]))).replaceFirst("");
        if (t.isEmpty() || t.length() > 30) {
            return false;
        }
        if ((t.endsWith(")") || t.endsWith("）")) && t.indexOf('(') < 0 && t.indexOf('（') < 0) {
            // 事務局) alone: the same, written with a closing bracket
            t = t.substring(0, t.length() - 1);
        }
        Matcher post = SpeakerLabels.OTHER_POST.matcher(t);
        boolean withPost = post.matches() && SpeakerLabels.endsAsAPost(post.group(2));
        String label = SpeakerLabels.fold(withPost ? post.group(1) : t);
        if (!SpeakerLabels.lettersOnly(label) || label.length() > 16 || labels.gluedLabel(label).isEmpty()) {
            return false;
        }
        return Cleaning.nextLine(java.util.Arrays.asList(lines), i).contains("。");
    }

    /** A list bullet of a page saved as text, before the speaker alone on the line. */
    private static final Pattern BULLET_MARK = Pattern.compile("^[•・･▪◦][\\s　]*");

    /** So many ● labels at least before ● marks a verbatim record's speakers rather than a summary's points. */
    private static final int MIN_DOTTED = 3;

    /** ●議長, ●副町長: a ● line the label grammar reads as a turn. */
    private static boolean isDottedTurn(SpeakerLabels labels, String line) {
        String l = Cleaning.stripMarkup(line);
        if (!l.strip().startsWith("●")) {
            return false;
        }
        Optional<SpeakerLabels.Label> label = labels.read(l);
        return label.isPresent() && label.get().kind() == SpeakerLabels.Kind.TURN;
    }

    /** A speaker's turn by the label grammar; ● and ◇ open bullets of summaries as often, so they do not count. */
    private static boolean isTurn(SpeakerLabels labels, String line) {
        String l = Cleaning.stripMarkup(line);
        if (l.strip().startsWith("●") || l.strip().startsWith("◇")) {
            return false;
        }
        Optional<SpeakerLabels.Label> label = labels.read(l);
        return label.isPresent() && label.get().kind() == SpeakerLabels.Kind.TURN;
    }
}
