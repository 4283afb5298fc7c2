package jp.meetingsearch.minutes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognises the rows of a minutes header ("1⇥会議名⇥…", "２．開催日時：…", "◎出席議員（１８名）", "場　　所　…")
 * by their key, whatever numbering, bullet, letter spacing or separator the municipality uses.
 */
final class HeaderRows {
    private HeaderRows() {
    }

    /** What a header row tells; synonyms as municipalities write them, the longest tried first. */
    enum Key {
        NAME("会議名", "会議の名称", "会議名称", "審議会等の名称", "附属機関等の名称", "附属機関の名称", "審議会名", "名称",
                "審議会等名称", "附属機関等名称", "会議等名称"),
        DATE("開催日時", "開催年月日", "開催日", "日時", "会議日時", "招集年月日", "招集日時", "会議開催日時", "会議開催日",
                "会議の開催日時", "日時及び場所", "日時・場所", "日時及び会場", "開催日時及び場所", "開催日時・場所"),
        VENUE("開催場所", "会場", "場所", "招集場所", "会議開催場所", "会議の開催場所"),
        OPENED("開会時間", "開会時刻", "開議時間", "開議時刻", "開始時間", "開始時刻"),
        CLOSED("閉会時間", "閉会時刻", "散会時間", "散会時刻", "終了時間", "終了時刻"),
        OFFICIALS("市側出席者", "町側出席者", "村側出席者", "区側出席者", "県側出席者", "行政側出席者", "事務局出席者",
                "出席職員", "出席説明員", "説明員", "説明のため出席した者の職氏名", "説明のため出席した者",
                "事務局職員出席者", "職務のため出席した者", "議会事務局出席者", "議会事務局", "出席事務局職員", "事務局",
                "出席職員の職・氏名", "出席職員", "理事者側出席者", "理事者出席者", "執行部出席者", "幹事", "説明者",
                "会議の書記"),
        ATTENDEES("出席者", "出席委員", "出席議員", "委員出席者", "出席構成員", "出席委員の氏名", "出席者の氏名",
                "出席者氏名", "委員の出欠", "出欠状況", "委員の出欠状況", "出席並びに欠席委員", "出席並びに欠席委員の詳細",
                "出席及び欠席委員", "出席"),
        ABSENT("欠席者", "欠席委員", "欠席議員", "欠席"),
        PUBLIC("公開・非公開の別", "公開・非公開", "公開非公開", "公開/非公開", "公開／非公開", "公開の可否", "会議の公開",
                "会議の公開・非公開", "公開区分"),
        OBSERVERS("傍聴人数", "傍聴者数", "傍聴者人数", "傍聴人", "傍聴者", "傍聴"),
        PRESS("報道関係者", "記者", "報道"),
        CREATED("会議概要作成年月日", "会議概要作成日", "会議録作成日", "概要作成日", "作成年月日", "作成日"),
        AGENDA("議事日程", "会議次第", "次第", "議題", "会議事項", "案件", "議案", "付議案件", "付議事件"),
        /** Rows read past: they name no field of the meeting. */
        IGNORED("本日の会議に付した事件", "会議に付した事件", "会議録署名議員", "会議録署名委員", "会議録署名者",
                "委員外議員", "委員外出席者", "委員外出席議員", "署名委員", "所管事務",
                "配布資料", "配付資料", "会議資料", "参考資料", "会議録の作成方法", "傍聴の可否", "会議主管課", "主管課",
                "担当課", "所管課", "担当部署", "所管部署", "担当部局", "会議担当課", "担当所属名", "担当所属", "担当課名",
                "所管課名", "担当部署名", "問い合わせ先", "問合せ先");

        final List<String> words;

        Key(String... words) {
            this.words = List.of(words);
        }
    }

    /**
     * One recognised row: the key word as written (despaced), a bracket after it that is not a count
     * ({@code qualifier}: 出席者（委員）), a count in that bracket (出席議員（１８名）), the value, the 1-based line.
     */
    record Row(Key key, String word, String qualifier, Integer statedCount, String value, int line) {
    }

    private static final String PREFIX = "^[\\s　]*(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[\\s　]*[.．、)）]?"
            + "|[（(][0-9０-９]{1,2}[)）]|[■□●◆◇○◎〇◯・•※<＜〈‹])?[\\s　]*";
    private static final Pattern COUNT = Pattern.compile("([0-9０-９]+)[\\s　]*[名人]");

