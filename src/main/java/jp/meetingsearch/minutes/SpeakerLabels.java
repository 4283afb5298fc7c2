package jp.meetingsearch.minutes;

import jp.meetingsearch.text.Width;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of the speaker labels of verbatim records. After a mark (○ 〇 ◯ ◎ ◆ ◇ ●) a label is one of
 * <ul>
 *   <li>title（name）: ○議長（山田太郎君）, ○市長（櫻田　宏）, ◆委員（石田誠）, ○事務局（都市計画課長）, and with the
 *       duty of a post in the brackets ○大西上下水道部経営総務室主幹（庶務料金事務担当）;</li>
 *   <li>seat（name）: ○３番（高木直良君）, ○２２番（筒井たかひさ議員）, ○18番議員（山下富美子） — a member, role 議員
 *       (委員 where the label says so), the seat kept;</li>
 *   <li>（name title）: ○（伊藤よしのり議長）, ○（植竹　貴副区長）, ○（北野　実議員）;</li>
 *   <li>name and title glued: ○山田市長, ○佐藤総務部長, ○おのせ康裕議長, ○安倍内閣総理大臣, or a title alone
 *       (○議長, ○総務部長);</li>
 *   <li>name with an honorific only: ○小林一郎君 — a member, role 議員.</li>
 * </ul>
 * The speech follows after spaces, directly after the closing bracket, or on the next lines. Where name and title
 * are glued, every split is weighed: the title must end with a word of the {@link TitleLexicon}; the name gains
 * from the record's lists ({@link KnownPeople}) and from Kuromoji's person-name tags, and loses where Kuromoji
 * sees a common word in it (総務|部長 is a title, not a person 総務). A label that starts with a heading word
 * (○議事日程, ◎出席議員) is a heading; a line that looks like a label but fits no form is reported, never read as
 * speech.
 */
final class SpeakerLabels {
    /** What a marked line is. */
    enum Kind { TURN, HEADING, UNREADABLE }

    /**
     * A person as the label names them: name (null when the label gives none), title as written (width-folded,
     * spaces removed, a duty in brackets kept), seat number, and the word whose role group applies when the title
     * is spoken for another (事務局（都市計画課長） → 事務局).
     */
    record Person(String name, String title, Integer seat, String groupFrom) {
    }

    /** A marked line: a turn with its speech, a heading, or a label that could not be read ({@code problem}). */
    record Label(Kind kind, Person who, String speech, String written, String problem) {
    }

    static final String MARKS = "○〇◯◎◆◇●";
    /** The marks that open a speaker's turn and nothing else: a line they open that fits no form is reported. */
    private static final String SPEAKER_MARKS = "○〇◯";
    /** A title glued to a name that a closing bracket ends, its opening one lost: 委員長鈴木和美), 委員長北田 織君). */
    private static final Pattern UNOPENED = Pattern.compile("^([^\\s　【】（）()]{3,20}(?:[\\s　][^\\s　【】（）()]{1,6})?)[）)](.*)$",
            Pattern.DOTALL);
    /** A title, then the name in 【】: 議長【及川栄吉君】. */
    private static final Pattern TITLE_LENTICULAR = Pattern.compile("^([^\\s　【】（）()]{1,16})【([^【】（）()]{1,20})】(.*)$",
            Pattern.DOTALL);
    private static final Pattern BRACKET_FIRST = Pattern.compile("^[（(]([^（）()]{1,40})[）)](.*)$", Pattern.DOTALL);
    private static final Pattern HEAD_BRACKET = Pattern.compile(
            "^([^\\s　（()）]{1,40}?)[\\s　]?[（(]([^（）()]{1,40})[）)](.*)$", Pattern.DOTALL);
    private static final Pattern TWIN_LABEL = Pattern.compile(
            "^([^\\s　（()）]{1,6})[（(]([^（）()\\s　]{1,3})[）)]([^\\s　（()）]{1,12})((?:[\\s　].*)?)$", Pattern.DOTALL);
    /** 久野会長(飛島村村長): a name and title alone on its line, and another post of the speaker's in brackets. */
    static final Pattern OTHER_POST = Pattern.compile("^([^\\s　（）()：:。、]{2,16})[（(]([^\\s　（）()：:。、]{2,16})[）)]$");
    /** （説明）, （資料により説明）, （朗読）, （説明省略）: the recorder's note of what the speaker did, not a name or duty. */
    private static final Pattern RECORDERS_NOTE = Pattern.compile("^[^（）()]{0,20}?(?:説明|朗読|報告|答弁|省略)(?:する|した)?。?$");
    private static final Pattern SEAT = Pattern.compile("^([0-9]{1,3}|[一二三四五六七八九十百]{1,5})番(.*)$");
    private static final Pattern MEMBER_WORD = Pattern.compile("(議員|委員)$");
    private static final Pattern MEMBER_ALONE = Pattern.compile("議員|委員");
    /** A duty written in brackets after a post: (庶務料金事務担当), (兼農業委員会事務局長). */
    private static final Pattern DUTY = Pattern.compile(".*(担当|事務|業務|兼|併任|代理|事務取扱).*");
    /** 〇　第　１　日, ○第２号: the day or issue of a record, letter-spaced or not. */
    private static final Pattern DAY_HEADING = Pattern.compile("^第[0-9一二三四五六七八九十]+[日号回].*");
    /** A title acting for another post: …部長事務取扱, …課長兼務, …職務代理. */
    private static final Pattern ACTING = Pattern.compile("^(.+?)(事務取扱|兼務|事務代理|職務代理|心得)$");
    private static final int MIN_NAME_EVIDENCE = 4;
    private static final int NO = Integer.MIN_VALUE / 2;

