package jp.meetingsearch.minutes;

import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Width;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a 会議概要 (meeting summary): a title, a header of numbered or labelled rows (会議名, 日時, 会場, 出席者 …),
 * an optional agenda list, then the body by section and agenda item, where each 【役割】 block is one remark whose
 * bullets are its points.
 */
final class SummaryParser implements MinutesParser {
    private final RoleTable roles;
    private final TitleLexicon lexicon;
    /** The label grammar with the people of this record's header; set at the start of each parse. */
    private SpeakerLabels labels;
    /** The one holder of each chair's role the header's attendance list names (磯野会長 → 会長: 磯野); per parse. */
    private java.util.Map<String, String> holders = java.util.Map.of();

    SummaryParser(RoleTable roles) {
        this(roles, TitleLexicon.shared());
    }

    SummaryParser(RoleTable roles, TitleLexicon lexicon) {
        this.roles = roles;
        this.lexicon = lexicon;
    }

    @Override
    public MinutesFormat format() {
        return MinutesFormat.SUMMARY;
    }

    enum Kind { BLANK, SKIP, MARKER, BULLETS, SECTION, ITEM, STRUCTURAL, CLOSING, TEXT }

    /**
     * A classified line: {@code label} is the section name or the role marker's text, {@code items} the agenda
     * items written on a section or item line, {@code parts} the bullets or the text.
     */
    record Line(int no, Kind kind, String label, List<AgendaItem> items, List<String> parts, LocalTime time) {
        String text() {
            return parts.isEmpty() ? "" : parts.getFirst();
        }

        boolean isContent() {
            return kind == Kind.MARKER || kind == Kind.BULLETS || kind == Kind.TEXT && !isNote();
        }

        /** A note line (※次回は…) belongs to the agenda item above it. */
        boolean isNote() {
            return kind == Kind.TEXT && text().startsWith("※");
        }
    }

    /** Section words as agendas write them; the longest that fits is used. */
    private static final List<String> SECTION_WORDS = List.of(
            "会長・副会長の選出", "会長及び副会長の選出", "委嘱状の交付", "委員長・副委員長の選出", "開会あいさつ", "開会挨拶", "閉会あいさつ",
            "閉会挨拶", "会長あいさつ", "委員長あいさつ", "市長あいさつ", "部長あいさつ", "委嘱状交付", "会長選出", "自己紹介",
            "報告事項", "協議事項", "審議事項", "説明事項", "連絡事項", "検討事項", "議事事項", "意見交換", "質疑応答",
            "会長挨拶", "委員長挨拶", "市長挨拶", "部長挨拶", "座長挨拶", "座長あいさつ",
            "あいさつ", "挨拶", "開会", "閉会", "議事", "議題", "報告", "協議", "審議", "諮問", "答申", "講演", "その他");
    private static final Pattern NUMBERED = Pattern.compile(
            "^[\\s　]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[IVXⅠ-Ⅻ]{1,4})(?:[\\s　\\t]+|[.．、][\\s　\\t]*)(.*)$");
    /** The marks a heading may stand between: ■ 議題, ＜報告事項＞, 《協議》. */
    private static final String HEADING_OPENERS = "■□◎＜〈《<";
    private static final String HEADING_CLOSERS = "＞〉》>";

    private static final Pattern MARKER = Pattern.compile("^[\\s　]*[【［\\[]([^】］\\]]{1,24})[】］\\]][\\s　]*(.*)$");
    /** （委員）発言… / (事務局) 説明… / （会長） alone on its line: a speaker in brackets at the start of a line. */
    private static final Pattern PAREN_SPEAKER = Pattern.compile("^[（(]([^（）()。、]{1,16})[）)][\\s　]*(.*)$");
    /**
     * 塚谷委員長)ただ今から…: the same with the opening bracket lost on the way to the page; or written so, alone on
     * its line above the words (事務局)).
     */
    private static final Pattern CLOSE_SPEAKER = Pattern.compile("^([^\\s　（）()。、]{2,16})[）)][\\s　]*(.*)$");
    /** ＜委員＞, 〈委員〉, ‹座長›, <宗田座長>, 《会長》: a speaker in angle brackets, alone or before the text. */
    private static final Pattern ANGLE_SPEAKER = Pattern.compile(
            "^[＜〈‹<《≪]([^＜〈‹<《≪＞〉›>》≫。、]{1,16})[＞〉›>》≫][\\s　]*(.*)$");
    /**
     * 都市計画課係長(水野剛史君) 本日は… / 委員（永田好道君）　永田と申します: a title with the name and honorific in
     * brackets, a space (without the honorific the bracket may be anything: 会長(挨拶) 本日は…).
     */
    private static final Pattern NAMED_SPEAKER = Pattern.compile(
            "^([^\\s　：:。、（）()]{1,16}[（(][^（）()：:。、\\s　]{1,10}(?:君|さん|氏|様)[）)])[\\s　]+(.+)$");
    /** 委員：発言… / Ａ委員: 発言… / 委員長（田村君）：… / 本間君:…: a speaker before a colon at the start of a line. */
    private static final Pattern COLON_SPEAKER = Pattern.compile(
            "^([^\\s　：:。、（）()]{1,16}(?:[（(][^（）()：:]{1,12}[）)])?)[\\s　]*[：:][\\s　]*(.+)$");
    /** (岡田課長より資料説明), -資料1に基づき、事務局から説明-: a note of who explains what follows. */
    private static final Pattern NOTE = Pattern.compile(
            "^[\\s　]*[（(\\-－―‐][\\s　]*([^（）()]{1,40}?)(?:より|から)[^（）()]{0,20}?(?:説明|報告)[^（）()]{0,6}"
                    + "[\\s　]*[）)\\-－―‐][\\s　]*$");
    /**
     * (事務局説明), (事務局より配布資料の説明): what stands in a speaker's place is a note of who explains or reports,
     * not a post, however its first word reads.
     */
    private static final Pattern NOTE_LABEL = Pattern.compile("(?:より|から).*(?:説明|報告)|(?:説明|報告|朗読)$");
    /**
     * 【委員了承】, 【配布資料等に基づき事務局が説明】, 【異議なし】: what the room did, or that someone explained, written
     * where a marker's speaker stands; with nothing after it on its line, no one's label.
     */
    private static final Pattern ROOM_NOTE = Pattern.compile(".*(?:了承|承認|異議なし|異議無し|拍手|賛成|質疑なし|意見なし)");
    /**
     * ―了承―, ― 次第に基づき、事務局から説明 ―, - 傍聴者注意事項 -: a short note without a sentence between dashes,
     * alone or before the text that follows it on the line.
     */
    private static final Pattern DASH_NOTE = Pattern.compile(
            "^[\\s　]*[―－\\-─—−]{1,2}[\\s　]*([^―－\\-─—−。]{1,40}?)[\\s　]*[―－\\-─—−]{1,2}[\\s　]*(.*)$");
    /** ■事務局より資料について説明: a short note or heading without a sentence after a square (nothing after it). */
    private static final Pattern SQUARE_NOTE = Pattern.compile("^■[\\s　]*([^■。]{1,40}?)[\\s　]*()$");
    /** 藤井副館長(出席状況の確認): a speaker and a note in brackets of what they do. */
    private static final Pattern SPEAKER_WITH_NOTE = Pattern.compile("^([^\\s　（）()]{1,16})[（(][^（）()]{1,20}[）)]$");
    /** 【配布資料等に基づき事務局が説明】, 【介護保険課長より資料1の説明】: a marker's note of who explains. */
    private static final Pattern EXPLAINS = Pattern.compile("(.+?)(?:が|より|から).*(?:説明|報告|確認)");
    /** [担当課:説明], 【事務局：報告】: a bracketed note of who explains. */
    private static final Pattern BRACKET_NOTE = Pattern.compile("^([^:：]{1,16})[:：][\\s　]*(?:説明|報告|発言)$");
    /** The shapes of a speaker's line, tried in this order. */
    private static final List<Pattern> SPEAKER_SHAPES = List.of(PAREN_SPEAKER, ANGLE_SPEAKER, COLON_SPEAKER,
            NAMED_SPEAKER, CLOSE_SPEAKER);