    /** A row's pattern for one key word ({@code word}: the word as the key lists it). */
    private record KeyPattern(Key key, String word, Pattern pattern) {
        /** False when the line lacks a letter of the word, which the pattern cannot then match. */
        boolean mayMatch(String line) {
            for (int i = 0; i < word.length(); i++) {
                if (line.indexOf(word.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<KeyPattern> PATTERNS = Stream.of(Key.values())
            .flatMap(k -> k.words.stream().map(w -> new KeyPattern(k, w, Pattern.compile(PREFIX + "(" + spaced(w)
                    + ")[>＞〉›]?(?:[\\s　]*[（(]([^（）()]{0,24})[）)])?[\\s　]*(?:[:：]|\\t|[\\s　]+|$)(.*)$"))))
            .sorted(Comparator.comparingInt((KeyPattern p) -> -p.pattern().pattern().length()))
            .toList();

    /** A key whose characters may be spread with spaces (場　　所). */
    private static String spaced(String word) {
        return word.codePoints().mapToObj(c -> Pattern.quote(new String(Character.toChars(c))))
                .collect(Collectors.joining("[\\s　]*"));
    }

    /** What may follow a bare key: a colon, a tab, a closing mark, a bracket, or nothing. */
    private static final Pattern BARE_END = Pattern.compile("[>＞〉›]?[\\s　]*(?:[:：\\t（(]|$)|[>＞〉›]?\\t");
    /** Keys that also name who speaks in a summary's body (担当課：…。): rows only when their value holds no sentence. */
    private static final java.util.Set<String> SPEAKER_WORDS = java.util.Set.of("会議主管課", "主管課", "担当課", "所管課",
            "担当部署", "所管部署", "担当部局", "会議担当課", "説明者");
    /** Keys that are only rows when something stands between them and their value. */
    private static final java.util.Set<String> BARE_WORDS = java.util.Set.of("出席", "欠席");

    /**
     * A numbered row whose value is glued to its key, as a table saved as text leaves it ("1 日時平成18年12月13日…",
     * "3 出席者会長 中野達雄"): only after a number, and not before a particle ("2 議題について" is a heading).
     */
    private static final List<KeyPattern> GLUED = Stream.of(Key.values())
            // 出席 / 欠席 glue into longer labels of their own (５ 出席理事者), never to a value
            .flatMap(k -> k.words.stream().filter(w -> !BARE_WORDS.contains(w)).map(w -> new KeyPattern(k, w, Pattern.compile(
                    "^[\\s　]*[0-9０-９]{1,2}[\\s　]+(" + spaced(w) + ")()((?![のにをがはともへで])\\S.*)$"))))
            .sorted(Comparator.comparingInt((KeyPattern p) -> -p.pattern().pattern().length()))
            .toList();

    /**
     * A line can only be a row if some key follows the prefix: one pattern over all keys rules out most lines
     * before the row patterns are tried one by one.
     */
    private static final Pattern ANY_KEY = Pattern.compile(PREFIX + "(?:" + Stream.of(Key.values())
            .flatMap(k -> k.words.stream()).map(HeaderRows::spaced).collect(Collectors.joining("|")) + ")");

    /** The row patterns, then the glued ones, in the order they are tried. */
    private static final List<KeyPattern> ALL = Stream.concat(PATTERNS.stream(), GLUED.stream()).toList();

    /**
     * A list's key alone in brackets, its people on the lines below or after it ({@code (出席委員)},
     * {@code 【欠席者】}): only the keys of those present or absent, which no speaker's marker holds ((事務局) does).
     */
    private static final Pattern BRACKETED_LIST_KEY = Pattern.compile("^[\\s　]*[（(【<＜〈]((?:" + Stream.of(
                    Key.ATTENDEES, Key.ABSENT).flatMap(k -> k.words.stream()).map(HeaderRows::spaced)
            .collect(Collectors.joining("|")) + "))[）)】>＞〉][\\s　]*(.*)$");

    /** The row this line is, if it starts with a header key. */
    static Optional<Row> match(String line, int lineNo) {
        Matcher listKey = BRACKETED_LIST_KEY.matcher(line);
        if (listKey.matches()) {
            String word = Cleaning.despace(listKey.group(1));
            Key key = Key.ABSENT.words.contains(word) ? Key.ABSENT : Key.ATTENDEES;
            return Optional.of(new Row(key, word, null, null, Cleaning.strip(listKey.group(2)), lineNo));
        }
        if (!ANY_KEY.matcher(line).lookingAt()) {
            return Optional.empty();
        }
        for (KeyPattern p : ALL) {
            if (!p.mayMatch(line)) {
                continue;
            }
            Matcher m = p.pattern().matcher(line);
            if (m.matches()) {
                if (BARE_WORDS.contains(p.word()) && !BARE_END.matcher(line.substring(m.end(1))).lookingAt()) {
                    // 出　席　理　事　者, 出席要求者: 出席 runs on into a longer label; it is a row alone or with a colon
                    continue;
                }
                String bracket = m.group(2);
                if (bracket == null && continuesIntoTitle(Cleaning.despace(m.group(1)), line.substring(m.end(1)))) {
                    continue;
                }
                Integer count = null;
                String qualifier = null;
                if (bracket != null) {
                    Matcher c = COUNT.matcher(bracket);
                    if (c.find()) {
                        count = Numbers.parse(c.group(1));
                    } else {
                        qualifier = Cleaning.strip(bracket);
                    }
                }
                String value = Cleaning.strip(m.group(3));
                if (SPEAKER_WORDS.contains(Cleaning.despace(m.group(1))) && value.contains("。")) {
                    // 担当課：…資料１に基づき説明します。: the department speaking, not the row naming it
                    return Optional.empty();
                }
                return Optional.of(new Row(p.key(), Cleaning.despace(m.group(1)), qualifier, count, value, lineNo));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the letters after a key go on into a title that takes in the key's own last letters: in
     * {@code 事 務 局 長 横 井} the key 事務局 is the start of the title 事務局長 (a person of a list), while in
     * {@code 出 席 者 議 長 山 田} the title 議長 stands after the key whole.
     */
    private static boolean continuesIntoTitle(String word, String rest) {
        String[] letters = Cleaning.strip(rest).split("[\\s　]+");
        StringBuilder more = new StringBuilder();
        for (int j = 0; j < Math.min(3, letters.length) && letters[j].length() == 1; j++) {
            more.append(letters[j]);
            for (String head : TitleLexicon.shared().headsOf(RoleTable.fold(word + more))) {
                if (head.length() > more.length()) {
                    return true;
                }
            }
        }
        return false;
    }
}