    private final TitleLexicon lexicon;
    private final KnownPeople people;
    private final Map<String, Optional<Person>> glued = new HashMap<>();
    private final Map<String, List<PersonNames.Token>> tokens = new HashMap<>();
    /** How many labels of this record were read as a name, a space and a title (◎今井　税制課長). */
    private int namesBeforeTitles;
    /** How many labels of this record were read as a name glued to a title (友枝生活衛生課長, 野原隆士委員長). */
    private int gluedNames;

    SpeakerLabels(TitleLexicon lexicon, KnownPeople people) {
        this.lexicon = lexicon;
        this.people = people;
    }

    /** The one person the record's lists give with this title (○副町長 → 碓井直樹), or null. */
    String listedName(String title) {
        return people.nameOf(title);
    }

    /** The one person the record's members list gives this seat (３番 篠 田 茂 美 → 篠田茂美), or null. */
    String seatName(int seat) {
        return people.nameOfSeat(seat);
    }

    /** Whether the line starts (after spaces) with one of the marks labels and headings use. */
    static boolean isMarked(String line) {
        int i = markAt(line);
        return i < line.length() && MARKS.indexOf(line.charAt(i)) >= 0;
    }

    /**
     * Where the mark of a line stands: after leading spaces, and after the number some systems give each speech
     * (DiscussNet: "2 ◯座長（浅田五郎君）", dbsr.jp: "2: ◯委員長").
     */
    private static int markAt(String line) {
        int i = wordStart(line, 0);
        int digits = i;
        while (digits < line.length() && digits - i < 5 && (Character.isDigit(line.charAt(digits)))) {
            digits++;
        }
        if (digits > i && digits < line.length() && ":：.．)）".indexOf(line.charAt(digits)) >= 0) {
            digits++;
        }
        if (digits > i && digits < line.length() && Cleaning.isSpace(line.charAt(digits))) {
            int j = wordStart(line, digits);
            if (j < line.length() && MARKS.indexOf(line.charAt(j)) >= 0) {
                return j;
            }
        }
        return i;
    }