    /** A group with its people in brackets after it, the list open or closed: {@code 松江市(田中健康福祉部長、…}. */
    private static final Pattern GROUP_WITH_PEOPLE = Pattern.compile(
            "^[\\s　]*[^（()）、,，。:：]{1,15}[（(][^（()）。]*[、,，]");
    /** A 【…】 that is a heading, not a speaker: 【前回(3月18日開催)の振り返り】, 【今年度のスケジュールについて】. */
    private static final Pattern HEADING_WORDS = Pattern.compile(".*(?:について|の|[0-9０-９、。]|URL|ＵＲＬ|https?:|配信).*");
    private static final Pattern ITEM = Pattern.compile(
            "^[\\s　]*(?:[（(]([0-9０-９]{1,2})[）)]|([①-⑳])|([0-9０-９]{1,2})[)）])[\\s　]*(.*)$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("[（(][0-9０-９]{1,2}[）)]|[①-⑳]");
    private static final Pattern BULLET = Pattern.compile(
            "^[\\s　]*(?:[-－‐][\\s　]*)?(?:[・･●○◯〇◦•▪◆◇□➢]|[-－‐*＊](?=[\\s　]))[\\s　]*(.*)$");
    /** The bullets that also mark a speaker's line in records: ○ 〇 ◯ ● ◆ □ (□事務局(課長) alone on its line). */
    private static final String SPEAKER_MARKS = "○〇◯●◆□";
    /** A bullet opening the words after a speaker's label: {@code ・}, {@code •}. */
    private static final Pattern LEADING_BULLET = Pattern.compile("^[\\s　]*[・･•][\\s　]*");
    private static final Pattern INLINE_BULLET = Pattern.compile("[\\s　]+[・･](?=[^\\s　])");
    private static final Pattern CLOSING = Pattern.compile(
            "^[\\s　]*[（(]?[\\s　]*((?:午前|午後)?[\\s　]*[0-9０-９一二三四五六七八九十]+[\\s　]*時(?:[\\s　]*"
                    + "(?:[0-9０-９一二三四五六七八九十]+[\\s　]*分|半))?)[\\s　]*(?:に)?[\\s　]*(?:終了|閉会|散会|閉議)"
                    + "(?:しました|した)?[。．]?[\\s　]*[）)]?[\\s　]*$");
    private static final Pattern END_WORD = Pattern.compile("[\\s　]*[(（－―-]?[\\s　]*以[\\s　]*上[\\s　]*[)）－―-]?[\\s　]*");
    private static final Pattern BRACKETED_HEADING = Pattern.compile("^[\\s　]*[（(]([^（）()。、]{1,12})[）)][\\s　]*$");
    private static final Pattern BRACKETS = Pattern.compile("[【】\\[\\]［］〔〕]");
    /**
     * これより先、要綱第5条第2項の規定に基づき、委員長により議事進行。 / 条例の規定により薬師寺委員長が議長として議事を進行。: the
     * recorder's one-sentence note that the chair takes over the proceedings.
     */
    private static final Pattern CHAIR_TAKES_OVER = Pattern.compile(
            "^[^。「」]{0,60}?(?:会長|委員長|議長|座長|部会長)(?:により|が|の進行により|の進行で)[^。「」]{0,12}?議事(?:を)?(?:進行|進め)"
                    + "(?:した|する|られた|る)?。$");
    /** 午前10時00分, 午後2時開会: the clock alone on its line, as a record notes when it starts. */
    private static final Pattern CLOCK_ALONE = Pattern.compile("^[\\s　]*(?:午前|午後)[\\s　]*[0-9０-９一二三四五六七八九十]{1,3}"
            + "[\\s　]*時(?:[\\s　]*[0-9０-９一二三四五六七八九十]{1,3}[\\s　]*分|半)?[\\s　]*(?:開会|開始|開議|再開)?[\\s　]*"
            // 午前9時30分、第1回総会開会宣言: the clock and a few words of what began, no sentence
            + "(?:[、，,][\\s　]*[^。、]{0,20}?(?:開会|開議|再開|休憩|散会|閉会|延会)(?:宣言|宣告)?[\\s　]*)?$");
    /** The contact box of a page (問い合わせ先：…課　電話…): no one's remark. */
    private static final Pattern CONTACT = Pattern.compile("^[\\s　]*(?:このページに関する)?(?:お?問い?合わせ先?|連絡先)[\\s　]*[:：]?");
    private static final Pattern SUBHEADING = Pattern.compile("^[\\s　]*〔[^〔〕:：]{1,16}〕[\\s　]*$");
    /** A link alone on its line, with a label before it or not: URL:https://www.youtube.com/… */
    private static final Pattern LINK_ONLY = Pattern.compile("(?:[^:：。\\s　]{0,12}[:：][\\s　]*)?https?://[\\x21-\\x7E]+");
    /** The parts of a council's page that link to its documents, each alone on a line. */
    private static final Pattern PAGE_PARTS = Pattern.compile("(?:配付|配布|参考|会議)?資料|議事録|会議録|議事要旨|議事概要");
    private static final Pattern STRUCTURAL_END = Pattern.compile(".*(概要|経過|要旨|次第|結果|内容|記録|要点筆記)");
    private static final Pattern LIST_ITEM_TAG = Pattern.compile("<li(?:\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE);

    @Override
    public ParsedMinutes parse(MinutesSource src) throws MinutesParseException {
        // a copy: the header reader may leave the first body line without the row label glued to it
        List<String> raw = new ArrayList<>(src.lines());
        MeetingDraft d = new MeetingDraft();
        labels = new SpeakerLabels(lexicon, KnownPeople.of(List.of(), lexicon));
        int i = readHeader(raw, d, src);
        SplitLabels.join(raw, i, roles);
        labels = new SpeakerLabels(lexicon, KnownPeople.of(raw.subList(0, i), lexicon));
        holders = holders(d.attendees, d.officials);
        if (d.date == null) {
            d.dateFromFileName(src);
        }
        if (d.date == null) {
            throw new MinutesParseException(src.source(), 0,
                    "no meeting date: no 日時 or 開催日 row, no date in the title and none in the file name");
        }
        List<Line> lines = new ArrayList<>();
        for (int k = i; k < raw.size(); k++) {
            lines.add(classify(k + 1, raw.get(k)));
        }
        int bodyStart = bodyStart(lines);
        if (bodyStart < 0) {
            throw new MinutesParseException(src.source(), raw.size(),
                    "no remarks: the file ends before any 【role】 block, bullet or paragraph of the body");
        }
        if (d.agenda.isEmpty()) {
            readAgenda(lines.subList(0, bodyStart), null, d);
        }
        List<RemarkDraft> drafts = readBody(lines.subList(bodyStart, lines.size()), raw, d);
        if (drafts.isEmpty()) {
            throw new MinutesParseException(src.source(), lines.get(bodyStart).no(), "no remarks in the body");
        }
        Meeting meeting = d.build(src, format());
        return new ParsedMinutes(meeting, RemarkDraft.build(meeting, drafts, true), meeting.warnings());
    }

    /** Reads title and header rows; returns the index of the first line after the header. */
    private int readHeader(List<String> raw, MeetingDraft d, MinutesSource src) throws MinutesParseException {
        StringBuilder title = new StringBuilder();
        String titleLine = null;
        List<String> titleLines = new ArrayList<>();
        List<String> pageLines = new ArrayList<>();
        boolean titleDated = false;
        HeaderRows.Row row = null;
        List<String> value = new ArrayList<>();
        boolean anyRow = false;
        int i = 0;
        boolean previousBlank = false;
        // a value that stands a blank line below its label: its lines may stand blank lines apart too
        boolean spacedValue = false;
        // how far the current row's label stands in: lines further in, without a sentence, are its value
        int rowIndent = 0;
        boolean indentedValue = false;
        // whether the row's value began on a line of its own below its label, further in
        boolean valueBelow = false;
        // whether a date line stood under the title before any header row
        boolean dateUnderTitle = false;
        for (; i < raw.size(); i++) {
            String line = tableCells(Cleaning.stripMarkup(raw.get(i)));
            if (line.isBlank()) {
                previousBlank = true;
                continue;
            }
            if (!anyRow && (Cleaning.isPageChrome(line) || title.isEmpty() && Cleaning.isBracketedPageNumber(line))) {
                // the page's own lines before the record (ページの先頭です, 更新日：…) and a PDF's page number "(1)"
                continue;
            }
            Optional<HeaderRows.Row> r = HeaderRows.match(line, i + 1);
            Matcher content = CONTENT_ROW.matcher(line);
            if (anyRow && content.matches()) {
                // "8 会議の内容" (審議の内容, 会議の経過): the table's last row holds the record itself
                if (content.group(1).isBlank()) {
                    i++;
                } else {
                    raw.set(i, content.group(1));
                }
                break;
            }
            if (r.isPresent() && (anyRow || !title.isEmpty()) && r.get().value().isEmpty()
                    && roles.resolve(r.get().word()).known() && speechBelow(raw, i)) {
                // 事務局 alone on its line with sentences below, after the header rows or the title: the body's
                // first speaker, not a header row
                break;
            }
            if (r.isPresent()) {
                if (row != null) {
                    HeaderFields.apply(row, HeaderFields.nonEmpty(value), d, roles, src);
                }
                row = r.get();
                rowIndent = indent(raw.get(i));
                indentedValue = false;
                valueBelow = false;
                value = new ArrayList<>(List.of(row.value()));
                spacedValue = false;
                anyRow = true;
                previousBlank = false;
                continue;
            }
            Line c = classify(i + 1, raw.get(i));
            boolean structure = c.kind() != Kind.TEXT && c.kind() != Kind.SKIP;
            if (!anyRow) {
                if (structure && c.kind() != Kind.STRUCTURAL || speakerLine(c).kind() == Kind.MARKER) {
                    break;
                }
                if (previousBlank && !title.isEmpty() && !dateLine(line)) {
                    if (!headerRowAhead(raw, i)) {
                        // no header rows: the title ends at its blank line, the body follows (江別市の委員会記録)
                        break;
                    }
                    // a line between the title and the header table (a column heading 内容, a note, the record's
                    // own title under a site's heading): no part of the title, but it may name the body
                    titleLines.add(Cleaning.strip(line));
                    continue;
                }
                Optional<java.time.LocalDate> date = JapaneseDates.findDate(line);
                if (dateUnderTitle && !headerRowAhead(raw, i)) {
                    // the lines below the date under the title, no header row ahead: the header's values without
                    // their names (a venue, lists of names), or the body; no part of the title
                    break;
                }
                if (date.isPresent() && d.date == null && !title.isEmpty() && (dateLine(line)
                        || PageLines.namesMeeting(title.toString())
                        && HeaderFields.LEADING_DATE.matcher(line).lookingAt())) {
                    // (or a line that opens with the day under a title naming the meeting: 平成26年7月22日第1回…総会は、)
                    // a line of its own under the title: 令和６年１１月２０日　午後３時～５時
                    dateUnderTitle = true;
                    d.date = date.get();
                    TimeRange t = TimeRange.find(line);
                    d.startTime = t.start();
                    d.endTime = t.end();
                } else if (title.isEmpty() && SITE_NAME.matcher(Cleaning.strip(line)).matches()) {
                    // 名張市 alone above the page's trail: the site's name, not the record's title
                    previousBlank = false;
                    continue;
                } else if (title.isEmpty() && c.kind() != Kind.SKIP && PageLines.isSiteLine(line)) {
                    // このページの先頭です, あしあと, 〒…: the page's own lines above the record; its title if no other
                    pageLines.add(Cleaning.strip(line));
                    previousBlank = false;
                    continue;
                } else if (titleDated) {
                    // 平成31年 建設委員会 本文 開催日: 2019-03-07, then the site's other listings of that day: the title
                    // is whole once it named a meeting and its day
                    previousBlank = false;
                    continue;
                } else if (c.kind() != Kind.SKIP && !Cleaning.strip(line).equals(titleLine)
                        && !(dateUnderTitle && Cleaning.strip(line).endsWith("。"))) {
                    // a page repeats its title above the record (its heading, then the record's own first line);
                    // a square before it (■第1回…委員会議事録) marks it, no part of it
                    titleLine = Cleaning.strip(Cleaning.strip(line).replaceFirst("^[■□◆◇]+", ""));
                    title.append(titleLine);
                    titleLines.add(titleLine);
                    titleDated = date.isPresent() && PageLines.namesMeeting(titleLine);
                }
                previousBlank = false;
                continue;
            }
            // a row's value runs on over the following lines until a blank line; an agenda row's lines are items.
            // A label standing alone (a table saved as text: 日時, then the date on the next line) takes the next
            // lines as its value, and an agenda's items may stand a blank line apart.
            if (c.kind() == Kind.BULLETS && speakerLine(c).kind() == Kind.MARKER && speechBelow(raw, i)) {
                // ○大日向部会長 alone on its line, its sentences below: the body's first speaker, though the header
                // wrote its rows with the same mark (○日時, ○配布資料)
                break;
            }
            if (c.kind() == Kind.TEXT && ANGLE_SPEAKER.matcher(line).lookingAt() && line.contains("。")
                    && speakerLine(c).kind() == Kind.MARKER) {
                // <委員長> ・かなりのボリュームが…。 right under the rows, no blank line between (a page's lines run
                // together and broken again): the body's first speaker, not a row's value
                break;
            }
            int lineIndent = indent(raw.get(i));
            if (indentedValue && previousBlank && lineIndent <= rowIndent && c.kind() == Kind.TEXT) {
                // the row's values stood further in than its label: a line of text back at the label's margin, a
                // blank line below them, is not one (an agenda's numbered items may stand there)
                break;
            }
            boolean agendaRow = row.key() == HeaderRows.Key.AGENDA;
            boolean agendaLine = c.kind() == Kind.ITEM || c.kind() == Kind.SECTION || c.isNote()
                    || c.kind() == Kind.BULLETS;
            boolean awaitingValue = HeaderFields.nonEmpty(value).isEmpty();
            if (awaitingValue && previousBlank) {
                spacedValue = true;
            }
            boolean listRow = LIST_ROWS.contains(row.key());
            Line asSpeaker = listRow && c.kind() == Kind.TEXT ? speakerLine(c) : c;
            if (asSpeaker.kind() == Kind.MARKER && asSpeaker.text().isBlank() && !line.contains("、")
                    && !line.contains("：") && !line.contains(":") && sentenceWithin(raw, i, 2)) {
                // 作田局長 alone after a list of a PDF's cells, a sentence within two lines below: the body's first
                // speaker, not one more of the list's people
                break;
            }
            // 【委員】委員２２名 / 【事務局】５名 under 出席者: a sub-list, not a speaker
            // 【会長】 alone, and 市民 吉田 光雄 on the line below: the same, the names a line apart
            boolean subList = listRow && c.kind() == Kind.MARKER && !c.text().contains("。")
                    && (!c.text().isBlank() || !speechBelow(raw, i));
            // (1) 委員 / (2) 柏市 under 出席者: the numbered parts of a list, a few words each
            // (2) 松江市(田中健康福祉部長、…: a numbered part with its people in brackets after it, however long
            String partText = Cleaning.strip(line).replaceFirst("^[（(][0-9０-９]{1,2}[）)]", "");
            boolean listPart = listRow && c.kind() == Kind.ITEM && !line.contains("。")
                    && (line.length() <= 20 && !HEADING_WORDS.matcher(partText).matches()
                    || GROUP_WITH_PEOPLE.matcher(partText).lookingAt());
            boolean listLine = c.kind() == Kind.TEXT && !c.isNote() || c.kind() == Kind.BULLETS || subList
                    || listPart;
            if ((!previousBlank || awaitingValue) && (c.kind() == Kind.TEXT || agendaRow && agendaLine
                    || listRow && listLine)
                    || agendaRow && spacedValue && sameAgenda(c)
                    || listRow && spacedValue && listLine && !line.contains("。")) {
                value.add(subList ? Cleaning.strip(c.label()) + "：" + c.text() : line);
            } else if (awaitingValue && c.kind() != Kind.STRUCTURAL && c.kind() != Kind.SKIP) {
                value.add(line);
            } else if (lineIndent > rowIndent && !line.contains("。") && (valueBelow || listRow && commaList(line))
                    && (c.kind() == Kind.TEXT || c.kind() == Kind.BULLETS) && speakerLine(c).kind() != Kind.MARKER) {
                // " 1 日 時" / "  平成25年8月29日(木)" / "  午後1時30分から…": the values of a numbered row that stood
                // below its label, indented and a blank line apart, ○ sub-headings and letter-spaced names included;
                // an attendance list's next line of names. A body indented under rows with their values beside them,
                // a speaker's label and a heading are never a row's
                value.add(line);
            } else if (row.key() == HeaderRows.Key.DATE && TIME_ALONE.matcher(line).matches()) {
                // ◇ 日 時 平成27年2月4日(水) / 午後2時~: the time of the date row, on a line of its own below it
                value.add(line);
            } else if (listRow && COUNT_ALONE.matcher(Cleaning.despace(String.join("", value))).matches()
                    && !line.contains("。") && (c.kind() == Kind.TEXT || c.kind() == Kind.BULLETS)) {
                // ◇ 出席委員 15名 / 委 員 北 原 理 雄 …: the people of a list row that gave their number beside it
                value.add(line);
            } else if (c.kind() == Kind.STRUCTURAL && contentRowAhead(raw, i)) {
                // 会議要旨 / 各議題について、…回答した。 / 会議の経過: a row that sums the meeting up in a line of the
                // recorder's, the record itself under the row below
                int next = i + 1;
                while (!CONTENT_ROW.matcher(tableCells(Cleaning.stripMarkup(raw.get(next)))).matches()) {
                    next++;
                }
                i = next - 1;
                previousBlank = false;
                continue;
            } else if (previousBlank && groupOfRows(line) && nextLineIsListRow(raw, i)) {
                // 審議会委員, then (出席委員) / (欠席委員) rows below it: a label over rows of its own, no row itself
                continue;
            } else if (c.kind() != Kind.SKIP) {
                break;
            }
            if (awaitingValue && c.kind() != Kind.SKIP) {
                valueBelow = lineIndent > rowIndent;
            }
            indentedValue |= lineIndent > rowIndent && c.kind() != Kind.SKIP;
            previousBlank = false;
        }
        if (row != null) {
            HeaderFields.apply(row, HeaderFields.nonEmpty(value), d, roles, src);
            if (row.key() == HeaderRows.Key.AGENDA) {
                List<Line> agenda = new ArrayList<>();
                for (String v : HeaderFields.nonEmpty(value)) {
                    agenda.add(classify(row.line(), v));
                }
                readAgenda(agenda, row.word(), d);
            }
        }
        if (title.isEmpty() && !pageLines.isEmpty()) {
            title.append(String.join("", pageLines));
            titleLines.addAll(pageLines);
        }
        d.title = title.isEmpty() ? null : title.toString();
        if (d.title != null && !NAMES_A_MEETING.matcher(d.title).find()) {
            // 市政全般, then 平成29年度第1回介護保険運営審議会会議録 under it: a site's heading above the record's own
            // title, which the record keeps
            for (String l : titleLines.subList(1, titleLines.size())) {
                if (RECORD_TITLE.matcher(l).find() && NAMES_A_MEETING.matcher(l).find()) {
                    d.title = l;
                    break;
                }
            }
        }
        if (d.body == null && d.title != null && PageLines.namesMeeting(d.title)) {
            // a title that names no meeting (あしあと, (令和元年9月30日開催)議事(2)) names no body either
            HeaderFields.nameInto(d.title, d);
        }
        for (int k = titleLines.size() - 1; k >= 0 && d.body == null && titleLines.size() > 1; k--) {
            // 第3回議事録要旨 / 平成27年第3回三瀬地域審議会 議事要旨: a site's heading above the record's own title,
            // which names the body
            if (PageLines.namesMeeting(titleLines.get(k))) {
                HeaderFields.nameInto(titleLines.get(k), d);
            }
        }
        if (d.title == null && d.body != null) {
            d.title = d.body;
        }
        if (d.date == null) {
            // no date row: some summaries put the date into the title lines
            JapaneseDates.findDate(title.toString()).ifPresent(x -> d.date = x);
        }
        return i;
    }

    private static final String CLOCK = "(?:(?:午前|午後)?[\\s　]*[0-9０-９一二三四五六七八九十]{1,3}[\\s　]*時(?:[\\s　]*"
            + "[0-9０-９一二三四五六七八九十]{1,3}[\\s　]*分|半)?|[0-9０-９]{1,2}[:：][0-9０-９]{2}|正午)";
    /** 午後2時~, 午前10時～正午, 14:00～16:00: a time or a span of time alone on its line. */
    private static final Pattern TIME_ALONE = Pattern.compile("^[\\s　]*(?:から)?" + CLOCK + "[\\s　]*(?:(?:から|[~～〜－―ー\\-])[\\s　]*"
            + "(?:" + CLOCK + "[\\s　]*(?:まで)?)?)?[\\s　]*$");
    /** 15名, ２０人: the number of people a list row gives beside its word, and no one. */
    private static final Pattern COUNT_ALONE = Pattern.compile("^[0-9０-９]{1,3}(?:名|人)$");

    /** A municipality's or prefecture's name alone (名張市, 長野県), as a site prints it above its pages. */
    private static final Pattern SITE_NAME = Pattern.compile("[^\\s　]{1,6}[都道府県市区町村]");
    /** Words of a meeting's name or its record (会, 議: 会議録, 審議会, 議事録 …); a site's heading has none. */
    private static final Pattern NAMES_A_MEETING = Pattern.compile("[会議]");
    /** A record's own title: it names the record (会議録, 議事録, 会議概要, 要旨, 記録). */
    private static final Pattern RECORD_TITLE = Pattern.compile("会議録|議事録|会議概要|議事概要|要旨|記録");

    /** A line of a list written with commas: 竹内市長、石谷副市長、中川教育長、… */
    private static boolean commaList(String line) {
        return line.chars().filter(ch -> ch == '、' || ch == ',' || ch == '，').count() >= 2;
    }

    /** How far a line stands in: spaces, tabs (4) and full-width spaces (2) before its first character. */
    static int indent(String rawLine) {
        String line = Cleaning.stripMarkup(rawLine);
        int n = 0;
        for (int k = 0; k < line.length(); k++) {
            char ch = line.charAt(k);
            if (ch == ' ' || ch == '\u00A0') {
                n++;
            } else if (ch == '\t') {
                n += 4;
            } else if (ch == '\u3000') {
                n += 2;
            } else {
                break;
            }
        }
        return n;
    }

    /** The header row whose value is the record itself, with the first words of the body glued to it or not. */
    private static final Pattern CONTENT_ROW = Pattern.compile("^[\\s　]*(?:[0-9０-９]{1,2}[\\s　.．、]*)?"
            + "(?:会議|審議|議事)の?(?:内容|経過)[\\s　:：]*(.*)$");

    /** How many lines of text a summing-up row (会議要旨) may hold above the row of the record itself. */
    private static final int SUMMING_UP_LINES = 3;

    /**
     * Whether a row of the record itself (会議の経過) follows the heading at {@code at} within
     * {@link #SUMMING_UP_LINES} lines of text, none of them a speaker's or a heading.
     */
    private boolean contentRowAhead(List<String> raw, int at) {
        int text = 0;
        for (int k = at + 1; k < raw.size(); k++) {
            String l = tableCells(Cleaning.stripMarkup(raw.get(k)));
            if (l.isBlank()) {
                continue;
            }
            if (CONTENT_ROW.matcher(l).matches()) {
                return text > 0;
            }
            Line c = classify(k + 1, raw.get(k));
            if (c.kind() != Kind.TEXT || speakerLine(c).kind() == Kind.MARKER || ++text > SUMMING_UP_LINES) {
                return false;
            }
        }
        return false;
    }

    /** How many lines after a title a header table may start (past a column heading, a page's note). */
    private static final int HEADER_LOOKAHEAD = 4;

    /** A few words alone, no sentence, no bracket: what may label a group of header rows (審議会委員). */
    private static boolean groupOfRows(String line) {
        String l = Cleaning.strip(line);
        return !l.isEmpty() && l.length() <= 12 && !l.contains("。") && l.chars().noneMatch(ch -> "（(【<＜:：、".indexOf(ch) >= 0);
    }

    /**
     * Whether the next line that is not blank below {@code from} is a row of those present or absent (a row that
     * may be a speaker's marker too, {@code <事務局>}, is not taken for one).
     */
    private static boolean nextLineIsListRow(List<String> raw, int from) {
        for (int k = from + 1; k < raw.size(); k++) {
            String l = tableCells(Cleaning.stripMarkup(raw.get(k)));
            if (!l.isBlank()) {
                return HeaderRows.match(l, k + 1).filter(r -> r.key() == HeaderRows.Key.ATTENDEES
                        || r.key() == HeaderRows.Key.ABSENT).isPresent();
            }
        }
        return false;
    }

    /** Whether a header row starts within a few non-blank lines from {@code from}, before any body structure. */
    private static boolean headerRowAhead(List<String> raw, int from) {
        int seen = 0;
        for (int k = from; k < raw.size() && seen < HEADER_LOOKAHEAD; k++) {
            String l = tableCells(Cleaning.stripMarkup(raw.get(k)));
            if (l.isBlank() || Cleaning.isPageChrome(l)) {
                continue;
            }
            if (HeaderRows.match(l, k + 1).isPresent()) {
                return true;
            }
            Kind kind = classify(k + 1, raw.get(k)).kind();
            if (kind != Kind.TEXT && kind != Kind.SKIP && kind != Kind.STRUCTURAL) {
                return false;
            }
            seen++;
        }
        return false;
    }

    /** The cell borders of a table saved as text: "1 開催日時 |", "令和6年4月19日 … |", "|". */
    private static final Pattern TABLE_CELL_EDGES = Pattern.compile("^[\\s　]*[|｜][\\s　]*|[\\s　]*(?:[|｜][\\s　]*)+$");

    /** The line without the cell borders a table saved as text leaves at its start and end. */
    static String tableCells(String line) {
        return line.indexOf('|') < 0 && line.indexOf('｜') < 0 ? line : TABLE_CELL_EDGES.matcher(line).replaceAll("");
    }

    private static final Pattern DATE_LINE = Pattern.compile(
            "^[\\s　]*[\\[［(（]?[\\s　]*(?:令和|平成|昭和|[0-9０-９]{4})[^。、]{0,40}$");

    /** A line that is a date and times, nothing else of a title in it. */
    private static boolean dateLine(String line) {
        String rest = Cleaning.despace(line).replaceAll("[0-9０-９]|令和|平成|昭和|元|年|月|日|時|分|午前|午後|曜|から|まで"
                + "|[（）()~～〜\\-－:：\\[\\]［］]"
                + "|[月火水木金土日]", "");
        return DATE_LINE.matcher(line).matches() && rest.length() <= 2;
    }

    /** Rows whose value is a list that a saved table may spread over lines a blank line apart. */
    private static final java.util.Set<HeaderRows.Key> LIST_ROWS = java.util.EnumSet.of(HeaderRows.Key.ATTENDEES,
            HeaderRows.Key.OFFICIALS, HeaderRows.Key.ABSENT, HeaderRows.Key.IGNORED);

    /**
     * An agenda line after a blank line: numbered sections and items, a bulleted item (〇その他) or the rest of one
     * (〜障害福祉施設への…を例に), not a 【role】 or a sentence.
     */
    private static boolean sameAgenda(Line c) {
        return c.kind() == Kind.ITEM || c.kind() == Kind.SECTION && c.items().isEmpty() && c.label().length() <= 24
                || c.kind() == Kind.BULLETS && c.parts().size() == 1 && agendaWords(c.text())
                || c.kind() == Kind.TEXT && !c.isNote() && agendaWords(c.text());
    }

    /** An agenda item's words: short, no sentence. */
    private static boolean agendaWords(String text) {
        return text.length() <= 80 && !text.contains("。");
    }

    /** Whether one of the {@code lines} lines with anything on them after {@code at} holds a sentence (no header row). */
    private static boolean sentenceWithin(List<String> raw, int at, int lines) {
        int seen = 0;
        for (int k = at + 1; k < raw.size() && seen < lines; k++) {
            String l = Cleaning.strip(Cleaning.stripMarkup(raw.get(k)));
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            if (l.contains("。") && HeaderRows.match(l, 0).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the next non-blank line after {@code at} is speech: a sentence, not a list or a header row. */
    private static boolean speechBelow(List<String> raw, int at) {
        return sentenceWithin(raw, at, 1);
    }

    /**
     * Where the body begins: the first content line, or the section or item just before it. Sections listed
     * before (the agenda) are followed by further headings, not content; a section name seen twice starts the body.
     */
    private static int bodyStart(List<Line> lines) {
        Set<String> seen = new HashSet<>();
        int lastSection = -1;
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.isContent()) {
                return k;
            }
            if (l.kind() == Kind.SECTION) {
                if (!seen.add(l.label()) || nextIsContent(lines, k)) {
                    return k;
                }
                lastSection = k;
            } else if (l.kind() == Kind.ITEM && nextIsContent(lines, k)) {
                // items under a section heading with no agenda list before: the body starts at the heading
                return lastSection >= 0 && onlyHeadingsBetween(lines, lastSection, k) ? lastSection : k;
            }
        }
        return -1;
    }

    private static boolean onlyHeadingsBetween(List<Line> lines, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Kind kind = lines.get(k).kind();
            if (kind != Kind.ITEM && kind != Kind.BLANK && kind != Kind.SKIP && !lines.get(k).isNote()) {
                return false;
            }
        }
        return true;
    }

    private static boolean nextIsContent(List<Line> lines, int k) {
        for (int j = k + 1; j < lines.size(); j++) {
            Line n = lines.get(j);
            if (n.kind() == Kind.BLANK || n.kind() == Kind.SKIP || n.kind() == Kind.STRUCTURAL) {
                continue;
            }
            return n.isContent();
        }
        return false;
    }

    /** The agenda list: sections with the items on their line or below, notes (※…) kept with their item. */
    private static void readAgenda(List<Line> lines, String defaultSection, MeetingDraft d) {
        String section = defaultSection;
        for (Line l : lines) {
            switch (l.kind()) {
                case SECTION -> {
                    section = l.label();
                    if (l.items().isEmpty()) {
                        d.agenda.add(new AgendaItem(section, null, null, null));
                    } else {
                        for (AgendaItem it : l.items()) {
                            d.agenda.add(new AgendaItem(section, it.number(), it.title(), it.notes()));
                        }
                    }
                }
                case ITEM -> {
                    for (AgendaItem it : l.items()) {
                        d.agenda.add(new AgendaItem(section, it.number(), it.title(), it.notes()));
                    }
                }
                case TEXT -> {
                    if (l.isNote() && !d.agenda.isEmpty()) {
                        AgendaItem last = d.agenda.removeLast();
                        String note = l.text().substring(1).strip();
                        d.agenda.add(new AgendaItem(last.section(), last.number(), last.title(),
                                last.notes() == null ? note : last.notes() + " " + note));
                    }
                }
                default -> {
                    // blank, structural and layout lines carry nothing for the agenda
                }
            }
        }
    }

    /** The body's remarks; {@code raw} holds the record's lines as written (their indentation). */
    private List<RemarkDraft> readBody(List<Line> lines, List<String> raw, MeetingDraft d) {
        List<RemarkDraft> drafts = new ArrayList<>();
        boolean deriveAgenda = d.agenda.isEmpty();
        String section = null;
        // who the heading of the meeting's part names as its speaker (開 会(課長補佐)), if any
        String partSpeaker = null;
        AgendaRef item = null;
        RemarkDraft current = null;
        Set<Integer> notes = recordersNotes(lines);
        postList = postList(lines);
        speakerLetters = speakerLetters(lines);
        // each line as a speaker's line or as it was classified, read once for the labels' names, the body and the
        // look ahead to the next speaker
        List<Line> spoken = lines.stream().map(this::speakerLine).toList();
        labelHolders = labelHolders(spoken, notes);
        namedInBody = namedInBody(spoken);
        for (int k = 0; k < lines.size(); k++) {
            if (notes.contains(k)) {
                // ※資料確認: what the recorder notes was done, no one's words
                continue;
            }
            Line l = spoken.get(k);
            if ((l.kind() == Kind.SECTION || l.kind() == Kind.ITEM) && current != null && !current.inferred
                    && !current.isEmpty() && listInSpeech(lines, raw, k)) {
                // the chair reading the agenda out (  1. 平成16年度業務実績の報告について): its items, indented under
                // the speech, are the speech's, not headings
                current.text(Cleaning.strip(raw.get(l.no() - 1)));
                continue;
            }
            switch (l.kind()) {
                case SECTION -> {
                    if (current != null && current.isEmpty() && nextIsSpeaker(lines, spoken, k)) {
                        // (真鍋会長) / 会長あいさつ / (事務局): a heading where the speaker's words were, the next
                        // speaker after it; the turn is kept with no text, as a recorder's note of it
                        current.noted = true;
                    }
                    RemarkDraft.close(current, drafts, d);
                    current = null;
                    section = l.label();
                    partSpeaker = l.parts().isEmpty() ? null : l.parts().getFirst();
                    item = l.items().size() == 1 ? ref(l.items().getFirst()) : null;
                    Optional<AgendaItem> listed = l.items().isEmpty() ? listedItem(d, l.label()) : Optional.empty();
                    if (listed.isPresent()) {
                        // a body heading that repeats an agenda item's title ("１ 流域の景観…" for 議題 (1))
                        section = listed.get().section();
                        item = ref(listed.get());
                    }
                    if (deriveAgenda) {
                        readAgenda(List.of(l), null, d);
                    }
                }
                case ITEM -> {
                    RemarkDraft.close(current, drafts, d);
                    current = null;
                    item = ref(l.items().getFirst());
                    if (deriveAgenda) {
                        for (AgendaItem it : l.items()) {
                            d.agenda.add(new AgendaItem(section, it.number(), it.title(), it.notes()));
                        }
                    }
                }
                case MARKER -> {
                    RemarkDraft.close(current, drafts, d);
                    RoleTable.Match who = holder(who(l.label()));
                    if (!who.known()) {
                        d.warn(l.no(), "unknown role 【" + l.label() + "】: kept with role group other (add a rule"
                                + " to " + RoleTable.DEFAULT_FILE + ")");
                    }
                    boolean byName = namedAlone.contains(l.no());
                    if (byName) {
                        d.warn(l.no(), "a speaker written by name alone (" + who.speaker() + "): read as a member ("
                                + who.role() + ")");
                    }
                    current = new RemarkDraft(section, item, who, byName, l.no());
                    Matcher pointed = LEADING_BULLET.matcher(l.text());
                    if (ONLY_NOTE.matcher(l.text()).matches()) {
                        // 事務局 (説明): the record notes what the speaker did instead of their words
                        current.noted = true;
                    } else if (pointed.lookingAt()) {
                        // <委員> ・同社は…。 ・他地域との…。: the speaker's points after the label, each a bullet
                        for (String point : INLINE_BULLET.split(l.text().substring(pointed.end()))) {
                            if (!Cleaning.strip(point).isEmpty()) {
                                current.bullet(Cleaning.strip(point));
                            }
                        }
                    } else {
                        current.text(l.text());
                    }
                }
                case BULLETS -> {
                    current = current != null ? current : inferred(section, partSpeaker, item, l.no());
                    for (String b : l.parts()) {
                        current.bullet(b);
                    }
                }
                case TEXT -> {
                    if (CHAIR_TAKES_OVER.matcher(Cleaning.strip(l.text())).matches()) {
                        // これより先、…委員長により議事進行。: the recorder's note of who chairs from here, no one's words
                        continue;
                    }
                    if (CLOCK_ALONE.matcher(l.text()).matches()) {
                        // 午前10時00分 alone between the headings: when the part began, no one's words (in the
                        // header the same line is a date row's start time)
                        continue;
                    }
                    if (current != null && !current.inferred && shortHeading(l.text()) && current.endsSpokenSentence()
                            && nextIsSpeaker(lines, spoken, k)) {
                        // …お願いいたします。 / 資料説明 / 武本企画評価課長 それでは…: a heading of the meeting's part
                        // between a spoken sentence and the next speaker, not the last words of the turn
                        RemarkDraft.close(current, drafts, d);
                        current = null;
                        section = Width.normalize(Cleaning.strip(l.text()));
                        item = null;
                        continue;
                    }
                    current = current != null ? current : inferred(section, partSpeaker, item, l.no());
                    // ※19名の委員のうち…報告する。: a sentence marked as the recorder's, the mark no part of the words
                    current.text(l.isNote() ? Cleaning.strip(l.text().substring(1)) : l.text());
                }
                case CLOSING -> {
                    RemarkDraft.close(current, drafts, d);
                    current = null;
                    if (d.endTime != null && !d.endTime.equals(l.time())) {
                        d.warn(l.no(), "the closing line says " + l.time() + " but the date row says " + d.endTime);
                    }
                    d.endTime = l.time();
                }
                default -> {
                    // blank lines, page numbers and structural headings end nothing: text may run on past them
                }
            }
        }
        RemarkDraft.close(current, drafts, d);
        return drafts;
    }

    /** A bullet's point opened by a capital letter and a space: {@code A 警察の信頼回復は喫緊の課題である。} */
    private static final Pattern LETTER_SPEAKER = Pattern.compile("^([A-ZＡ-Ｚ])[\\s　]+([^\\s　A-Za-zＡ-Ｚａ-ｚ].*)$");

    /**
     * The letters that name speakers in this record's body ({@link #LETTER_SPEAKER}): two letters or more open its
     * bullets' points, none of them Q (a question's mark, whose answers are A).
     */
    private Set<String> speakerLetters = Set.of();

    private Set<String> speakerLetters(List<Line> lines) {
        Set<String> letters = new java.util.TreeSet<>();
        for (Line l : lines) {
            Matcher m = l.kind() == Kind.BULLETS && l.parts().size() == 1 ? LETTER_SPEAKER.matcher(l.text()) : null;
            if (m != null && m.matches()) {
                letters.add(Width.normalize(m.group(1)));
            }
        }
        return letters.size() >= 2 && !letters.contains("Q") ? letters : Set.of();
    }

    /**
     * Whether a marker's words name a topic rather than a speaker: three kanji or more that end as no post does (事業,
     * 挨拶, not 長, 員, 官 …), that the dictionary does not read as a name and that start with no title the role table
     * knows ([意見] / [回答] and 【委員長報告】 stay as they are read).
     */
    private boolean topic(String label) {
        String l = Cleaning.despace(label);
        if (l.length() < 3 || l.length() > 16 || !l.codePoints().allMatch(SummaryParser::isKanji)
                || SpeakerLabels.endsAsAPost(l) || PersonNames.isName(l)) {
            return false;
        }
        for (int k = 2; k < l.length(); k++) {
            if (roles.resolve(l.substring(0, k)).known()) {
                // 【委員長報告】: what a speaker the role table knows does, not a topic
                return false;
            }
        }
        return true;
    }

    /** A few words with no mark of a sentence or a list: what a heading of the meeting's part is (資料説明, 質疑応答). */
    private static boolean shortHeading(String text) {
        String t = Cleaning.strip(text);
        return !t.isEmpty() && t.length() <= 10 && t.chars().noneMatch(ch -> "。、，,．！？!?「」：:".indexOf(ch) >= 0);
    }

    /** The given name's first letter in brackets after a surname, before the title: 甲斐(諭)部会長. */
    private static final Pattern INITIAL_IN_BRACKETS = Pattern.compile("(?<=[^\\s　（()）])[（(][^（）()\\s　]{1,2}[）)](?=[^\\s　（()）]{2})");

    /** A line opened by a list's number: 1. / 1) / (1) / ①. */
    private static final Pattern NUMBERED_LINE = Pattern.compile(
            "^[\\s　]*(?:[0-9０-９]{1,2}[.．)）、]|[（(][0-9０-９]{1,2}[）)]|[①-⑳])");

    /**
     * Whether the numbered item at {@code k} of the body's {@code lines} stands inside a speech that indents its lines:
     * the item indented further than the speech's line above it, as a speaker reading a list out writes it
     * ({@code  本日の議題は…} / {@code   1. 平成16年度業務実績の報告について}); {@code raw} gives the indentation.
     */
    private static boolean listInSpeech(List<Line> lines, List<String> raw, int k) {
        String item = raw.get(lines.get(k).no() - 1);
        if (!NUMBERED_LINE.matcher(item).lookingAt()) {
            return false;
        }
        int itemIndent = indent(item);
        for (int j = k - 1; j >= 0; j--) {
            Line a = lines.get(j);
            if (a.kind() == Kind.BLANK) {
                continue;
            }
            String above = raw.get(a.no() - 1);
            if ((a.kind() == Kind.ITEM || a.kind() == Kind.SECTION) && NUMBERED_LINE.matcher(above).lookingAt()) {
                // the list's item above: the list goes on
                continue;
            }
            int speechIndent = indent(above);
            return a.kind() == Kind.TEXT && speechIndent > 0 && itemIndent > speechIndent;
        }
        return false;
    }

    /** The titles the record's own labels write with one name each (藤井副館長 → 副館長: 藤井), for labels without it. */
    private java.util.Map<String, String> labelHolders = java.util.Map.of();

    private java.util.Map<String, String> labelHolders(List<Line> spoken, Set<Integer> notes) {
        java.util.Map<String, Set<String>> names = new java.util.HashMap<>();
        for (int k = 0; k < spoken.size(); k++) {
            Line l = spoken.get(k);
            if (!notes.contains(k) && l.kind() == Kind.MARKER) {
                RoleTable.Match m = who(l.label());
                if (m.known() && m.speaker() != null && m.role() != null) {
                    names.computeIfAbsent(m.role(), r -> new HashSet<>()).add(m.speaker());
                }
            }
        }
        java.util.Map<String, String> one = new java.util.HashMap<>();
        names.forEach((role, who) -> {
            if (who.size() == 1) {
                one.put(role, who.iterator().next());
            }
        });
        return one;
    }

    /**
     * The chairs' and vice chairs' titles the record's own words give with one name each, where a name stands before
     * the title after a word's end ({@code 横山会長に議事進行をお願いする} → 会長: 横山), for labels without it.
     */
    private java.util.Map<String, String> namedInBody = java.util.Map.of();

    private static final Pattern NAME_BEFORE_CHAIR = Pattern.compile(
            "(?<![\\p{IsHan}々])([\\p{IsHan}々]{1,4}?)((?:副)?(?:会長|委員長|座長|部会長|議長))(?![\\p{IsHan}々])");

    private java.util.Map<String, String> namedInBody(List<Line> spoken) {
        java.util.Map<String, Set<String>> names = new java.util.HashMap<>();
        for (Line l : spoken) {
            if (l.kind() != Kind.TEXT && l.kind() != Kind.BULLETS && l.kind() != Kind.MARKER) {
                continue;
            }
            for (String part : l.parts()) {
                Matcher m = NAME_BEFORE_CHAIR.matcher(part);
                while (m.find()) {
                    RoleTable.Match who = roles.resolve(m.group(1) + m.group(2));
                    if (who.speaker() != null && who.speaker().equals(m.group(1)) && m.group(2).equals(who.role())
                            && (who.group() == RoleGroup.CHAIR || who.group() == RoleGroup.VICE_CHAIR)
                            && PersonNames.isName(m.group(1))) {
                        names.computeIfAbsent(who.role(), r -> new HashSet<>()).add(m.group(1));
                    }
                }
            }
        }
        java.util.Map<String, String> one = new java.util.HashMap<>();
        names.forEach((role, who) -> {
            if (who.size() == 1) {
                one.put(role, who.iterator().next());
            }
        });
        return one;
    }

    /** Whether the next line with anything on it after {@code k} opens a speaker's turn. */
    private static boolean nextIsSpeaker(List<Line> lines, List<Line> spoken, int k) {
        for (int j = k + 1; j < lines.size(); j++) {
            Kind kind = lines.get(j).kind();
            if (kind != Kind.BLANK && kind != Kind.SKIP && kind != Kind.STRUCTURAL) {
                return spoken.get(j).kind() == Kind.MARKER;
            }
        }
        return false;
    }

    /**
     * The line numbers of a list of people with their other posts (山田会長(○○地区自治会連合会長) /
     * 鈴木副会長(市社会福祉協議会常務理事)): two such lines or more in a row, which are no speaker's labels.
     */
    private static Set<Integer> postList(List<Line> lines) {
        Set<Integer> out = new HashSet<>();
        int previous = -1;
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.kind() == Kind.BLANK) {
                continue;
            }
            boolean shaped = l.kind() == Kind.TEXT
                    && SpeakerLabels.OTHER_POST.matcher(Cleaning.strip(l.text())).matches();
            if (shaped && previous >= 0) {
                out.add(lines.get(previous).no());
                out.add(l.no());
            }
            previous = shaped ? k : -1;
        }
        return out;
    }

