package jp.meetingsearch.minutes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.meetingsearch.text.Spaces;

/** Text clean-up shared by the parsers: markup left over from HTML, layout lines, stage directions, joins. */
final class Cleaning {
    private Cleaning() {
    }

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([a-z]{2,6}));");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s　]*(?:[-－―—–‐ー]\\s*[0-9０-９]{1,4}\\s*[-－―—–‐ー]|<\\s*PAGE\\s*=\\s*\"?[0-9]{1,5}\"?\\s*>"
                    + "|[0-9０-９]{1,4}\\s*[/／]\\s*[0-9０-９]{1,4}|[PpＰｐ]\\.?\\s*[0-9０-９]{1,4})[\\s　]*");
    private static final String RULE_CHARS = "-－―─━=＝~～〜…＊*_＿・";
    private static final String RULE = "[" + RULE_CHARS + "]";
    /** A rule, or dashes broken by marks (――――◇―――◇―――◇――――, ―――― ◇ ――――), as between the parts of a record. */
    private static final Pattern SEPARATOR = Pattern.compile("[\\s　]*(?:" + RULE + "{4,}|" + RULE + "{2,}(?:[\\s　]*"
            + "[◇◆○●◎□■☆★][\\s　]*" + RULE + "{2,})+)[\\s　]*");
    /**
     * 〔３番　高木直良君登壇〕, （「異議なし」と呼ぶ者あり）, （「なし」の声あり）, （起立多数）, （拍手）, (14:00), (了):
     * said of the room, not by the speaker.
     */
    private static final Pattern STAGE_DIRECTION = Pattern.compile(
            "〔[^〔〕]*〕"
                    // [黙　祷], ［起立多数］: square brackets around what the room does
                    + "|[［\\[【][^［］\\[\\]【】]{0,20}?(?:黙[\\s　]*祷|黙[\\s　]*とう|起[\\s　]*立|拍[\\s　]*手|登壇|降壇|者あり"
                    + "|声あり|と呼ぶ|退席|着席|挙手)[^［］\\[\\]【】]{0,20}[］\\]】]"
                    + "|[（(][\\s　]*「[^「」（）()]{1,20}」の?声(?:あり)?[\\s　]*[）)]"
                    // －登壇－, ―降壇―: what the speaker does, between dashes after the label
                    + "|[－\\-―‐][\\s　]*(?:登壇|降壇|着席|退席)[\\s　]*[－\\-―‐]"
                    // ―事務局挨拶―, －委員紹介－: what was done and not recorded, between dashes on a line of its own
                    + "|^[－\\-―‐][\\s　]*(?![^－\\-―‐]*(?:より|から))[^－\\-―‐。]{0,12}(?:挨拶|あいさつ|紹介|説明)[\\s　]*[－\\-―‐]$"
                    + "|[（(][^（）()]*(?:者あり|者多し|声あり|声起こる|と呼ぶ|起立多数|起立全員|賛成多数|挙手多数|全会一致|全員賛成|拍手|朗読|笑声|笑い|登壇|降壇|退席|退場|着席|入場|発言する者|私語|議場騒然|参照)"
                    + "[^（）()]*[）)]"
                    // (賛成者挙手), （起立全員）, (挙手): how the room voted, written alone in brackets
                    + "|(?<=^|[\\s　。])[（(][\\s　]*(?:賛成者|反対者|全員)?[\\s　]*(?:挙[\\s　]*手|起[\\s　]*立)[\\s　]*"
                    + "(?:多数|全員|少数|総員)?[\\s　]*[）)](?=[\\s　]|$)"
                    // [ 228頁], ［２２８ページ］: the page of the printed record where the text goes on, written into it
                    + "|[［\\[][\\s　]*[0-9０-９]{1,5}[\\s　]*(?:頁|ページ)[\\s　]*[］\\]]"
                    // (14:00), (了), (異議なし), (「なし」): the clock and the room's answer written into a summary
                    + "|[（(][\\s　]*(?:[0-9０-９]{1,2}[:：][0-9０-９]{2}|了|異議なし|なし|「[^」]{1,10}」)[\\s　]*[）)]"
                    // （午前９時３０分）: the clock alone, as a record notes when a sitting starts
                    + "|[（(][\\s　]*(?:午前|午後)[\\s　]*[0-9０-９一二三四五六七八九十]{1,3}[\\s　]*時"
                    + "(?:[\\s　]*[0-9０-９一二三四五六七八九十]{1,3}[\\s　]*分|半)?[\\s　]*[）)]");

    /** Removes HTML tags and decodes the few entities that extracted text keeps (&amp;nbsp; &amp;amp; &#12354;). */
    static String stripMarkup(String s) {
        // most lines have neither; scanning for two characters is far cheaper than running two patterns
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        String noTags = TAG.matcher(s).replaceAll(" ");
        Matcher m = ENTITY.matcher(noTags);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = new String(Character.toChars(Integer.parseInt(m.group(1))));
            } else if (m.group(2) != null) {
                replacement = new String(Character.toChars(Integer.parseInt(m.group(2), 16)));
            } else {
                replacement = switch (m.group(3)) {
                    case "nbsp" -> " ";
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The number of tags in the text. */
    static int countTags(String s) {
        Matcher m = TAG.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Whether the text still holds something that looks like markup (a tag or an entity). */
    static boolean hasMarkup(String s) {
        return TAG.matcher(s).find() || ENTITY.matcher(s).find();
    }

    /** Removes every kind of whitespace, full-width included: for letter-spaced headings and names. */
    static String despace(String s) {
        int first = 0;
        while (first < s.length() && !isSpace(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Strips whitespace at both ends, full-width spaces included. */
    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        if (to == s.length() && to > from && isLineEnd(s.charAt(to - 1))) {
            // the pattern's $ also matched before a final line terminator that \\s does not cover (U+2028 …)
            int end = to - 1;
            while (end > from && isSpace(s.charAt(end - 1))) {
                end--;
            }
            return s.substring(from, end) + s.charAt(to - 1);
        }
        return s.substring(from, to);
    }

    private static boolean isLineEnd(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The class {@code [\\s　]} of the patterns here: ASCII whitespace as {@code \\s} means it without
     * UNICODE_CHARACTER_CLASS, and the ideographic space. Loops over it replace per-call regular expressions,
     * which were a third of the parsing time.
     */
    static boolean isSpace(char c) {
        return Spaces.isPatternSpace(c) || c == '\u3000';
    }

    /** A page number line left by the page layout: "－ 12 －", "- 3 -", "3/12", "P.5", {@code <PAGE="7">}. */
    static boolean isPageNumber(String line) {
        char first = firstNonSpace(line);
        return (first >= '0' && first <= '9' || first >= '０' && first <= '９' || "-－―—–‐ー<PpＰｐ".indexOf(first) >= 0)
                && PAGE_NUMBER.matcher(line).matches();
    }

    /**
     * The first character of {@code s} that is not a space ({@link #isSpace}), or 0 when there is none: a line that
     * a pattern starting with {@code [\s　]*} cannot match is ruled out by it before the pattern runs.
     */
    static char firstNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    /** "(1)" alone on a line: a PDF's page number in brackets, printed above the title on the first page. */
    static boolean isBracketedPageNumber(String line) {
        return BRACKETED_PAGE_NUMBER.matcher(line).matches();
    }

    private static final Pattern BRACKETED_PAGE_NUMBER = Pattern.compile("^[\\s　]*[（(][0-9０-９]{1,3}[）)][\\s　]*$");

    /**
     * A line a web page puts around its content, kept when the page is saved as text: skip links (ページの先頭です,
     * メニューを飛ばして本文へ, 共通メニューなどをスキップして本文へ), breadcrumbs (トップページ > …, 現在位置), page ids
     * (ID:12498, • ID:12498), update dates (更新日：…, [2021年6月23日]), print and share links. No one's remark and no
     * part of a title.
     */
    static boolean isPageChrome(String line) {
        return PAGE_CHROME.matcher(line).matches();
    }

    private static final String SHARE_BUTTONS = "[\\s　]*(?:ツイート|シェア|ポスト|いいね！?|LINEで送る|Tweet|Share)"
            + "(?:[\\s　]+(?:ツイート|シェア|ポスト|いいね！?|LINEで送る|Tweet|Share))*[\\s　]*";
    private static final Pattern SHARE_LINE = Pattern.compile(SHARE_BUTTONS);

    /** A page's share buttons alone on their line (ツイート シェア). */
    static boolean isShareButtons(String line) {
        return SHARE_LINE.matcher(line).matches();
    }

    private static final Pattern PAGE_CHROME = Pattern.compile("[\\s　]*(?:(?:ページの(?:先頭|本文)|メニューの(?:終端|先頭)"
            + "|メニューを飛ばして|本文へ|ここから本文|(?:メニュー|コンテンツ|本文|ナビゲーション)(?:に|へ)ジャンプ|印刷用ページ|ソーシャルサイト|トップページ[\\s　]*[>＞]).*"
            // 共通メニューなどをスキップして本文へ; 現在位置 (a breadcrumb's label, alone or before the trail)
            + "|[^。、]{0,16}(?:スキップ|飛ば)して本文へ.*|[^。、]{0,20}をスキップ[\\s　]*|現在(?:位置|地)(?:[\\s　:：>＞].*)?"
            // ここからサイトの主なメニューです, ここまでが本文です: a page's hints for screen readers
            + "|ここ(?:から|まで)[^。、]{0,20}です[\\s　]*"
            // 本文 alone: where a page's main content starts
            + "|本[\\s　]*文[\\s　]*"
            // ツイート シェア: a page's share buttons, alone on their line
            + "|" + SHARE_BUTTONS
            // Microsoft Word - 第8回協働会議 会議録(公表用): the name of the file a PDF was printed from
            + "|Microsoft[\\s　]+(?:Word|Excel|PowerPoint)[\\s　]*-[\\s　].*"
            + "|[•・]?[\\s　]*(?:ページ)?(?:ID|ＩＤ|番号)[:：][\\s　]*[0-9０-９]+[\\s　]*|ページ番号[\\s　]*[0-9０-９]+[\\s　]*"
            + "|(?:最終)?(?:更新日|掲載日|公開日)(?:時)?[:：].{0,30}"
            + "|[\\[［][\\s　]*(?:令和|平成|[0-9０-９]{4})[^\\]］]{0,20}[\\]］][\\s　]*"
            // ホーム > 電子県庁 > … > 審議結果: a breadcrumb trail of three steps or more, whatever its first
            + "|[^>＞。]{1,30}(?:[\\s　]*[>＞][\\s　]*[^>＞。]{1,40}){2,}"
            // 緊急情報, 本文へ戻る: a site's banner and links; 会議録(PDF形式 350KB): a link to a file
            + "|(?:緊急情報|災害情報|注目情報|サイト内(?:を)?検索|文字サイズ(?:の変更)?|背景色(?:の変更)?|音声読み上げ"
            + "|Foreign[\\s　]+language|よくある質問)[\\s　]*|.{0,40}[（(][\\s　]*(?:PDF|ＰＤＦ|Word|Excel)(?:形式|ファイル)?[\\s　：:,，、]*"
            + "[0-9０-９.,]+[\\s　]*(?:KB|MB|ＫＢ|ＭＢ|キロバイト|バイト).*)");

    /** A rule drawn with dashes, tildes or dots between parts of a record. */
    static boolean isSeparator(String line) {
        char first = firstNonSpace(line);
        return first != 0 && RULE_CHARS.indexOf(first) >= 0 && SEPARATOR.matcher(line).matches();
    }

    /** A line ending in a bracket it does not close: 〔, ○議長(. */
    private static final Pattern OPEN_AT_END = Pattern.compile(".*[〔（(［\\[][^〔〕（）()［］\\[\\]]{0,20}$");
    /** The rest of a bracket broken over two lines, closing it early on the next: 賛成者起立〕, 渡邉一夫君) 日程第4… */
    private static final Pattern CLOSES = Pattern.compile("^[\\s　]*[^〔〕（）()［］\\[\\]\\s　]{1,20}[〕）)］\\]].*");

    /**
     * The lines with a bracket that a line break cut in two made whole again (`○議長(` / `渡邉一夫君) 日程第4、…`,
     * `…起立を求めます。 〔` / `賛成者起立〕`): the second part joins the first and its line is left empty, so the
     * count of lines and each line's number stay as they were.
     */
    static List<String> joinBrokenBrackets(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = out == null ? lines.get(i) : out.get(i);
            if (line.isEmpty() || !OPEN_AT_END.matcher(line).matches() || !CLOSES.matcher(lines.get(i + 1)).matches()) {
                continue;
            }
            if (out == null) {
                out = new java.util.ArrayList<>(lines);
            }
            out.set(i, stripTrailing(line) + strip(lines.get(i + 1)));
            out.set(i + 1, "");
        }
        return out == null ? lines : out;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Whether the line is only a stage direction (〔…〕 or （…者あり）). */
    static boolean isStageDirection(String line) {
        String s = strip(line);
        return !s.isEmpty() && (removeStageDirections(s).isBlank() || UNOPENED_STAGE.matcher(s).matches());
    }

    /**
     * 総務委員長(石田成生議員)登壇〕: a stage direction whose opening bracket the page lost, alone on its line: what
     * someone does (登壇, 退席 …) and the closing 〕.
     */
    private static final Pattern UNOPENED_STAGE = Pattern.compile(
            "^[^〔〕。]{0,40}(?:登壇|降壇|退席|退場|入場|着席|起立|拍手|者あり)〕$");

    /** The first line after {@code at} that is not blank, without markup and the spaces around it; "" if none. */
    static String nextLine(List<String> lines, int at) {
        for (int k = at + 1; k < lines.size(); k++) {
            String l = strip(stripMarkup(lines.get(k)));
            if (!l.isEmpty()) {
                return l;
            }
        }
        return "";
    }

    /** Removes stage directions inside a line of speech. */
    static String removeStageDirections(String s) {
        // every stage direction opens with one of these brackets: a line without them has none
        if (s.indexOf('〔') < 0 && s.indexOf('（') < 0 && s.indexOf('(') < 0 && s.indexOf('[') < 0
                && s.indexOf('［') < 0 && s.indexOf('【') < 0 && s.indexOf('－') < 0 && s.indexOf('-') < 0
                && s.indexOf('―') < 0
                && s.indexOf('‐') < 0) {
            return s;
        }
        return STAGE_DIRECTION.matcher(s).replaceAll("");
    }

    /**
     * Joins a line continued after a line or page break. Japanese text is written without spaces, so the parts
     * are joined directly; only between two Latin letters or digits a space is kept.
     */
    static String join(String before, String after) {
        if (before.isEmpty()) {
            return after;
        }
        if (after.isEmpty()) {
            return before;
        }
        char last = before.charAt(before.length() - 1);
        char first = after.charAt(0);
        boolean latin = isAsciiAlnum(last) && isAsciiAlnum(first);
        return before + (latin ? " " : "") + after;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Whether a line ends a sentence, so that the next line starts a new paragraph. */
    static boolean endsSentence(String s) {
        return SENTENCE_END.matcher(s).matches();
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[。．！？!?」』）)]$");
}