    /** The marked line read as a label; empty when it is not marked, or marked text that is no label (a bullet). */
    Optional<Label> read(String line) {
        int i = markAt(line);
        if (i >= line.length() || MARKS.indexOf(line.charAt(i)) < 0) {
            return Optional.empty();
        }
        char mark = line.charAt(i);
        boolean speakerMark = SPEAKER_MARKS.indexOf(mark) >= 0;
        String rest = Cleaning.strip(line.substring(i + 1));
        if (rest.isEmpty()) {
            return Optional.of(new Label(Kind.HEADING, null, "", "", null));
        }
        String folded = Width.fold(rest);
        Matcher lenticular = TITLE_LENTICULAR.matcher(folded);
        if (lenticular.matches()) {
            // ◯議長【及川栄吉君】: the name in lenticular brackets, as others write it in round ones
            folded = lenticular.group(1) + "（" + lenticular.group(2) + "）" + lenticular.group(3);
        }
        Matcher unopened = UNOPENED.matcher(folded);
        if (unopened.matches()) {
            // ○委員長鈴木和美) ただいまから…: the bracket before the name was lost; a title of its own starts the label
            String t = unopened.group(1);
            for (int p = Math.min(8, t.length() - 1); p >= 2; p--) {
                String head = fold(t.substring(0, p));
                String name = fold(t.substring(p));
                boolean title = lexicon.isTitle(head) || !lexicon.headsOf(head).isEmpty() && !lexicon.isHeading(head)
                        && PersonNames.leadingName(name + "。").isPresent();
                if (title && lettersOnly(name)) {
                    // 行政課長深津広明): a department's title, and a name the dictionary knows after it
                    folded = t.substring(0, p) + "（" + t.substring(p) + "）" + unopened.group(2);
                    break;
                }
            }
        }
        if (DAY_HEADING.matcher(fold(rest)).matches()) {
            return heading(rest);
        }
        Matcher first = BRACKET_FIRST.matcher(folded);
        if (first.matches()) {
            String inner = fold(first.group(1));
            if (lexicon.isHeading(inner)) {
                return heading(rest);
            }
            Optional<Person> p = inside(inner);
            if (p.isPresent()) {
                return turn(p.get(), first.group(2), folded.substring(0, folded.length() - first.group(2).length()));
            }
            return speakerMark && nameLike(inner) ? unreadable(rest, "（" + first.group(1) + "）") : notALabel(mark);
        }
        Matcher twin = TWIN_LABEL.matcher(folded);
        if (twin.matches() && lexicon.isTitle(fold(twin.group(3))) && lettersOnly(fold(twin.group(1)))) {
            // ○上田（卓）委員: a bracket after the surname tells two members of one name apart
            Person p = new Person(fold(twin.group(1)) + "(" + fold(twin.group(2)) + ")", fold(twin.group(3)), null,
                    null);
            return turn(p, twin.group(4), folded.substring(0, folded.length() - twin.group(4).length()));
        }
        Matcher hb = HEAD_BRACKET.matcher(folded);
        if (hb.matches()) {
            String head = fold(hb.group(1));
            String inner = fold(hb.group(2));
            if (lexicon.isHeading(head)) {
                return heading(rest);
            }
            boolean note = RECORDERS_NOTE.matcher(inner).matches();
            Optional<Person> p = note ? Optional.empty()
                    : headAndBracket(head, inner, Width.normalize(hb.group(2)).replace(" ", ""));
            if (p.isPresent()) {
                return turn(p.get(), hb.group(3), folded.substring(0, folded.length() - hb.group(3).length()));
            }
            Optional<Person> alone = note || Cleaning.isStageDirection("（" + hb.group(2) + "）")
                    && hb.group(3).isBlank() ? gluedLabel(head) : Optional.empty();
            if (alone.isPresent()) {
                // ○局長　（朗読する。）: the title, then what the speaker does in brackets, no name
                return turn(alone.get(), "（" + hb.group(2) + "）" + hb.group(3), head);
            }
            if (speakerMark && nameLike(inner) && !hasDigit(head) || lexicon.honorificOf(inner) != null) {
                return unreadable(rest, hb.group(1) + "（" + hb.group(2) + "）");
            }
            return notALabel(mark);
        }
        int end = wordEnd(folded, 0);
        int equals = equalsSign(folded, end);
        if (equals > 0) {
            // ◯米倉委員長=ただいまから…: an equals sign between the label and the speech, as a space elsewhere
            Optional<Person> before = gluedLabel(fold(folded.substring(0, equals)));
            if (before.isPresent()) {
                return turn(before.get(), folded.substring(equals + 1), folded.substring(0, equals));
            }
        }
        String token = fold(folded.substring(0, end));
        if (lexicon.isHeading(token)) {
            return heading(rest);
        }
        Optional<Person> p = gluedLabel(token);
        if (p.isPresent()) {
            if (p.get().name() == null) {
                // ○３番　高木直良君　…, ○議長　山田太郎君　…: the name after the title or seat, with its honorific
                Optional<Label> named = nameAfter(p.get(), folded, end);
                if (named.isPresent()) {
                    return named;
                }
            }
            return turn(p.get(), folded.substring(end), folded.substring(0, end));
        }
        if (end == folded.length()) {
            // no space at all: the speech may follow the title directly (○議長これより会議を開きます。)
            Optional<Label> joined = speechGlued(folded);
            if (joined.isPresent()) {
                return joined;
            }
        }
        Optional<Label> spaced = nameSpaceTitle(folded, end, token);
        if (spaced.isPresent()) {
            return spaced;
        }
        String speech = Cleaning.strip(folded.substring(end));
        if (speakerMark && (!speech.isEmpty() || endsAsAPost(token)) && token.length() <= 16 && !hasDigit(token)
                && nameLike(token)) {
            // a name and a title no entry knows: ○増田内閣府少子化担当参事官 alone on its line, or before the speech
            return unreadable(rest, folded.substring(0, end));
        }
        return notALabel(mark);
    }