    /** 委 員, 事 務 局: two to five letters, one space or more between each. */
    private static final Pattern LETTER_SPACED = Pattern.compile("[^\\s　](?:[\\s　]+[^\\s　]){1,4}");
    /** The title a member written by name alone is read with ({@link #namedAlone}). */
    private static final String MEMBER = "委員";
    /** The lines of the record being read that write a speaker by name alone (佐藤)), read as a member. */
    private final Set<Integer> namedAlone = new HashSet<>();
    /** The lines of a list of people with their other posts in the body being read (see {@link #postList}). */
    private Set<Integer> postList = Set.of();

    /**
     * The lines of the recorder's notes in the body: a paragraph opened by ※ that does not end as a sentence does
     * (※資料確認, ※…西山会長に議題の進行を依頼), with the lines it runs on over. A ※ paragraph ending in 。 is
     * written as someone's words and stays in the remark.
     */
    private static Set<Integer> recordersNotes(List<Line> lines) {
        Set<Integer> notes = new HashSet<>();
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).isNote()) {
                continue;
            }
            int end = k;
            while (end + 1 < lines.size() && lines.get(end + 1).kind() == Kind.TEXT && !lines.get(end + 1).isNote()
                    && !lines.get(end).text().endsWith("。")) {
                end++;
            }
            if (!Cleaning.strip(lines.get(end).text()).endsWith("。")) {
                for (int j = k; j <= end; j++) {
                    notes.add(j);
                }
            }
            k = end;
        }
        return notes;
    }

    private static Optional<AgendaItem> listedItem(MeetingDraft d, String heading) {
        String h = Cleaning.despace(Width.normalize(heading));
        return d.agenda.stream()
                .filter(a -> a.title() != null && a.number() != null
                        && Cleaning.despace(Width.normalize(a.title())).equals(h))
                .findFirst();
    }

    /**
     * False when {@code text} lacks a character the shape cannot match without (the bracket it starts with, its
     * colon or its closing bracket): most lines of text are ruled out before the pattern runs.
     */
    /**
     * Whether the text after a colon only names who holds the post before it (司会:阿佐美経営企画課長): a name with a
     * title, no sentence: a step of the record, not that post's words.
     */
    private boolean namesAPerson(String text) {
        String t = Cleaning.strip(text);
        if (t.isEmpty() || t.length() > 20 || !SpeakerLabels.lettersOnly(t)) {
            return false;
        }
        Optional<SpeakerLabels.Person> p = labels.gluedLabel(SpeakerLabels.fold(t));
        return p.isPresent() && p.get().name() != null;
    }

    /** 出席委員:…, 欠席委員:…: a list of the record (its lexicon's heading words), not a member's words. */
    private boolean startsWithListWord(String label) {
        String f = SpeakerLabels.fold(label);
        for (int n = Math.min(4, f.length() - 1); n >= 2; n--) {
            if (lexicon.isHeading(f.substring(0, n))) {
                return true;
            }
        }
        return false;
    }

    /** Words that tie what follows a space to the word before it: no speech starts with them. */
    private static final Pattern TIED_TO_WORD_BEFORE = Pattern.compile("^(?:から|より|まで|など|等|[がのをにへとでやもは](?!い[、。]))");

    /**
     * Whether the text after a speaker's word and a space is their speech: a sentence (。 in it) that does not start
     * with a particle (委員 からの意見… is a sentence about the members, not theirs).
     */
    private static boolean speechAfterLabel(String rest) {
        String r = Cleaning.strip(rest);
        return r.indexOf('。') > 0 && !TIED_TO_WORD_BEFORE.matcher(r).find();
    }

    private static boolean mayMatch(Pattern shape, String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (shape == PAREN_SPEAKER) {
            return first == '（' || first == '(';
        }
        if (shape == ANGLE_SPEAKER) {
            return "＜〈‹<《≪".indexOf(first) >= 0;
        }
        if (shape == COLON_SPEAKER) {
            return text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
        }
        if (shape == DASH_NOTE) {
            char c = Cleaning.firstNonSpace(text);
            return "―－-─—−".indexOf(c) >= 0;
        }
        return text.indexOf('）') >= 0 || text.indexOf(')') >= 0;
    }

    /**
     * A text line opened by a speaker in another common form than 【委員】: "委員：…", "Ａ委員：…", "（事務局）…",
     * "・会長：…". It becomes a role marker when what stands before the colon or inside the brackets is a role the
     * role table knows, so "日時：…" or "（参考）…" stay text.
     */
    private Line speakerLine(Line l) {
        if (l.kind() == Kind.MARKER) {
            Matcher explains = BRACKET_NOTE.matcher(l.label());
            if (explains.matches() && l.text().isBlank() && who(Cleaning.strip(explains.group(1))).known()) {
                // [担当課:説明]: who explains what follows
                return marker(l, Cleaning.strip(explains.group(1)), "");
            }
        }
        boolean unknownMarker = l.kind() == Kind.MARKER && !who(l.label()).known();
        if (unknownMarker) {
            String note = Cleaning.despace(l.label());
            Matcher explains = EXPLAINS.matcher(note);
            Optional<String> explainer = explains.matches() ? namedIn(explains.group(1)) : Optional.empty();
            if (ROOM_NOTE.matcher(note).matches() || explainer.isPresent()) {
                // 【委員了承】: the recorder's note, not speech; 【…事務局が説明】 opens the turn of who explains, their
                // words below; a speaker's label after either on the same line (【…の確認】 ○会長 それでは…) is theirs
                Line rest = l.text().isBlank() ? null : speakerLine(classify(l.no(), l.text()));
                if (rest != null && rest.kind() == Kind.MARKER) {
                    return rest;
                }
                if (explainer.isPresent()) {
                    return marker(l, explainer.get(), l.text());
                }
                return rest != null ? rest : line(l.no(), Kind.SKIP, null, List.of(), List.of());
            }
        }
        Matcher dashed = l.kind() == Kind.TEXT && mayMatch(DASH_NOTE, l.text()) ? DASH_NOTE.matcher(l.text()) : null;
        if (dashed == null || !dashed.matches()) {
            // ■事務局より資料について説明, ■グループワーク「…について」: a square before a short line without a
            // sentence marks the recorder's note or heading as the dashes do
            dashed = l.kind() == Kind.TEXT && l.text().startsWith("■") ? SQUARE_NOTE.matcher(l.text()) : null;
        }
        if (dashed != null && dashed.matches()) {
            // ―了承―, ― 資料2に基づき、事務局より説明 ―, - 傍聴者注意事項 -: the recorder's note between dashes, as
            // the notes in 【】 are: the room's assent is no speech, a note of who explains opens their turn, any
            // other is a heading; a speaker's label after it on the same line is theirs
            String note = Cleaning.despace(dashed.group(1));
            Line rest = dashed.group(2).isBlank() ? null : speakerLine(classify(l.no(), dashed.group(2)));
            if (rest != null && rest.kind() == Kind.MARKER) {
                return rest;
            }
            Matcher explains = EXPLAINS.matcher(note);
            Optional<String> explainer = explains.matches() ? namedIn(explains.group(1)) : Optional.empty();
            if (explainer.isPresent()) {
                return marker(l, explainer.get(), dashed.group(2));
            }
            if (rest == null) {
                return ROOM_NOTE.matcher(note).matches() ? line(l.no(), Kind.SKIP, null, List.of(), List.of())
                        : line(l.no(), Kind.SECTION, Width.normalize(note), List.of(), List.of());
            }
        }
        if (unknownMarker && !l.text().isBlank() && (HEADING_WORDS.matcher(l.label()).matches()
                || LETTER_SPACED.matcher(Cleaning.strip(l.label())).matches())) {
            // 【1 開 会】 藤井副館長(出席状況の確認), 【2 挨 拶】 中牧館長: a step of the meeting written as a marker, and
            // who speaks in it after it on the same line (a note of what they do in brackets), their words below
            String after = Cleaning.strip(l.text());
            Matcher noted = SPEAKER_WITH_NOTE.matcher(after);
            String speaker = noted.matches() ? noted.group(1) : after;
            if (speaker.length() <= 16 && SpeakerLabels.lettersOnly(speaker) && who(speaker).known()) {
                return marker(l, speaker, "");
            }
            if (HEADING_WORDS.matcher(l.label()).matches() && !after.contains("。")) {
                // 【議事資料1】はむら市民と産業のまつり2024出展報告: a numbered heading and its title, no one's label
                return line(l.no(), Kind.SECTION, Width.normalize(l.label() + " " + after), List.of(), List.of());
            }
        }
        if (unknownMarker && l.text().isBlank() && topic(l.label())) {
            // 【水道事業】, 【開催挨拶】: a topic or a part of the meeting written like a marker, no one's label
            return line(l.no(), Kind.SECTION, Width.normalize(Cleaning.strip(l.label())), List.of(), List.of());
        }
        if (unknownMarker && HEADING_WORDS.matcher(l.label()).matches() && l.text().isBlank()) {
            // 【今年度のスケジュールについて】: a heading written like a marker
            return line(l.no(), Kind.SECTION, Width.normalize(l.label()), List.of(), List.of());
        }
        if (l.kind() != Kind.TEXT && !(l.kind() == Kind.BULLETS && l.parts().size() == 1)) {
            return l;
        }
        String text = l.text();
        Matcher lettered = l.kind() == Kind.BULLETS ? LETTER_SPEAKER.matcher(text) : null;
        if (lettered != null && lettered.matches() && speakerLetters.contains(Width.normalize(lettered.group(1)))) {
            // • A 警察の信頼回復は…。 / • B …: members the record names by letters, a letter a bullet
            return marker(l, Width.normalize(lettered.group(1)), lettered.group(2));
        }
        for (Pattern p : SPEAKER_SHAPES) {
            if (!mayMatch(p, text)) {
                continue;
            }
            Matcher m = p.matcher(text);
            if (m.matches()) {
                String label = Cleaning.strip(m.group(1));
                if (who(label).known() && !NOTE_LABEL.matcher(label).find() && !(p == COLON_SPEAKER
                        && (namesAPerson(m.group(2)) || startsWithListWord(label)))) {
                    return marker(l, label, m.group(2));
                }
            }
        }
        Matcher closed = l.kind() == Kind.TEXT && mayMatch(CLOSE_SPEAKER, text) ? CLOSE_SPEAKER.matcher(text) : null;
        if (closed != null && closed.matches() && closed.group(2).isBlank()) {
            String name = Cleaning.strip(closed.group(1));
            if (name.length() <= 6 && SpeakerLabels.lettersOnly(name) && PersonNames.isName(name)) {
                // 佐藤) alone on its line, the words below, where the others are written 事務局), 市長): a member
                // written by name alone
                namedAlone.add(l.no());
                return marker(l, name + MEMBER, "");
            }
        }
        Matcher bracketed = PAREN_SPEAKER.matcher(text);
        if (l.kind() == Kind.TEXT && bracketed.matches() && bracketed.group(2).isBlank() && !NOTE.matcher(text).matches()) {
            // （委嘱状伝達）, (了), (決定事項・発言者・発言内容等): a stage direction or a note, no one's words
            return line(l.no(), Kind.SKIP, null, List.of(), List.of());
        }
        Matcher note = NOTE.matcher(text);
        if (note.matches()) {
            Optional<String> named = namedIn(Cleaning.strip(note.group(1)));
            if (named.isPresent()) {
                return marker(l, named.get(), "");
            }
        }
        // a line holding only the speaker (高山会長, ●会長, ◎藤野会長), or the speaker and a space before the text
        // (●会長　…)
        // 事務局: with its colon and nothing after it, alone on its line, as 事務局 alone
        String t = Cleaning.strip(text).replaceFirst("[：:]$", "");
        if (LETTER_SPACED.matcher(t).matches()) {
            // 委 員 alone on its line: a speaker written letter-spaced
            t = Cleaning.despace(t);
        }
        boolean doubleCircle = l.kind() == Kind.TEXT && t.startsWith("◎");
        if (doubleCircle) {
            t = Cleaning.strip(t.substring(1));
        }
        int space = 0;
        while (space < t.length() && !Cleaning.isSpace(t.charAt(space))) {
            space++;
        }
        String head = t.substring(0, space);
        // 議長は一瀬委員 (who was chosen, a line of the record): a particle between two words, no speaker's label
        if (head.length() <= 16 && SpeakerLabels.lettersOnly(INITIAL_IN_BRACKETS.matcher(head).replaceFirst(""))
                && !RoleTable.PARTICLE_BETWEEN_KANJI.matcher(head).find() && who(head).known()
                && (space == t.length() || l.kind() == Kind.BULLETS || doubleCircle
                || l.kind() == Kind.TEXT && speechAfterLabel(t.substring(space)))) {
            // 委員長 皆さん、こんにちは。…, 事務局 どうもご苦労さまでございます。…: the speaker, a space, and a sentence
            return marker(l, head, t.substring(space));
        }
        Matcher post = SpeakerLabels.OTHER_POST.matcher(t);
        if (l.kind() == Kind.TEXT && post.matches() && !postList.contains(l.no())
                && SpeakerLabels.endsAsAPost(post.group(2))) {
            RoleTable.Match named = who(post.group(1));
            if (named.known() && named.speaker() != null) {
                // 久野会長(飛島村村長) alone on its line: the speaker, and the post they hold besides in brackets
                return marker(l, post.group(1), "");
            }
        }
        if (l.kind() == Kind.BULLETS && l.label() != null && post.matches() && who(t).known()
                && who(t).group() != RoleGroup.OTHER) {
            // □事務局(課長) alone on its line after a speaker's mark: the secretariat's title in brackets, the words
            // below
            return marker(l, t, "");
        }
        if ((l.kind() == Kind.BULLETS && l.label() != null || doubleCircle) && space == t.length()
                && head.length() >= 3 && head.length() <= 16 && SpeakerLabels.lettersOnly(head)
                && SpeakerLabels.endsAsAPost(head)
                && !HEADING_WORDS.matcher(head).matches() && !startsWithSectionWord(head)
                && !lexicon.isHeading(Width.fold(head))) {
            // ○増田内閣府少子化担当参事官 alone on its line: a speaker's mark before a word that ends as titles of
            // people do (官, 長, 員 …), though no rule knows the title. It opens a turn of its own, with a warning, rather than
            // being read as the last speaker's words.
            return marker(l, head, "");
        }
        if (l.kind() == Kind.TEXT && head.length() <= 16 && SpeakerLabels.lettersOnly(head) && who(head).known()
                && ONLY_NOTE.matcher(t.substring(space)).matches()) {
            // 事務局 (開会のあいさつ): the speaker and what they do, their words on the lines below (the note kept
            // on the marker: a turn with nothing else is the recorder's note of it, 事務局 (説明))
            return marker(l, head, t.substring(space));
        }
        return l;
    }

    /**
     * The last words of {@code phrase} that name a speaker: 資料1に基づき、事務局 → 事務局, 介護保険課長 → 介護保険課長,
     * 配布資料等に基づき事務局 → 事務局 (words with kana of a sentence before a title are no one's name).
     */
    private Optional<String> namedIn(String phrase) {
        for (int k = 0; k < phrase.length(); k++) {
            String label = phrase.substring(k);
            if (!SpeakerLabels.lettersOnly(label)) {
                continue;
            }
            RoleTable.Match m = who(label);
            boolean kana = label.chars().anyMatch(c -> c >= 'ぁ' && c <= 'ゖ');
            if (m.known() && (!kana || m.speaker() != null && PersonNames.isName(m.speaker()))) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    private static Line marker(Line l, String label, String text) {
        return new Line(l.no(), Kind.MARKER, label, List.of(), List.of(Cleaning.strip(text)), null);
    }

    /**
     * Who a marker names: a role (会長, 事務局), a name before a role the rules allow one for (山田委員), a role with
     * the name in brackets (委員長（田村君）), a name glued to a title (岡田課長 → 岡田, 課長: the label grammar
     * splits them as in verbatim records), a name with an honorific (本間君 → a member, 議員).
     */
    private RoleTable.Match who(String label) {
        String l = Cleaning.strip(label);
        if (l.length() == 1 && speakerLetters.contains(l)) {
            // a member the record names by a letter alone (A, B …): no title
            return new RoleTable.Match(null, l, RoleGroup.OTHER, true);
        }
        int space = l.length() - 1;
        while (space > 0 && !Cleaning.isSpace(l.charAt(space))
                && !(l.charAt(space) == '・' && l.substring(0, space).codePoints().anyMatch(SummaryParser::isKanji))) {
            space--;
        }
        if (space > 0) {
            // 【東区協議会 金指会長】, (山陰家庭学院・澤事務局長): whom the speaker stands for, a space or a middle dot,
            // then the name and title
            RoleTable.Match last = Speakers.resolve(l.substring(space + 1), roles, labels);
            if (last.known() && last.speaker() != null) {
                return last;
            }
        }
        return Speakers.resolve(label, roles, labels);
    }

    /**
     * The titles the lists give to one named person each: a chair's or vice chair's among the members, an
     * executive's among the officials (市側出席者 中川教育長 → (教育長) is 中川). A title two people share, and the
     * secretariat's, name no one.
     */
    private java.util.Map<String, String> holders(List<Attendee> attendees, List<Official> officials) {
        java.util.Map<String, String> one = new java.util.HashMap<>();
        Set<String> shared = new HashSet<>();
        java.util.function.BiConsumer<String, String> hold = (role, name) -> {
            String previous = one.putIfAbsent(role, name);
            if (previous != null && !previous.equals(name)) {
                shared.add(role);
            }
        };
        for (Attendee a : attendees == null ? List.<Attendee>of() : attendees) {
            if (a.name() != null && a.role() != null
                    && (a.roleGroup() == RoleGroup.CHAIR || a.roleGroup() == RoleGroup.VICE_CHAIR)) {
                hold.accept(a.role(), a.name());
            }
        }
        for (Official o : officials) {
            if (o.name() != null && o.title() != null && roles.resolve(o.title()).group() == RoleGroup.EXECUTIVE) {
                hold.accept(o.title(), o.name());
            }
        }
        shared.forEach(one::remove);
        return one;
    }

    private static boolean isKanji(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The chair of a council's meeting, and the council's president who is it. */
    private static final String CHAIRS_AS = "議長";
    private static final String PRESIDENT = "会長";

    /** The marker's speaker, or the lists' one holder of its role when the marker names no one. */
    private RoleTable.Match holder(RoleTable.Match who) {
        if (who.speaker() != null || who.role() == null) {
            return who;
        }
        // else the one person the preamble's other lists give that title (市執行部 市長(今泉文彦),…)
        boolean oneHolder = who.group() == RoleGroup.CHAIR || who.group() == RoleGroup.VICE_CHAIR
                || who.group() == RoleGroup.EXECUTIVE;
        String name = holders.containsKey(who.role()) ? holders.get(who.role())
                : oneHolder ? labels.listedName(SpeakerLabels.fold(who.role())) : null;
        if (name == null && oneHolder) {
            // (副館長) where the record's other labels write 藤井副館長, and no one else with that title
            name = labelHolders.get(who.role());
        }
        if (name == null && oneHolder) {
            // 会長 where the record's words say 横山会長 (and no other name with that title)
            name = namedInBody.get(who.role());
        }
        if (name == null && who.group() != RoleGroup.MEMBER && who.group() != RoleGroup.OTHER) {
            // 事務局(課長) where the lists give 星野清掃課長 and no other title ending so: the post written short
            String only = null;
            int found = 0;
            for (var e : holders.entrySet()) {
                if (e.getKey().endsWith(who.role()) && e.getKey().length() > who.role().length()) {
                    only = e.getValue();
                    found++;
                }
            }
            name = found == 1 ? only : null;
        }
        if (name == null && CHAIRS_AS.equals(who.role()) && holders.containsKey(PRESIDENT)) {
            // a council's president chairs its meetings (会長は、会議の議長となる): (議長) is the 会長 the lists name
            name = holders.get(PRESIDENT);
        }
        return name == null ? who : new RoleTable.Match(who.role(), name, who.group(), who.known());
    }

    /**
     * An explanation with no role marker at the start of an item: the secretariat's, by convention; under a heading
     * that names who speaks (会長あいさつ, 市長挨拶, 開 会(課長補佐)), that role's.
     *
     * @param partSpeaker the speaker the section's heading names in brackets, or null
     */
    private RemarkDraft inferred(String section, String partSpeaker, AgendaRef item, int line) {
        Matcher greeting = section == null ? null : GREETING.matcher(Cleaning.despace(section));
        String giver = partSpeaker != null ? partSpeaker
                : greeting != null && greeting.matches() ? greeting.group(1) : null;
        if (giver != null) {
            RoleTable.Match who = holder(who(giver));
            if (who.known()) {
                RemarkDraft d = new RemarkDraft(section, item, who, true, line);
                d.namedByHeading = true;
                return d;
            }
        }
        return new RemarkDraft(section, item, roles.resolve("事務局"), true, line);
    }

    private static AgendaRef ref(AgendaItem it) {
        return new AgendaRef(it.number(), it.title());
    }

    /** Classifies one line of a summary after the header. */
    static Line classify(int no, String rawLine) {
        String line = tableCells(Cleaning.stripMarkup(rawLine.indexOf('<') < 0 ? rawLine
                : LIST_ITEM_TAG.matcher(rawLine).replaceAll(" ・")));
        if (line.isBlank()) {
            return line(no, Kind.BLANK, null, List.of(), List.of());
        }
        if (Cleaning.isPageNumber(line) || Cleaning.isSeparator(line) || END_WORD.matcher(line).matches()
                || CONTACT.matcher(line).lookingAt() || Cleaning.isPageChrome(line)
                || LONE_NUMBER.matcher(line).matches()) {
            // a number alone on its line: a PDF's page number, or the number of the part whose heading follows
            return line(no, Kind.SKIP, null, List.of(), List.of());
        }
        if (SUBHEADING.matcher(line).matches()) {
            // 〔意見等〕: a heading inside an item, no speaker
            return line(no, Kind.STRUCTURAL, Cleaning.strip(line), List.of(), List.of());
        }
        Matcher closing = CLOSING.matcher(line);
        if (closing.matches()) {
            Optional<LocalTime> t = JapaneseDates.parseTime(Cleaning.despace(closing.group(1)));
            if (t.isPresent()) {
                return new Line(no, Kind.CLOSING, null, List.of(), List.of(), t.get());
            }
        }
        Matcher bracketed = BRACKETED_HEADING.matcher(line);
        if (bracketed.matches()) {
            String inner = Cleaning.despace(bracketed.group(1));
            if (inner.length() <= 6 && startsWithSectionWord(inner)) {
                // （開会前）, （開　会）: a part of the meeting written in brackets
                return line(no, Kind.SECTION, inner, List.of(), List.of());
            }
        }
        Matcher marker = MARKER.matcher(line);
        if (marker.matches()) {
            Optional<Line> section = section(no, marker.group(1) + " " + marker.group(2), false);
            if (section.isPresent()) {
                return section.get();
            }
            return line(no, Kind.MARKER, Cleaning.strip(marker.group(1)), List.of(), List.of(marker.group(2)));
        }
        Matcher item = ITEM.matcher(line);
        if (item.matches() && !item.group(4).contains("。") && item.group(4).length() <= 80) {
            List<AgendaItem> its = item.group(3) == null ? items(null, Cleaning.strip(line))
                    : List.of(item(null, "(" + Numbers.parse(item.group(3)) + ")", item.group(4)));
            return line(no, Kind.ITEM, null, its, List.of());
        }
        if (line.length() <= HEADING_MAX) {
            Optional<Line> heading = heading(no, line);
            if (heading.isPresent()) {
                return heading.get();
            }
        }
        if (mayMatch(DASH_NOTE, line) && DASH_NOTE.matcher(line).matches()) {
            // - 傍聴者注意事項 -: a note between dashes, not a bullet (speakerLine reads it)
            return line(no, Kind.TEXT, null, List.of(), List.of(Cleaning.strip(line)));
        }
        Matcher asked = SpeakerLabels.QA_LABEL.matcher(line);
        if (asked.matches()) {
            // Q 片桐委員 / A 鈴木道路建設課長 alone on their lines, the words below: the question's and the answer's
            // speakers, the letter read as a speaker's mark (a word that names no speaker stays a bullet's)
            return line(no, Kind.BULLETS, "●", List.of(), List.of(Cleaning.strip(asked.group(1))));
        }
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches()) {
            List<String> parts = new ArrayList<>();
            for (String p : INLINE_BULLET.split(bullet.group(1))) {
                String s = Cleaning.strip(p);
                if (!s.isEmpty()) {
                    parts.add(s);
                }
            }
            // the mark, where it is one that also opens a speaker's line (○, ●, ◆): a lone word after it may be one
            String mark = Cleaning.strip(line).substring(0, 1);
            return line(no, Kind.BULLETS, SPEAKER_MARKS.indexOf(mark.charAt(0)) >= 0 ? mark : null, List.of(), parts);
        }
        return line(no, Kind.TEXT, null, List.of(), List.of(Cleaning.strip(line)));
    }

    /**
     * The longest line read as a heading or as a section with its items; longer lines are text. Headings are short,
     * and the heading patterns backtrack over the whole line (a broken file's 50 MB line would take hours).
     */
    private static final int HEADING_MAX = 400;

    /**
     * A heading's words without the spaces and the marks around them (one opening mark, one closing mark), or null
     * when the words hold a line's end; what {@code ^[\s　]*[■□◎＜〈《<]?[\s　]*(.*?)[\s　]*[＞〉》>]?[\s　]*$}
     * takes as its group, without the pattern's trying of every place the words may end.
     */
    static String withoutHeadingMarks(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && Cleaning.isSpace(line.charAt(start))) {
            start++;
        }
        if (start < end && HEADING_OPENERS.indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        while (start < end && Cleaning.isSpace(line.charAt(start))) {
            start++;
        }
        int last = line.length();
        while (last > 0 && Cleaning.isSpace(line.charAt(last - 1))) {
            last--;
        }
        if (last > 0 && HEADING_CLOSERS.indexOf(line.charAt(last - 1)) >= 0) {
            last--;
        }
        while (last > 0 && Cleaning.isSpace(line.charAt(last - 1))) {
            last--;
        }
        String words = line.substring(start, Math.max(start, last));
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        return words;
    }

    /** A structural heading or a section (with the items on its line), else empty: a line of text. */
    private static Optional<Line> heading(int no, String line) {
        Matcher numbered = NUMBERED.matcher(line);
        boolean isNumbered = numbered.matches();
        String rest = isNumbered ? numbered.group(1) : line;
        String marked = withoutHeadingMarks(rest);
        String h = marked != null ? marked : Cleaning.strip(rest);
        String d = Cleaning.despace(Width.normalize(h));
        if (PAGE_PARTS.matcher(d).matches() || LINK_ONLY.matcher(Cleaning.strip(line)).matches()) {
            // 資料, 議事録 alone: the headings of a page's links to its documents, no one's words; URL:https://… alone
            return Optional.of(line(no, Kind.STRUCTURAL, d, List.of(), List.of()));
        }
        if (d.length() <= 24 && !d.contains("。") && (STRUCTURAL_END.matcher(BRACKETS.matcher(d).replaceAll(""))
                .matches()
                || d.endsWith("等") && startsWithSectionWord(d))) {
            return Optional.of(line(no, Kind.STRUCTURAL, d, List.of(), List.of()));
        }
        return section(no, h, isNumbered);
    }

    private static Line line(int no, Kind kind, String label, List<AgendaItem> items, List<String> parts) {
        return new Line(no, kind, label, items, parts, null);
    }

    private static boolean startsWithSectionWord(String despaced) {
        return SECTION_WORDS.stream().anyMatch(despaced::startsWith);
    }

    /**
     * A section heading: a known section word, letter-spaced or not, alone or followed by its items
     * ("報告事項 (1) … (2) …"); a numbered short heading without a sentence in it is a section too (５ 意見交換会).
     */
    private static Optional<Line> section(int no, String text, boolean numbered) {
        String t = Cleaning.strip(text);
        for (String word : SECTION_WORDS) {
            int end = matchSpaced(t, word);
            if (end < 0) {
                continue;
            }
            String rest = t.substring(end).replaceFirst("^[\\s　]*等?[\\s　:：]*", "");
            if (rest.isEmpty()) {
                return Optional.of(line(no, Kind.SECTION, word, List.of(), List.of()));
            }
            Matcher speaker = BRACKETED_AFTER.matcher(rest);
            if (speaker.matches()) {
                // 開 会(課長補佐): the part of the meeting and who speaks in it (the paragraphs below are theirs)
                return Optional.of(line(no, Kind.SECTION, word, List.of(),
                        List.of(Cleaning.despace(speaker.group(1)))));
            }
            Matcher first = ITEM_NUMBER.matcher(rest);
            if (first.lookingAt()) {
                return Optional.of(line(no, Kind.SECTION, word, items(word, rest), List.of()));
            }
            if (NUMBER_ALONE.matcher(rest).matches()) {
                // 議題1 alone on its line, its title on the lines below or none: the section word and the number
                return Optional.of(line(no, Kind.SECTION, word, List.of(item(word, "(" + Numbers.parse(rest) + ")",
                        "")), List.of()));
            }
            Matcher bare = BARE_NUMBER.matcher(rest);
            if (bare.matches() && !bare.group(2).contains("。")) {
                // 議事1 子ども・若者・子育て会議に求めること…について, 議事1:会議及び記録の公開について: the section word, the
                // item's number and title
                return Optional.of(line(no, Kind.SECTION, word,
                        List.of(item(word, "(" + Numbers.parse(bare.group(1)) + ")", bare.group(2))), List.of()));
            }
            if (SECTION_LIST.matcher(rest).matches() && sectionWordsOnly(rest)) {
                // 委嘱状の交付、自己紹介: parts of the meeting one after another
                return Optional.of(line(no, Kind.SECTION, Cleaning.despace(t), List.of(), List.of()));
            }
        }
        String d = Cleaning.despace(t);
        if (numbered && !d.isEmpty() && (d.length() <= 24 || d.length() <= 48 && AGENDA_TITLE_END.matcher(d).find())
                && !d.matches(".*[。、，,].*") && !d.startsWith("・")) {
            Matcher first = ITEM_NUMBER.matcher(t);
            if (first.find() && first.start() > 0) {
                String name = Width.normalize(t.substring(0, first.start()));
                return Optional.of(line(no, Kind.SECTION, name, items(name, t.substring(first.start())), List.of()));
            }
            return Optional.of(line(no, Kind.SECTION, Width.normalize(t), List.of(), List.of()));
        }
        return Optional.empty();
    }

    /** How a longer agenda item's title ends: 4 …推進プランの進行管理について, …に関する件, (報告). */
    private static final Pattern AGENDA_TITLE_END = Pattern.compile("(?:について|に関する件|の件|[（(][^（）()]{1,8}[）)])$");

    /** A greeting that names who gives it: 会長あいさつ, 市長挨拶, 委員長のあいさつ. */
    private static final Pattern GREETING = Pattern.compile("^(.{1,12}?)の?(?:あいさつ|挨拶)$");
    /** What follows a speaker when it is only a note of what they do: (開会のあいさつ), （説明）, −配付資料の確認−. */
    private static final Pattern ONLY_NOTE = Pattern.compile("^[\\s　]*(?:[（(][^（）()。]{1,20}[）)]"
            + "|[―－\\-─—−][^。]{1,40}?[―－\\-─—−])[\\s　]*$");
    private static final Pattern LONE_NUMBER = Pattern.compile("^[\\s　]*[0-9０-９]{1,3}[\\s　]*$");
    /** Who speaks in a part of the meeting, in brackets after its heading: 開 会(課長補佐), あいさつ(子育て健康課長). */
    private static final Pattern BRACKETED_AFTER = Pattern.compile("^[（(]([^（）()。]{1,16})[）)][\\s　]*$");
    /** "1 title" or "1:title" after a section word: the item's number, a space or a colon, its title. */
    private static final Pattern NUMBER_ALONE = Pattern.compile("^[0-9０-９]{1,2}$");
    private static final Pattern BARE_NUMBER = Pattern.compile(
            "^([0-9０-９]{1,2})(?:[\\s　]+|[\\s　]*[:：][\\s　]*)(\\S.{0,79})$");
    /** "、自己紹介", "・閉会": further parts after a section word. */
    private static final Pattern SECTION_LIST = Pattern.compile("^[、・,，].*");

    /** Whether "、A、B" is made of section words only. */
    private static boolean sectionWordsOnly(String rest) {
        for (String part : rest.split("[、・,，]")) {
            String p = Cleaning.despace(part);
            if (!p.isEmpty() && SECTION_WORDS.stream().noneMatch(p::equals)) {
                return false;
            }
        }
        return true;
    }

    /** The end of {@code word} in {@code text} when text starts with it, spaces between its letters allowed. */
    private static int matchSpaced(String text, String word) {
        int i = 0;
        for (int w = 0; w < word.length(); w++) {
            while (i < text.length() && w > 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '　')) {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != word.charAt(w)) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /** "(1) 第4回委員会 ※次回は… (2) 第2回学習会" → items with their notes. */
    private static List<AgendaItem> items(String section, String text) {
        List<AgendaItem> out = new ArrayList<>();
        Matcher m = ITEM_NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int k = 0; k < spans.size(); k++) {
            int end = k + 1 < spans.size() ? spans.get(k + 1)[0] : text.length();
            String number = text.substring(spans.get(k)[0], spans.get(k)[1]);
            out.add(item(section, normaliseNumber(number), text.substring(spans.get(k)[1], end)));
        }
        return out;
    }

    private static String normaliseNumber(String number) {
        String n = Width.normalize(number);
        return n.startsWith("(") ? "(" + Numbers.parse(n.substring(1, n.length() - 1)) + ")" : n;
    }

    private static AgendaItem item(String section, String number, String text) {
        String t = Cleaning.strip(text);
        String notes = null;
        int note = t.indexOf('※');
        if (note >= 0) {
            notes = Cleaning.strip(t.substring(note + 1));
            t = Cleaning.strip(t.substring(0, note));
        }
        return new AgendaItem(section, number, t.isEmpty() ? null : t,
                notes == null || notes.isEmpty() ? null : notes);
    }
}