    /**
     * Whether the text after 兼 is a second post and nothing else: kanji or katakana only (首席監察官, 総務部長), ending as
     * posts do; 兼子委員。 and 兼ねてより… are not.
     */
    static boolean isJoinedPost(String s) {
        return !s.isEmpty() && s.length() <= 16 && endsAsAPost(s) && s.codePoints().allMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || c == 'ー' || c == '・');
    }

    /** The last characters of words naming a person's post (参事官, 係長, 保健師, 代表): 資料確認 is none. */
    static final String POST_ENDS = "官長員者師士授事監役人表司";

    /**
     * A question's or an answer's letter before a speaker alone on the line, as summaries of questions and answers
     * write them: {@code Q 片桐委員}, {@code A 鈴木道路建設課長}, {@code Ｑ：山田委員}, {@code 問 佐藤委員}.
     */
    static final Pattern QA_LABEL = Pattern.compile(
            "^[\\s　]*(?:[QＱAＡ問答])(?:[\\s　]+|[\\s　]*[.．:：][\\s　]*)([^\\s　、。]{2,16})[\\s　]*$");

    /**
     * The label of a question's or an answer's speaker ({@code Q 片桐委員}) written as a marked label
     * ({@code ○片桐委員}) when what follows the letter reads as a speaker; else the line as it is.
     */
    String questionOrAnswerLabel(String line) {
        Matcher qa = QA_LABEL.matcher(line);
        if (!qa.matches()) {
            return line;
        }
        String marked = "○" + qa.group(1);
        Optional<Label> l = read(marked);
        return l.isPresent() && l.get().kind() == Kind.TURN ? marked : line;
    }

    private static boolean isKanji(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether a word ends as the words naming a person's post do. */
    static boolean endsAsAPost(String word) {
        return !word.isEmpty() && POST_ENDS.indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    private Optional<Label> turn(Person p, String speech, String written) {
        return Optional.of(new Label(Kind.TURN, p, Cleaning.strip(speech), Cleaning.strip(written), null));
    }

    private static Optional<Label> heading(String rest) {
        return Optional.of(new Label(Kind.HEADING, null, "", Cleaning.strip(rest), null));
    }

    private static Optional<Label> unreadable(String rest, String label) {
        return Optional.of(new Label(Kind.UNREADABLE, null, rest.substring(Math.min(rest.length(), label.length())),
                label, "'" + label + "' looks like a speaker label but is no title, seat or name the label grammar "
                + "knows (add the title to " + TitleLexicon.DEFAULT_FILE + ")"));
    }

    /** ◎, ◆ and ● open headings as often as speakers; ○ text that is no label is a bullet of the speech. */
    private static Optional<Label> notALabel(char mark) {
        return SPEAKER_MARKS.indexOf(mark) >= 0 ? Optional.empty()
                : Optional.of(new Label(Kind.HEADING, null, "", "", null));
    }

    /** （name title）, （name君）, （name議員）. */
    private Optional<Person> inside(String inner) {
        return gluedLabel(inner);
    }

    /** title（name）, seat（name）, title（title） spoken for another, name-and-title（duty）. */
    private Optional<Person> headAndBracket(String head, String inner, String innerAsWritten) {
        Matcher seat = SEAT.matcher(head);
        if (seat.matches() && (seat.group(2).isEmpty() || MEMBER_ALONE.matcher(seat.group(2)).matches())) {
            // ○３番（高木直良君）, ○18番議員（山下富美子）: the seat, with or without the word for a member
            String name = nameOf(inner);
            String title = seat.group(2).isEmpty() ? "議員" : seat.group(2);
            return name == null ? Optional.empty()
                    : Optional.of(new Person(name, title, Numbers.parse(seat.group(1)), null));
        }
        Optional<Person> h = gluedLabel(head);
        if (h.isEmpty() || h.get().seat() != null && h.get().name() != null) {
            return Optional.empty();
        }
        Person who = h.get();
        boolean honorific = lexicon.honorificOf(inner) != null || MEMBER_WORD.matcher(inner).find();
        String named = who.name() == null && !honorific ? withoutOwnTitle(who.title(), inner) : null;
        if (named != null) {
            // 町長（若狹町長）, 総合政策課長（三浦課長）: a surname and the head's own title word after it, as 議員 after
            // a member's
            people.addName(named);
            return Optional.of(new Person(named, who.title(), who.seat(), null));
        }
        if (who.name() != null && !honorific) {
            // the name is in the head already: the brackets hold the duty of the post
            return Optional.of(new Person(who.name(), who.title() + "(" + innerAsWritten + ")", who.seat(), null));
        }
        if (!honorific) {
            Optional<Person> in = gluedLabel(inner);
            if (in.isPresent() && in.get().name() == null && !people.isName(inner)) {
                // 事務局（都市計画課長）: the title in brackets speaks for the head's body
                return Optional.of(new Person(null, in.get().title(), null, who.title()));
            }
            if (DUTY.matcher(inner).matches()) {
                return Optional.of(new Person(null, who.title() + "(" + innerAsWritten + ")", who.seat(), null));
            }
        }
        String name = nameOf(inner);
        if (name == null) {
            return Optional.empty();
        }
        people.addName(name);
        // the brackets name the person with an honorific: the whole head is the title (水道局長, not 水道 + 局長)
        String title = who.name() != null && honorific && who.seat() == null ? head : who.title();
        return Optional.of(new Person(name, title, who.seat(), null));
    }

    /**
     * The name in {@code inner} when it is a name followed by the last word of {@code title} (三浦課長 after
     * 総合政策課長, 若狹町長 after 町長); null when the brackets hold a title of their own (建設部長（土木部長）: 土木 is a
     * common word, not a surname) or no such word ends them.
     */
    private String withoutOwnTitle(String title, String inner) {
        String word = null;
        for (String h : lexicon.headsOf(inner)) {
            if (title.endsWith(h) && (word == null || h.length() > word.length())) {
                word = h;
            }
        }
        if (word == null || lexicon.isTitle(inner) || people.isTitle(inner)) {
            return null;
        }
        String name = inner.substring(0, inner.length() - word.length());
        if (name.isEmpty() || name.length() > 6 || !lettersOnly(name) || !lexicon.headsOf(name).isEmpty()) {
            return null;
        }
        for (PersonNames.Token w : tokens.computeIfAbsent(name, PersonNames::tokens)) {
            if (w.end() - w.start() > 1 && w.isCommonWord(name)) {
                return null;
            }
        }
        return name;
    }

    /** A name in brackets, honorific (君, 議員 after a title) removed; null when it is not a name. */
    private String nameOf(String inner) {
        String n = inner;
        String h = lexicon.honorificOf(n);
        if (h != null) {
            n = n.substring(0, n.length() - h.length());
        }
        Matcher member = MEMBER_WORD.matcher(n);
        if (member.find() && member.start() > 0) {
            n = n.substring(0, member.start());
        }
        return !n.isEmpty() && n.length() <= 12 && lettersOnly(n) ? n : null;
    }

    /** Counts a label of the record read elsewhere as a name glued to a title (本多委員長 by the role rules). */
    void nameBeforeTitle() {
        gluedNames++;
    }

    /** seat name君, name君, and [name] title glued, as one word without spaces. */
    Optional<Person> gluedLabel(String t) {
        Optional<Person> known = glued.get(t);
        if (known == null) {
            // not computeIfAbsent: reading one label may read a shorter one (…事務取扱)
            known = readGlued(t);
            if (gluedNames >= 2 || known.isEmpty() || known.get().name() != null) {
                // a title read whole before the record vouched for its names may be read again once it has
                glued.put(t, known);
            }
        }
        return known;
    }

    private Optional<Person> readGlued(String t) {
        if (t.isEmpty() || t.length() > 40) {
            return Optional.empty();
        }
        Matcher seat = SEAT.matcher(t);
        if (seat.matches()) {
            String rest = seat.group(2);
            if (MEMBER_ALONE.matcher(rest).matches()) {
                // ○18番議員　山下富美子君: the word for a member after the seat is no name
                return Optional.of(new Person(null, rest, Numbers.parse(seat.group(1)), null));
            }
            String name = rest.isEmpty() ? null : nameOf(rest);
            if (!rest.isEmpty() && name == null) {
                return Optional.empty();
            }
            return Optional.of(new Person(name, "議員", Numbers.parse(seat.group(1)), null));
        }
        String honorific = lexicon.honorificOf(t);
        if (honorific != null) {
            String name = t.substring(0, t.length() - honorific.length());
            for (int p = Math.min(8, name.length() - 1); p >= 2; p--) {
                String title = name.substring(0, p);
                if (lexicon.isTitle(title) && lettersOnly(name.substring(p)) && name.length() - p <= 8) {
                    // 証人幸田昭一君, 市長田中一郎君: the title before the name
                    people.addName(name.substring(p));
                    return Optional.of(new Person(name.substring(p), title, null, null));
                }
            }
            // 山田委員長君 does not occur; 山田太郎君 is a member named alone
            return lettersOnly(name) && name.length() <= 10 && lexicon.headsOf(name).isEmpty()
                    ? Optional.of(new Person(name, "議員", null, null)) : Optional.empty();
        }
        Matcher acting = ACTING.matcher(t);
        if (acting.matches() && lexicon.headsOf(t).isEmpty()) {
            // 副市長・企画部長事務取扱: a post held, and the one acted for after it
            return gluedLabel(acting.group(1)).map(p -> new Person(p.name(), p.title() + acting.group(2), p.seat(),
                    p.groupFrom()));
        }
        int joint = t.lastIndexOf('兼');
        if (joint > 0 && joint < t.length() - 1 && isJoinedPost(t.substring(joint + 1))) {
            // 清水警務部参事官兼首席監察官: a post, and another the same person holds after 兼
            Optional<Person> first = gluedLabel(t.substring(0, joint));
            if (first.isPresent() && first.get().seat() == null) {
                return Optional.of(new Person(first.get().name(), first.get().title() + t.substring(joint),
                        null, first.get().groupFrom()));
            }
        }
        if (!lettersOnly(t.replace("・", "")) || lexicon.headsOf(t).isEmpty()) {
            return Optional.empty();
        }
        int surname = PersonNames.surnameBeforeDepartmentPost(t);
        if (surname > 0) {
            // 田中健康福祉部長: the surname, then a department's post whose first word the dictionary took for a
            // given name after it
            people.addName(t.substring(0, surname));
            return Optional.of(new Person(t.substring(0, surname), t.substring(surname), null, null));
        }
        int shortest = Integer.MAX_VALUE;
        for (String h : lexicon.headsOf(t)) {
            shortest = Math.min(shortest, h.length());
        }
        int bestK = 0;
        int best = scoreSplit(t, 0);
        for (int k = 1; k <= t.length() - shortest; k++) {
            int s = scoreSplit(t, k);
            if (s > best) {
                best = s;
                bestK = k;
            }
        }
        String name = bestK == 0 ? null : t.substring(0, bestK);
        if (name != null) {
            people.addName(name);
            gluedNames++;
        }
        return Optional.of(new Person(name, t.substring(bestK), null, null));
    }

    /**
     * How likely {@code t} is the name {@code t[0,k)} and the title {@code t[k,)}; {@link #NO} when the name has
     * too little evidence. See the class comment.
     */
    private int scoreSplit(String t, int k) {
        String title = t.substring(k);
        int s = 0;
        if (people.isTitle(title)) {
            s += 6;
        }
        if (lexicon.isTitle(title)) {
            s += 3;
        }
        if (k == 0) {
            return s + 2;
        }
        String name = t.substring(0, k);
        if (k > 10 || !lettersOnly(name)) {
            return NO;
        }
        int evidence = 0;
        boolean listed = people.isName(name) || people.startsName(name);
        if (people.isName(name)) {
            evidence += 10;
        } else if (listed) {
            evidence += 8;
        }
        List<PersonNames.Token> words = tokens.computeIfAbsent(t, PersonNames::tokens);
        boolean boundary = false;
        boolean personOrPlace = false;
        boolean allNameLike = true;
        boolean conflict = false;
        boolean weakConflict = false;
        boolean allSingle = true;
        boolean personBefore = false;
        boolean personAfter = false;
        boolean afterGivenName = false;
        boolean orgAsSurname = false;
        // 伊藤祥広委員長: the one letter between a given name and a title (広, a prefix to the dictionary) ends the
        // given name when the title after it is one and the letter does not make a longer title (副|委員長)
        boolean lastLetterOfName = lexicon.isTitle(title) && !lexicon.isTitle(t.substring(k - 1));
        for (PersonNames.Token w : words) {
            if (w.start() == k || w.end() == k) {
                boundary = true;
            }
            personBefore |= w.end() == k && w.isPerson();
            personAfter |= w.start() == k && w.isPerson();
            if (w.end() > k) {
                continue;
            }
            boolean given = afterGivenName;
            afterGivenName = w.isGivenName();
            if (given && lastLetterOfName && w.end() == k && w.end() - w.start() == 1) {
                continue;
            }
            boolean kana = t.substring(w.start(), w.end()).codePoints().allMatch(PersonNames::isKana);
            boolean place = w.start() == 0 && w.pos() != null && w.pos().startsWith("名詞-固有名詞-地域");
            personOrPlace |= w.isPerson() || place;
            allNameLike &= w.isPerson() || place || kana;
            boolean single = w.end() - w.start() == 1;
            if (w.start() == 0 && w.end() == k && k <= 3 && gluedNames >= 2 && w.pos() != null
                    && w.pos().startsWith("名詞-固有名詞-組織")) {
                // 市岡|企画財政課長, 松田|…: a surname the dictionary reads as a company's name, where the record glues
                // its speakers' names to their titles
                orgAsSurname = true;
                continue;
            }
            // one letter a prefix or suffix may be part of a surname the dictionary does not know (今|竹)
            conflict |= w.isCommonWord(t) && !single;
            weakConflict |= w.isCommonWord(t) && single;
            allSingle &= single;
        }
        if (personBefore && personAfter) {
            // 清澤|茂宏委員, 黒田|達也病院事務部長: a title does not start with the given name after a surname
            return NO;
        }
        if (!boundary) {
            evidence -= 3;
        }
        if (conflict) {
            // the record's own list outweighs the dictionary (水田 is a rice field to it)
            evidence -= listed ? 4 : 12;
        } else if (weakConflict) {
            evidence -= 4;
        } else if (allNameLike && personOrPlace) {
            evidence += 5;
        }
        if (!conflict && allSingle && boundary && k >= 2 && k <= 3) {
            // a surname the dictionary does not know comes out as single letters (月|嶹)
            evidence += 4;
            if (gluedNames >= 2 && title.length() >= 3 && name.codePoints().allMatch(SpeakerLabels::isKanji)
                    && words.stream().noneMatch(w -> w.start() < k && w.pos() != null && w.pos().startsWith("接頭詞"))) {
                // the record writes its speakers' names before their titles (友枝生活衛生課長): letters the dictionary
                // reads as no word of their own before a department's post are a surname too (丹|所 防災企画課長)
                evidence += 3;
            }
        }
        if (k >= 2 && k <= 4) {
            evidence += 1;
        }
        if (orgAsSurname && boundary && title.length() >= 3) {
            evidence += 3;
        }
        if (evidence < MIN_NAME_EVIDENCE) {
            return NO;
        }
        return s + evidence;
    }

    /**
     * A name and a title written apart (○中村　委員長　ただいまから…, gijiroku.com VOICES) or a title and a name with
     * an honorific (○議長　山田太郎君　…): two words, one a title by itself, the other a name.
     */
    private Optional<Label> nameSpaceTitle(String folded, int end, String first) {
        int start = wordStart(folded, end);
        int next = wordEnd(folded, start);
        if (start == end || start >= folded.length() || start - end > 3) {
            return Optional.empty();
        }
        String second = fold(folded.substring(start, next));
        if (start - end == 1 && first.length() <= 3 && lettersOnly(first) && lexicon.headsOf(first).isEmpty()) {
            // 〇関 三郎委員長: a space inside the name, the title glued to the given name
            Optional<Person> joined = gluedLabel(first + second);
            if (joined.isPresent() && joined.get().name() != null && joined.get().name().length() > first.length()) {
                return turn(joined.get(), folded.substring(next), folded.substring(0, next));
            }
        }
        Optional<Person> title = gluedLabel(second);
        // a post the lexicon composes (文化振興課長) after what reads as a name (◎西川 文化振興課長, ◎當間順子 総務部長)
        boolean post = lexicon.isTitle(second) || people.isTitle(second)
                || endsAsAPost(second) && (readsAsName(first) || vouchedSurname(first));
        if (title.isPresent() && title.get().name() == null && title.get().seat() == null && post
                && first.length() <= 8
                && lexicon.headsOf(first).isEmpty() && (nameLike(first) || kanaGivenName(first))
                && !lexicon.isHeading(first) && !actionWord(first)) {
            people.addName(first);
            namesBeforeTitles++;
            return turn(new Person(first, title.get().title(), null, null), folded.substring(next),
                    folded.substring(0, next));
        }
        Optional<Person> head = gluedLabel(first);
        String honorific = lexicon.honorificOf(second);
        if (head.isPresent() && head.get().name() == null && honorific != null && lexicon.isTitle(first)) {
            String name = nameOf(second);
            if (name != null) {
                return turn(new Person(name, head.get().title(), head.get().seat(), null), folded.substring(next),
                        folded.substring(0, next));
            }
        }
        return Optional.empty();
    }

    /** Whether the dictionary reads {@code word} as one word of action (報告, 説明, 質疑): a heading's, no name. */
    private boolean actionWord(String word) {
        List<PersonNames.Token> words = tokens.computeIfAbsent(word, PersonNames::tokens);
        return words.size() == 1 && words.getFirst().pos() != null && words.getFirst().pos().startsWith("名詞-サ変接続");
    }

    /**
     * Whether {@code word} may be a surname the dictionary does not read as one (山藤, 沖村, 松田 read as a company),
     * written before a post as the record's other labels are: two or more labels of this record were already read
     * as a name, a space and a title, and the word is two to four kanji that the dictionary reads as no word of
     * action and no particle (報告, 質疑 are not surnames).
     */
    private boolean vouchedSurname(String word) {
        if (namesBeforeTitles < 2 || word.length() < 2 || word.length() > 4
                || !word.codePoints().allMatch(SpeakerLabels::isKanji)) {
            return false;
        }
        return tokens.computeIfAbsent(word, PersonNames::tokens).stream().noneMatch(w -> w.pos() == null
                || w.pos().startsWith("名詞-サ変接続") || w.pos().startsWith("名詞-形容動詞語幹")
                || w.pos().startsWith("助詞") || w.pos().startsWith("記号") || w.pos().startsWith("名詞-数"));
    }

    /**
     * Whether the dictionary reads {@code word} as a name and nothing else: a surname, a given name or a place
     * (surnames are place names: 当間) in it, and no common word, suffix or particle (防災, 担当).
     */
    private boolean readsAsName(String word) {
        List<PersonNames.Token> words = tokens.computeIfAbsent(word, PersonNames::tokens);
        return words.stream().noneMatch(w -> w.isCommonWord(word)) && words.stream().anyMatch(w -> w.isPerson()
                || w.pos() != null && w.pos().startsWith("名詞-固有名詞-地域"));
    }

    /** Where an equals sign stands in the first word (before {@code end}), two letters in or more; else -1. */
    private static int equalsSign(String s, int end) {
        for (int i = 2; i < end; i++) {
            if (s.charAt(i) == '=' || s.charAt(i) == '＝') {
                return i;
            }
        }
        return -1;
    }

    /** Where the word after the spaces at {@code from} starts. */
    private static int wordStart(String s, int from) {
        int i = from;
        while (i < s.length() && Cleaning.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the word starting at {@code start} ends (the next space, or the end). */
    private static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length() && !Cleaning.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private Optional<Label> nameAfter(Person who, String folded, int end) {
        int start = wordStart(folded, end);
        int next = wordEnd(folded, start);
        if (start == end || start - end > 3 || next == start) {
            return Optional.empty();
        }
        String second = fold(folded.substring(start, next));
        if (lexicon.honorificOf(second) == null) {
            return Optional.empty();
        }
        String name = nameOf(second);
        if (name == null || !lexicon.headsOf(name).isEmpty()) {
            return Optional.empty();
        }
        people.addName(name);
        return turn(new Person(name, who.title(), who.seat(), who.groupFrom()), folded.substring(next),
                folded.substring(0, next));
    }

    /** "議長これより…": the shortest start that is a label and ends where a word ends. */
    private Optional<Label> speechGlued(String folded) {
        int limit = Math.min(folded.length() - 1, 25);
        for (int p = 2; p <= limit; p++) {
            String label = folded.substring(0, p);
            if (!lettersOnly(label) || lexicon.headsOf(label).isEmpty()
                    || folded.startsWith("兼", p) && isJoinedPost(folded.substring(p + 1))) {
                // …参事官兼首席監察官: 兼 joins a second post to the title (兼子委員。 is speech: a name)
                continue;
            }
            List<PersonNames.Token> words = tokens.computeIfAbsent(folded.substring(0, Math.min(folded.length(),
                    p + 12)), PersonNames::tokens);
            boolean atWordEnd = false;
            boolean nextIsSuffix = false;
            for (PersonNames.Token w : words) {
                atWordEnd |= w.end() == p;
                nextIsSuffix |= w.start() == p && w.pos() != null && (w.pos().startsWith("名詞-接尾")
                        || w.pos().startsWith("名詞-一般") || w.pos().startsWith("名詞-サ変接続"));
            }
            if (!atWordEnd || nextIsSuffix) {
                continue;
            }
            Optional<Person> who = gluedLabel(label);
            if (who.isPresent() && (who.get().name() != null || lexicon.isTitle(who.get().title())
                    || people.isTitle(who.get().title()))) {
                return turn(who.get(), folded.substring(p), label);
            }
        }
        return Optional.empty();
    }

    /** Letters of a name or title, no particles: kana names are welcome, sentences are not. */
    private boolean nameLike(String s) {
        String d = fold(s);
        if (d.isEmpty() || d.length() > 16 || !lettersOnly(d)) {
            return false;
        }
        for (PersonNames.Token w : tokens.computeIfAbsent(d, PersonNames::tokens)) {
            String pos = w.pos() == null ? "" : w.pos();
            if (pos.startsWith("助詞") || pos.startsWith("助動詞") || pos.startsWith("動詞")
                    || pos.startsWith("形容詞") || pos.startsWith("副詞")) {
                return false;
            }
        }
        return true;
    }

    /** Where a name written with a given name in hiragana must not end: a particle or a verb's ending. */
    private static final Pattern NOT_NAME_END = Pattern.compile(".*(?:[のがはをにへとでやもかよ]|する|した|ます|です|ない|れる)$");

    /**
     * Whether {@code s} reads as a name whose given name (or part of the name) is written in hiragana, as members
     * choose for their ballots (美のよしゆき, 佐藤ひろみ): kanji first, then kanji and hiragana only, ending in two
     * hiragana or more, no particle or verb ending at its end, not one word of the dictionary, no suffix, pronoun,
     * verb or adjective in it. Kuromoji cuts such names into particles and adverbs ({@code 美/の/よし/ゆき}), so
     * {@link #nameLike} refuses them; this is asked only of a word a title follows after a space.
     */
    private boolean kanaGivenName(String s) {
        int n = s.length();
        if (n < 3 || n > 8 || Character.UnicodeScript.of(s.charAt(0)) != Character.UnicodeScript.HAN
                || !isHiragana(s.charAt(n - 1)) || !isHiragana(s.charAt(n - 2)) || NOT_NAME_END.matcher(s).matches()) {
            return false;
        }
        if (!s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || isHiragana(c))) {
            return false;
        }
        // a word the dictionary knows whole (皆さま), a suffix (市長さん, 子どもたち), a pronoun, a verb: no name
        List<PersonNames.Token> words = tokens.computeIfAbsent(s, PersonNames::tokens);
        return words.size() > 1 && words.stream().map(w -> w.pos() == null ? "" : w.pos()).noneMatch(pos ->
                pos.startsWith("名詞-接尾") || pos.startsWith("名詞-代名詞") || pos.startsWith("動詞")
                        || pos.startsWith("助動詞") || pos.startsWith("形容詞"));
    }

    private static boolean isHiragana(int c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA;
    }

    private static boolean hasDigit(String s) {
        return s.codePoints().anyMatch(Character::isDigit);
    }

    static boolean lettersOnly(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> Character.isLetter(c) || c == '々' || c == 'ヶ'
                || c == 'ゝ' || c == 'ー' || c == '・');
    }

    /** Width-folded with every space removed, as labels are compared. */
    static String fold(String s) {
        return Cleaning.despace(Width.fold(s));
    }
}
