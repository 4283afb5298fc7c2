package jp.meetingsearch.minutes;

import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Width;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a verbatim 会議録 as assembly minutes systems publish it: a preamble (title, date, attendance lists,
 * 議事日程, times), then speaker turns each opened by a line starting with ○, 〇, ◯ or ◎ and the speaker
 * (○議長（山田太郎君）, ○山下委員長, ○３番（高木直良君）; some systems mark members with ◆ and executives with ◎),
 * with ◎/◆ headings and 日程第N items between them.
 * Stage directions (〔…〕, （「異議なし」と呼ぶ者あり）), page numbers and rules are dropped.
 */
final class VerbatimParser implements MinutesParser {
    private final RoleTable roles;
    private final TitleLexicon lexicon;

    VerbatimParser(RoleTable roles) {
        this(roles, TitleLexicon.shared());
    }

    VerbatimParser(RoleTable roles, TitleLexicon lexicon) {
        this.roles = roles;
        this.lexicon = lexicon;
    }


    @Override
    public MinutesFormat format() {
        return MinutesFormat.VERBATIM;
    }

    private static final Pattern HEADING = Pattern.compile("^[\\s　]*[◎◆■●□◇△▲][\\s　]*(.+)$");
    /** A line of a number alone: a page number or the number some systems give each speech. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^[\\s　]*[0-9０-９]{1,4}[:：]?[\\s　]*$");
    /** A separator a page or a conversion left at the end of a line of speech ("開きます。　────────"). */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[\\s　]*[─━―－-]{6,}[\\s　]*$");

    /**
     * Whether the last character of the line that is neither a space nor a line's end is a dash: a line that
     * {@link #TRAILING_SEPARATOR} can end is ruled out by it before the pattern searches the line.
     */
    private static boolean endsWithDash(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (!Cleaning.isSpace(c) && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                return "─━―－-".indexOf(c) >= 0;
            }
        }
        return false;
    }
    private static final Pattern SCHEDULE_ITEM = Pattern.compile(
            "^[\\s　]*[◎◆■●]?[\\s　]*(日[\\s　]*程[\\s　]*第[\\s　]*([0-9０-９]+|[一二三四五六七八九十]+))[\\s　]*(?:[、，,．.][\\s　]*)?(.*)$");
    /** An item of a 議事日程 list by its number alone: 1 会議録署名議員の指名について, 第 ２ 会期の決定. */
    private static final Pattern NUMBERED_ITEM = Pattern.compile(
            "^[\\s　]*第?[\\s　]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[\\s　]+(\\S.*)$");
    private static final String CLOCK = "((?:午前|午後)?[0-9０-９一二三四五六七八九十零〇]+時(?:[0-9０-９一二三四五六七八九十零〇]+分|半)?)";
    private static final String EVENT = "(開議|開会|再開|休憩|散会|閉会|延会|閉議|休会)";
    /** 午前１０時開議, 午後　１時５３分閉会, 散　会 letter-spaced: matched on the line without spaces. */
    private static final Pattern TIME_EVENT = Pattern.compile(CLOCK + EVENT);
    /** =開会 午前10時0分= (DiscussNet), 開議（午前１０時０３分） (dbsr.jp): the event before the time. */
    private static final Pattern EVENT_TIME = Pattern.compile(EVENT + "[（(]?" + CLOCK);
    /** 議案第１号, 請願第３号 …: a numbered matter heading a part of the record. */
    private static final Pattern MATTER = Pattern.compile(
            "^((?:議案|請願|陳情|報告|認定|発議|諮問|選挙|同意|承認)第[0-9]+号)[\\s]*(.*)$");
    /** A sentence (or its first clause): what an agenda heading in a turn holds when the chair reads it out. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*(?:ます|です|ました|ません)[。、].*");
    /** Three or more letters, each alone between spaces: a heading letter-spaced to the width of a line. */
    private static final Pattern LETTER_SPACED = Pattern.compile("^[\\s　]*(?:[^\\s　][\\s　]+){2,}[^\\s　][\\s　]*$");
    private static final Pattern INDENT = Pattern.compile("^[　\\t]|^ {2,}");
    /** （杉立敏也事務局長報告）: a line in another's turn handing the word to the person it names. */
    private static final Pattern HANDOVER = Pattern.compile(
            "^[\\s　]*[（(〔]([^（）()〔〕]{2,30}?)(報告|朗読|説明|答弁|発言)[）)〕][\\s　]*$");
    /**
     * A short note in brackets on a line of its own, no sentence and no number in it, or several side by side: what
     * the recorder writes of the room or of the record ((議場閉鎖), (投票用紙配付), (書記、氏名点呼、投票), (説明、記載省略),
     * （渡邉委員　挨拶）（拍　　手）, （挨拶）　～　（拍手）).
     */
    private static final Pattern NOTE = Pattern.compile(
            "^[\\s　]*[（(][^（）()「」『』。0-9０-９]{1,20}[）)]"
                    + "(?:[\\s　]*[～〜~・]?[\\s　]*[（(][^（）()「」『』。0-9０-９]{1,20}[）)])*[\\s　]*$");
    /** The closing signature block (地方自治法第123条第2項の規定によりここに署名する / 議長 … / 署名議員 …). */
    private static final Pattern SIGNATURE = Pattern.compile(".*(署名|地方自治法|会議録).*");
    private static final List<String> STARTS = List.of("開議", "開会");
    private static final List<String> ENDS = List.of("散会", "閉会", "延会", "閉議");

    @Override
    public ParsedMinutes parse(MinutesSource src) throws MinutesParseException {
        List<String> raw = joinSplitLabels(joinLoneHeadingMarks(Cleaning.joinBrokenBrackets(src.lines())),
                new SpeakerLabels(lexicon, KnownPeople.of(List.of(), lexicon)));
        java.util.Map<Integer, String> agendaCells = java.util.Map.of();
        if (TableLayout.isTable(raw)) {
            TableLayout.Relabelled table = TableLayout.relabelled(raw, lexicon);
            raw = table.lines();
            agendaCells = table.agendaCells();
        }
        MeetingDraft d = new MeetingDraft();
        Times times = new Times();
        int first = firstSpeaker(raw, new SpeakerLabels(lexicon, KnownPeople.of(List.of(), lexicon)));
        if (first < 0) {
            throw new MinutesParseException(src.source(), 0, "no speaker lines (○役職（氏名）) in the record");
        }
        SpeakerLabels labels = new SpeakerLabels(lexicon, KnownPeople.of(raw.subList(0, first), lexicon));
        Optional<String> place = readPreamble(raw.subList(0, first), d, times, src);
        if (d.date == null) {
            d.dateFromFileName(src);
        }
        if (d.date == null) {
            throw new MinutesParseException(src.source(), 0,
                    "no meeting date: no date line (令和６年３月５日（火曜日）) before the first speaker and none in the"
                            + " file name (R060305, 20240305)");
        }
        if (d.title == null) {
            // a web page whose main content starts at the first speech: the name its own heading or title gives
            pageMeetingName(src).ifPresent(t -> {
                d.title = t;
                HeaderFields.nameInto(t, d);
            });
        }
        if (d.title == null) {
            // a page showing the speeches alone: the meeting the chair's first words open
            openedMeeting(raw, first).ifPresent(t -> {
                d.title = t;
                HeaderFields.nameInto(t, d);
            });
        }
        if (d.title != null && d.body == null) {
            // 平成26年度議事録: a title that names no body; the chair's opening words may
            openedMeeting(raw, first).ifPresent(t -> HeaderFields.nameInto(t, d));
        }
        if (d.title == null && d.datedLine != null && d.datedLine.indexOf('>') < 0 && d.datedLine.length() <= 60) {
            // 2021-07-20 令和3年議会運営委員会 本文 under a site's heading: the listing's line names the meeting
            d.title = d.datedLine;
            HeaderFields.nameInto(d.title, d);
        }
        if (d.body == null || PLENARY.matcher(d.body).matches()
                || PLENARY_TAIL.matcher(d.body).find() && !COMMITTEE_WORD.matcher(d.body).find()) {
            assemblyName(raw).or(() -> pageAssembly(src)).or(() -> place.map(p -> p + "議会"))
                    .ifPresent(a -> d.body = a);
        }
        Matcher sitting = ASSEMBLY_SITTING.matcher(d.body == null ? "" : d.body);
        if (sitting.matches()) {
            // みなと市議会定例会: the assembly is the body, the sitting is in the title
            d.body = sitting.group(1);
        }
        List<RemarkDraft> drafts = readBody(raw, first, d, times, labels, agendaCells);
        warnInlineLabels(raw, first, labels, d);
        if (d.startTime == null) {
            d.startTime = times.start;
        }
        if (d.endTime == null) {
            d.endTime = times.end;
        }
        Meeting meeting = d.build(src, format());
        return new ParsedMinutes(meeting, RemarkDraft.build(meeting, drafts, false), meeting.warnings());
    }

    private static final List<String> EVENTS = List.of("開議", "開会", "再開", "休憩", "散会", "閉会", "延会", "閉議", "休会");

    /** Whether one of the event words is in the line: most lines of speech have none, and then none can match. */
    private static boolean mentionsEvent(String line) {
        for (String e : EVENTS) {
            if (line.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** A time and what happened then, as a time line writes them. */
    private record TimeEvent(String clock, String event) {
    }

    private static Optional<TimeEvent> timeEvent(String line) {
        String d = Cleaning.despace(line);
        if (d.indexOf('時') < 0 || !mentionsEvent(d)) {
            return Optional.empty();
        }
        Matcher m = TIME_EVENT.matcher(d);
        if (m.find()) {
            return Optional.of(new TimeEvent(m.group(1), m.group(2)));
        }
        Matcher r = EVENT_TIME.matcher(d);
        return r.find() ? Optional.of(new TimeEvent(r.group(2), r.group(1))) : Optional.empty();
    }

    /** Opening and closing times as the record's time lines give them (午前１０時開議, 午後３時１５分散会). */
    private static final class Times {
        LocalTime start;
        LocalTime end;

        /** Whether the time line closes the sitting (散会, 閉会 …). */
        boolean endedAt(String line) {
            return timeEvent(line).map(e -> ENDS.contains(e.event())).orElse(false);
        }

        /** Records a time line; returns whether the line was one. */
        boolean read(String line) {
            if (line.indexOf('時') < 0) {
                return false;
            }
            Optional<TimeEvent> e = timeEvent(line);
            if (e.isEmpty()) {
                return false;
            }
            Optional<LocalTime> t = JapaneseDates.parseTime(e.get().clock());
            if (t.isPresent()) {
                if (STARTS.contains(e.get().event()) && start == null) {
                    start = t.get();
                } else if (ENDS.contains(e.get().event())) {
                    end = t.get();
                }
            }
            return true;
        }
    }

    /**
     * The part of a title its role group is read from: without the duty in brackets (…主幹(庶務担当)), and of a
     * title holding two posts (副市長・企画部長事務取扱) the first.
     */
    static String groupTitle(String title) {
        String t = title;
        int duty = t.indexOf('(');
        if (duty > 0) {
            t = t.substring(0, duty);
        }
        int dot = t.indexOf('・');
        if (dot > 0 && (t.endsWith("事務取扱") || t.endsWith("兼務") || t.endsWith("事務代理"))) {
            t = t.substring(0, dot);
        }
        return t;
    }

    private static int firstSpeaker(List<String> raw, SpeakerLabels labels) {
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (!SpeakerLabels.isMarked(line)) {
                continue;
            }
            Optional<HeaderRows.Row> row = HeaderRows.match(line, i + 1);
            if (row.isEmpty() || row.get().word().equals("事務局")) {
                Optional<SpeakerLabels.Label> l = labels.read(Cleaning.stripMarkup(line));
                // ○事務局(宍戸)　それでは…。: the secretariat's first words, though 事務局 also heads a row of staff
                if (l.isPresent() && l.get().kind() == SpeakerLabels.Kind.TURN
                        && (row.isEmpty() || l.get().speech().contains("。"))
                        && !(l.get().speech().isEmpty() && listBelow(raw, i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A speaker's label after other text on its line: ○ and a name or title, then a space or the line's end. */
    private static final Pattern INLINE_LABEL = Pattern.compile(
            "[^\\s　][\\s　]+([○〇◯][^\\s　○〇◯]{2,24})(?=[\\s　]|$)");
    /** The number some systems print before each speech's label: 2 ◯…, 2: ◯…. */
    private static final Pattern SPEECH_NUMBER = Pattern.compile("^[\\s　]*[0-9０-９]{1,5}[:：.．)）]?[\\s　]*$");
    /** From this many labels inside lines on, the record's text is not read as printed. */
    private static final int INLINE_LABELS_WARNED = 3;

    /**
     * Warns where speakers' labels stand inside lines rather than at their start, as the text of a page printed in
     * two columns gives them when it is read across the page: the turns they open are not read apart.
     */
    private static void warnInlineLabels(List<String> raw, int first, SpeakerLabels labels, MeetingDraft d) {
        int count = 0;
        int firstLine = 0;
        for (int k = first; k < raw.size(); k++) {
            String line = raw.get(k);
            if (line.indexOf('○') < 0 && line.indexOf('〇') < 0 && line.indexOf('◯') < 0) {
                continue;
            }
            Matcher m = INLINE_LABEL.matcher(line);
            while (m.find()) {
                if (SPEECH_NUMBER.matcher(line.substring(0, m.start(1))).matches()) {
                    // 2 ◯座長(浅田五郎君): the number a minutes system gives each speech, then the label
                    continue;
                }
                Optional<SpeakerLabels.Label> l = labels.read(m.group(1));
                if (l.isPresent() && l.get().kind() == SpeakerLabels.Kind.TURN) {
                    firstLine = count == 0 ? k + 1 : firstLine;
                    count++;
                }
            }
        }
        if (count >= INLINE_LABELS_WARNED) {
            d.warn(firstLine, count + " speakers' labels stand inside lines, not at their start (a page printed in two "
                    + "columns read across?): the turns they open are read as part of the turn before");
        }
    }

    /**
     * Whether the lines below a label with no speech are a list of people (事 務 局 長 梶 原 祐 治 君 / 次 長 竹 本 匡 志
     * 君): ○書記 above them heads the list of the clerks present, it opens no turn.
     */
    private static boolean listBelow(List<String> raw, int i) {
        int rows = 0;
        for (int k = i + 1; k < raw.size(); k++) {
            String l = Cleaning.despace(Cleaning.stripMarkup(raw.get(k)));
            if (l.isEmpty() || Cleaning.isPageNumber(raw.get(k))) {
                break;
            }
            if (!LISTED_PERSON.matcher(l).matches()) {
                return false;
            }
            rows++;
        }
        return rows > 0;
    }

    /** A row of a list of people: a title and a name with its honorific, no sentence (次長竹本匡志君). */
    private static final Pattern LISTED_PERSON = Pattern.compile("[^。、「」]{2,30}(?:君|議員|氏)");

    /** The role, role group and speaker of a label's person, with the role group from roles.txt. */
    private RoleTable.Match who(SpeakerLabels.Person p, SpeakerLabels labels) {
        if (p.seat() != null || "議員".equals(p.title())) {
            // ○18番議員（…）, ○５番委員（…）: the word for a member the label gives, else 議員
            String member = "委員".equals(p.title()) ? "委員" : "議員";
            RoleTable.Match m = roles.resolve(member);
            // ●３番 with no name: the name the record's members list gives that seat (３番 篠 田 茂 美)
            String name = p.name() != null || p.seat() == null ? p.name() : labels.seatName(p.seat());
            return new RoleTable.Match(member, name, m.group(), true);
        }
        String title = Width.normalize(p.title()).replace(" ", "");
        RoleTable.Match m = roles.resolve(groupTitle(title));
        // ○副町長 with no name: the name the record's lists give that title, where they give one person
        String name = p.name() != null ? p.name() : labels.listedName(SpeakerLabels.fold(p.title()));
        if (p.groupFrom() != null) {
            RoleTable.Match body = roles.resolve(p.groupFrom());
            if (body.known()) {
                return new RoleTable.Match(title, name, body.group(), true);
            }
        }
        return new RoleTable.Match(title, name, m.group(), m.known());
    }

    /**
     * Reads the meeting's fields from the lines before the first speaker.
     *
     * @return the municipality a line of the page's own names alone above the title (神奈川県 中井町), if any
     */
    private Optional<String> readPreamble(List<String> lines, MeetingDraft d, Times times, MinutesSource src)
            throws MinutesParseException {
        StringBuilder title = new StringBuilder();
        List<String> titleParts = new ArrayList<>();
        String datedName = null;
        String recordHeading = null;
        boolean dateOnTrail = false;
        HeaderRows.Row row = null;
        List<String> value = new ArrayList<>();
        int rowIndent = 0;
        boolean listIndented = false;
        boolean titleLineNamesSitting = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = Cleaning.stripMarkup(lines.get(i));
            if (line.isBlank() || Cleaning.isPageNumber(line)
                    || title.isEmpty() && d.title == null && Cleaning.isBracketedPageNumber(line)) {
                // a PDF's page number "(1)" printed above the title is no part of it
                continue;
            }
            if (Cleaning.isShareButtons(line)) {
                // the page's share buttons (ツイート シェア): no part of the title
                continue;
            }
            Optional<HeaderRows.Row> r = HeaderRows.match(line, i + 1);
            boolean rule = Cleaning.isSeparator(line);
            if (r.isPresent() || rule) {
                applyRow(row, value, d, src);
                row = r.orElse(null);
                value = new ArrayList<>();
                rowIndent = indent(line);
                listIndented = false;
                if (row != null && !row.value().isEmpty()) {
                    value.add(row.value());
                }
                continue;
            }
            if (row != null && value.isEmpty()) {
                listIndented = indent(line) > rowIndent;
            } else if (row != null && listIndented && indent(line) <= rowIndent) {
                // the list stood deeper than its key; a line back at the key's depth (協議事項) is no one's name
                applyRow(row, value, d, src);
                row = null;
                value = new ArrayList<>();
            }
            if (row != null && HEADING.matcher(line).matches()) {
                // another ◎ heading (◎審査事件, ◎付託事件 …) ends the list above it: its items are no one's names
                applyRow(row, value, d, src);
                row = null;
                value = new ArrayList<>();
                continue;
            }
            boolean timeLine = times.read(line);
            if (timeLine && Cleaning.despace(line).length() <= 16) {
                // 午前１０時開会 ends the list above it: it is no one's name
                applyRow(row, value, d, src);
                row = null;
                value = new ArrayList<>();
                continue;
            }
            if (row != null) {
                if (d.date == null && HeaderFields.LEADING_DATE.matcher(line).lookingAt()) {
                    // 令和６年６月１８日午前９時３０分開会 in the 議事日程 block: the sitting's day
                    JapaneseDates.findDate(line).ifPresent(x -> d.date = x);
                }
                value.add(line);
                continue;
            }
            Optional<LocalDate> date = JapaneseDates.findDate(line);
            if (date.isPresent() && datedName == null && PageLines.MEETING_NAME.matcher(line).find()) {
                datedName = Cleaning.strip(line);
                d.datedLine = datedName;
            }
            if (recordHeading == null && d.date != null && title.isEmpty()
                    && RECORD_HEADING.matcher(Cleaning.despace(line)).matches()) {
                recordHeading = Cleaning.strip(line);
            }
            if (date.isPresent() && d.date == null) {
                d.date = date.get();
                // 三重県議会 > … > 平成29年6月22日: a page's trail gives the day; the title lines follow it
                dateOnTrail = title.isEmpty() && PageLines.isSiteLine(line);
            } else if (!timeLine && (d.date == null || dateOnTrail && date.isEmpty()) && title.length() < 120
                    && !(SITTING_NAME.matcher(title).find() && titleLineNamesSitting) && mayName(line)) {
                // a first line that names the sitting (令和６年第１回２月定例会) is the title; the record's own
                // heading below it (令和６年第１回函館市議会定例会会議録　第１号) is not run into it
                titleLineNamesSitting = title.isEmpty() && SITTING_NAME.matcher(line).find();
                title.append(Cleaning.strip(line));
                titleParts.add(Cleaning.strip(line));
            }
        }
        applyRow(row, value, d, src);
        int named = 0;
        while (named < titleParts.size() && PageLines.isSiteLine(titleParts.get(named))) {
            named++;
        }
        List<String> chrome = titleParts.subList(0, named);
        Optional<String> place = chrome.stream().map(t -> PLACE_LINE.matcher(Cleaning.despace(t)))
                .filter(Matcher::matches).map(m -> m.group(1)).findFirst();
        String name = title.toString();
        List<String> own = titleParts.subList(named, titleParts.size());
        if (named > 0 && own.stream().anyMatch(PageLines::namesMeeting)) {
            // 議事ロックス -地方議会議事録検索- / 神奈川県 中井町 / 平成19年第1回定例会(第2日) 本文: a site's lines above the
            // record's own title, which the first line naming a meeting starts
            name = String.join("", own);
            int naming = own.size() - 2;
            while (naming >= 0 && !PageLines.namesMeeting(own.get(naming))) {
                naming--;
            }
            if (naming >= 0 && RECORD_HEADING.matcher(Cleaning.despace(own.getLast())).matches()) {
                // … > 道路関係四公団民営化推進委員会開催状況 / 第一回道路関係四公団民営化推進委員会議事録: the page's trail
                // names the body's listing, the record's own heading under it (with the lines it starts on) is the title
                name = String.join("", own.subList(naming + 1, own.size()));
            }
        } else if (named > 0 && named == titleParts.size() && datedName != null
                && datedName.indexOf('>') >= 0) {
            // ページの先頭です。 / … > 平成25年第1回江別市議会会議録(第1号)平成25年2月28日: the page's lines name no meeting,
            // the line with the date does (after a breadcrumb's last step)
            String named0 = Cleaning.strip(datedName.substring(datedName.lastIndexOf('>') + 1));
            Matcher dated = ERA_DATE.matcher(named0);
            if (dated.find() && dated.start() > 0
                    && PageLines.MEETING_NAME.matcher(named0.substring(0, dated.start())).find()) {
                // 平成25年第1回江別市議会会議録(第1号)平成25年2月28日 2ページ: the name before the date
                named0 = Cleaning.strip(named0.substring(0, dated.start()));
            }
            name = named0;
        } else if (named > 0 && named == titleParts.size()) {
            // • 携帯電話向けページ / • くらし・環境 / …: the page's menus and nothing of the record's own
            name = "";
        }
        if (!name.isEmpty() && !PageLines.namesMeeting(name)) {
            // 運営者 Bitlet 姉妹サービス, • 会派(/), 〒315-8640 …: a site's lines above the record name no meeting; the
            // record's own words (the chair's opening, a dated line) name it instead
            name = "";
        }
        if (name.isEmpty() && recordHeading != null) {
            // 令和７年７月２５日総務委員会 / 総務委員会会議録（令和７年７月２５日）: the date came first, on a line of its
            // own naming the meeting; the record's heading below it, with the date again, is its title
            name = recordHeading;
        }
        if (src.title() != null) {
            // the name the file gives apart from the text (a JSON field) names the meeting; the text's lines may
            // be the system's heading and the record's own run together
            d.title = src.title();
            d.body = null;
            HeaderFields.nameInto(d.title, d);
        }
        if (d.title == null) {
            d.title = name.isEmpty() ? null : name;
            if (d.title != null) {
                String issuer = titleParts.size() > 1 ? Cleaning.despace(titleParts.getLast()) : "";
                if (BODY_ALONE.matcher(issuer).matches() && RECORD_WORD_IN.matcher(
                        String.join("", titleParts.subList(0, titleParts.size() - 1))).find()) {
                    // 平成 28 年 / 第 4 回 / 教育委員会会議録 / 行橋市教育委員会: the body that issues the record on a
                    // line of its own under the record's heading
                    d.body = issuer;
                }
                HeaderFields.nameInto(d.title, d);
            }
        }
        return place;
    }

    /** Spaces (half or full width) before the first letter of a line. */
    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '　' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }

    private void applyRow(HeaderRows.Row row, List<String> value, MeetingDraft d, MinutesSource src)
            throws MinutesParseException {
        if (row == null) {
            return;
        }
        List<String> lines = HeaderFields.nonEmpty(value);
        boolean commaList = lines.stream().anyMatch(l -> l.contains("、"));
        switch (row.key()) {
            case ATTENDEES -> {
                if (commaList) {
                    HeaderFields.apply(row, lines, d, roles, src);
                    return;
                }
                List<Attendee> people = new ArrayList<>();
                Integer stated = row.statedCount();
                String defaultRole = row.word().endsWith("委員") ? "委員" : row.word().endsWith("議員") ? "議員" : null;
                for (String l : lines) {
                    Integer counted = People.presentCount(l);
                    if (counted != null || People.tableHead(l)) {
                        // 出席 7名 欠席 0名, 役職 氏名 出欠: the list's counts and its columns' names, no one's name
                        stated = stated == null ? counted : stated;
                        continue;
                    }
                    if (stated == null) {
                        stated = People.bareCount(l);
                    }
                    for (People.Seat s : People.seats(l, roles)) {
                        String role = s.role() != null ? s.role() : defaultRole;
                        RoleTable.Match m = role == null ? null : roles.resolve(role);
                        people.add(new Attendee(s.name(), m == null ? null : m.role(), m == null ? null : m.group()));
                    }
                }
                d.addAttendees(new People.Listed<>(people, stated));
            }
            case OFFICIALS -> {
                // the lines as they stand: the table's columns are where its text starts
                Optional<List<Official>> table = commaList ? Optional.empty()
                        : People.columnTable(value.stream().filter(l -> !l.isBlank()).toList(), roles);
                if (table.isPresent()) {
                    d.officials.addAll(table.get());
                    return;
                }
                for (String l : lines) {
                    if (l.contains("、")) {
                        // 山田総務部長、高橋課長: a comma list of this line alone, the other lines may be a table
                        d.officials.addAll(People.officials(List.of(l), roles));
                        continue;
                    }
                    for (People.Seat s : People.seats(l, roles)) {
                        d.officials.add(new Official(s.name(), s.role(), null));
                    }
                }
            }
            case AGENDA -> {
                for (String l : lines) {
                    Matcher m = SCHEDULE_ITEM.matcher(l);
                    Matcher numbered = NUMBERED_ITEM.matcher(l);
                    if (m.matches()) {
                        d.agenda.add(new AgendaItem(row.word(), scheduleNumber(m), nullIfEmpty(m.group(3)), null));
                    } else if (row.word().endsWith("日程") && numbered.matches()) {
                        // ○議事日程 / 1 会議録署名議員の指名について: its items are 日程第1 … where the record names them
                        d.agenda.add(new AgendaItem(row.word(), "日程第" + Numbers.parse(numbered.group(1)),
                                nullIfEmpty(numbered.group(2)), null));
                    }
                }
            }
            case NAME -> {
                // 会議名：令和 5年建設環境経済常任委員会（ 4月25日）: the record's own name for the meeting
                if (d.title == null && !lines.isEmpty()) {
                    d.title = Cleaning.strip(String.join(" ", lines));
                }
                HeaderFields.apply(row, lines, d, roles, src);
            }
            default -> HeaderFields.apply(row, lines, d, roles, src);
        }
    }

    /** The agenda item a 日程第N heading opens; the 議事日程 list gives the full title where it abbreviates it. */
    private static AgendaRef scheduleItem(Matcher schedule, MeetingDraft d, boolean deriveAgenda) {
        String number = scheduleNumber(schedule);
        String itemTitle = nullIfEmpty(schedule.group(3));
        for (AgendaItem listed : d.agenda) {
            if (number.equals(listed.number()) && listed.title() != null) {
                itemTitle = listed.title();
            }
        }
        if (deriveAgenda) {
            d.agenda.add(new AgendaItem("議事日程", number, itemTitle, null));
        }
        return new AgendaRef(number, itemTitle);
    }

    private static String scheduleNumber(Matcher m) {
        return "日程第" + Numbers.parse(Cleaning.despace(m.group(2)));
    }

    private static String nullIfEmpty(String s) {
        String t = s == null ? "" : Cleaning.strip(s);
        return t.isEmpty() ? null : Width.normalize(t);
    }

    /**
     * The turns of the record from its first speaker on; {@code agendaCells} gives the items of the agenda a table
     * layout's 日程 column opens, by line index: the turns from that line on belong to the item.
     */
    private List<RemarkDraft> readBody(List<String> raw, int first, MeetingDraft d, Times times,
                                       SpeakerLabels labels, java.util.Map<Integer, String> agendaCells) {
        List<RemarkDraft> drafts = new ArrayList<>();
        boolean deriveAgenda = d.agenda.isEmpty();
        String section = null;
        AgendaRef item = null;
        RemarkDraft current = null;
        boolean inDirection = false;
        // after a separator, the lines before the next label are the heading of the next part of the agenda
        boolean afterSeparator = false;
        // after the closing time only the signature block follows
        boolean ended = false;
        String title = d.title == null ? null : Cleaning.despace(d.title);
        boolean closeBefore = false;
        // whether the current turn's lines are indented, as records that indent each paragraph write them
        boolean indentedTurn = false;
        java.util.Set<String> runningHeads = runningHeads(raw);
        for (int i = first; i < raw.size(); i++) {
            String line = Cleaning.stripMarkup(raw.get(i));
            int no = i + 1;
            String cell = agendaCells.get(i);
            if (cell != null) {
                Matcher s = SCHEDULE_ITEM.matcher(cell);
                if (s.matches()) {
                    item = scheduleItem(s, d, deriveAgenda);
                    section = item.title();
                }
            }
            if (closeBefore && current != null && !current.isEmpty()) {
                // the line before ended with a separator
                RemarkDraft.close(current, drafts, d);
                current = null;
                afterSeparator = true;
            }
            closeBefore = false;
            if (inDirection) {
                // a stage direction in 〔…〕 that wraps onto further lines
                inDirection = !line.contains("〕");
                continue;
            }
            if (line.isBlank() || isPageBreak(line) || title != null && Cleaning.despace(line).equals(title)
                    || runningHeads.contains(Cleaning.despace(line)) && afterPageBreak(raw, i)) {
                continue;
            }
            if (Cleaning.strip(line).startsWith("〔") && !line.contains("〕")) {
                inDirection = true;
                continue;
            }
            Matcher trailing = TRAILING_SEPARATOR.matcher(line);
            boolean separatorAfter = endsWithDash(line) && !Cleaning.isSeparator(line) && trailing.find();
            if (separatorAfter) {
                line = line.substring(0, trailing.start());
                closeBefore = true;
            }
            Matcher handover = HANDOVER.matcher(line);
            if (handover.matches() && current != null) {
                Optional<SpeakerLabels.Person> p = labels.gluedLabel(SpeakerLabels.fold(handover.group(1)));
                if (p.isPresent() && p.get().name() != null) {
                    RemarkDraft.close(current, drafts, d);
                    current = new RemarkDraft(section, item, who(p.get(), labels), false, no);
                    current.seat = p.get().seat();
                    continue;
                }
            }
            if (Cleaning.isStageDirection(line)) {
                continue;
            }
            if (NOTE.matcher(line).matches()) {
                // （議場閉鎖）, （説明、記載省略）: the recorder's note on a line of its own, not speech
                if (current != null) {
                    current.noted = true;
                }
                continue;
            }
            if (Cleaning.isSeparator(line)) {
                if (current != null && !current.isEmpty()) {
                    RemarkDraft.close(current, drafts, d);
                    current = null;
                    afterSeparator = true;
                }
                // a separator right after a label opens what the speaker reads out (○事務局長　（朗読）)
                continue;
            }
            // Q 片桐委員 / A 鈴木道路建設課長: a question's and an answer's speakers, their words below
            line = labels.questionOrAnswerLabel(line);
            Optional<SpeakerLabels.Label> label = SpeakerLabels.isMarked(line) ? labels.read(line) : Optional.empty();
            if (label.isPresent() && label.get().kind() == SpeakerLabels.Kind.TURN && label.get().who().name() == null
                    && label.get().who().seat() == null && label.get().speech().isBlank() && i + 1 < raw.size()) {
                // ○教育政策係長 / 大園健朗君 / それでは、…: the name with its honorific on the line below the title
                Matcher named = NAME_BELOW.matcher(Cleaning.stripMarkup(raw.get(i + 1)));
                if (named.matches() && SpeakerLabels.lettersOnly(named.group(1))
                        && lexicon.headsOf(named.group(1)).isEmpty()) {
                    SpeakerLabels.Person p = label.get().who();
                    label = Optional.of(new SpeakerLabels.Label(SpeakerLabels.Kind.TURN, new SpeakerLabels.Person(
                            named.group(1), p.title(), null, p.groupFrom()), "", label.get().written()
                            + named.group(1), null));
                    i++;
                }
            }
            if (label.isPresent() && label.get().kind() != SpeakerLabels.Kind.HEADING) {
                RemarkDraft.close(current, drafts, d);
                SpeakerLabels.Label l = label.get();
                RoleTable.Match who;
                if (l.kind() == SpeakerLabels.Kind.TURN) {
                    who = who(l.who(), labels);
                    if (!who.known()) {
                        d.warn(no, "unknown role '" + who.role() + "': kept with role group other (add a rule to "
                                + RoleTable.DEFAULT_FILE + ")");
                    }
                } else {
                    d.warn(no, l.problem() + "; its text is kept as a turn of its own with role group other");
                    who = new RoleTable.Match(Width.normalize(l.written()).replace(" ", ""), null, RoleGroup.OTHER, false);
                }
                current = new RemarkDraft(section, item, who, false, no);
                indentedTurn = false;
                current.seat = l.kind() == SpeakerLabels.Kind.TURN ? l.who().seat() : null;
                // ○市長（山田太郎君）　登壇　おはようございます: the speaker going up to the rostrum, written bare
                String speech = BARE_STAGE.matcher(l.speech()).replaceFirst("");
                if (NOTE.matcher(speech).matches() || Cleaning.isStageDirection(speech)
                        || speech.isBlank() && !l.speech().isBlank()) {
                    // ◎住民課長（青木雅人）　（議案書及び資料により説明）, ○局長　（朗読する。）: the recorder's note is all
                    // the label has
                    current.noted = true;
                } else {
                    current.paragraph(Cleaning.removeStageDirections(speech));
                }
                afterSeparator = false;
                ended = false;
                continue;
            }
            Matcher schedule = SCHEDULE_ITEM.matcher(line);
            boolean headingMark = label.isPresent() || HEADING.matcher(line).matches();
            if (current != null && !current.isEmpty() && HEADING.matcher(line).matches()
                    && SENTENCE_END.matcher(line).matches()) {
                // ●日程２ 会期の決定をいたします。 in the chair's turn: the item marked, and said aloud as a sentence
                current.paragraph(Cleaning.removeStageDirections(HEADING.matcher(line).replaceFirst("$1")));
                continue;
            }
            if (schedule.matches() && (headingMark || current == null)) {
                RemarkDraft.close(current, drafts, d);
                current = null;
                item = scheduleItem(schedule, d, deriveAgenda);
                section = item.title();
                afterSeparator = false;
                continue;
            }
            if (times.read(line) && Cleaning.despace(line).length() <= 16) {
                RemarkDraft.close(current, drafts, d);
                current = null;
                ended = times.endedAt(line);
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!headingMark && afterSeparator && current == null && SENTENCE_MARK.matcher(line).find()) {
                // ――― / 議案の送付について / 下記議案を送付します。: a sentence after a rule with no label before it is no
                // heading; it is outside any turn (a document the record reproduces, or the rest of a report)
                d.warn(no, "text outside any speaker's turn dropped: '" + Cleaning.strip(line) + "'");
                continue;
            }
            if (headingMark || afterSeparator && current == null) {
                RemarkDraft.close(current, drafts, d);
                current = null;
                String h = heading.matches() ? heading.group(1) : line;
                if (!Cleaning.strip(h).isEmpty()) {
                    section = Width.normalize(h);
                    item = null;
                    Matcher matter = MATTER.matcher(section);
                    if (matter.matches()) {
                        item = new AgendaRef(matter.group(1), nullIfEmpty(matter.group(2)));
                        if (deriveAgenda) {
                            d.agenda.add(new AgendaItem("議事", item.number(), item.title(), null));
                        }
                    }
                }
                continue;
            }
            if (current != null && (indentedTurn && !INDENT.matcher(line).find() || headingShaped(line)
                    || closedAbove(raw, i) && !ITEM_NUMBER_FIRST.matcher(Cleaning.despace(line)).replaceFirst("")
                            .matches(".*[。、」！？）)].*|.*(?:君|さん|議員|氏)"))
                    && headingBeforeLabel(raw, i, line, labels)) {
                // 諸般の報告, 日程第１ between two turns of a record that indents its speech, and in any record a heading
                // written letter-spaced (会 期 の 決 定) or a matter (議案第1号 …): a heading, not speech
                RemarkDraft.close(current, drafts, d);
                current = null;
                Matcher s = SCHEDULE_ITEM.matcher(line);
                if (s.matches()) {
                    item = scheduleItem(s, d, deriveAgenda);
                    section = item.title();
                } else {
                    section = Width.normalize(Cleaning.strip(line));
                    item = null;
                }
                continue;
            }
            String speech = Cleaning.removeStageDirections(line);
            if (current == null) {
                if (!ended || !SIGNATURE.matcher(line).matches() && !signatureLine(line)) {
                    d.warn(no, "text outside any speaker's turn dropped: '" + Cleaning.strip(line) + "'");
                }
            } else if (INDENT.matcher(line).find()) {
                current.paragraph(speech);
                indentedTurn = true;
            } else {
                current.continueParagraph(speech);
            }
        }
        RemarkDraft.close(current, drafts, d);
        return drafts;
    }

    private static final Pattern SENTENCE_MARK = Pattern.compile("[。！？]");
    private static final Pattern LONE_HEADING_MARK = Pattern.compile("^[\\s　]*[◎◆■□◇△▲][\\s　]*$");

    /**
     * A heading's mark alone on its line, its words on the next (△ / 会議録署名議員指名, as a page whose links break
     * lines gives them), joined into the one heading line they are; the line count stays, the next line left empty.
     */
    static List<String> joinLoneHeadingMarks(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (LONE_HEADING_MARK.matcher(lines.get(i)).matches() && !lines.get(i + 1).isBlank()
                    && !SpeakerLabels.isMarked(lines.get(i + 1))) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, lines.get(i).strip() + lines.get(i + 1).strip());
                out.set(i + 1, "");
            }
        }
        return out == null ? lines : out;
    }

    /** A speaker's mark alone on its line, or with the first letters of a label (a name) and no space. */
    private static final Pattern LABEL_START = Pattern.compile("^[\\s　]*[○〇◯◎][^\\s　（）()、。「」]{0,6}[\\s　]*$");

    /**
     * A speaker's label that a line break cut in two, as a page whose markup breaks lines gives it: the mark alone
     * (○ / 白石孝雄 議長), or the mark and the name (◎坂田 / 総合政策部長 第39号議案中、…), joined into the one line
     * they are. Joined only when the label grammar reads the two as one turn whose label goes on into the second
     * line and ends there with the line or a space, so a speech that starts with a title (○田中 / 議長、…) is not
     * read as part of a name, and only after a name (〇説明員 / 市長 大泉潤 is a list's heading and its first row);
     * the line count stays, the second line left empty.
     */
    static List<String> joinSplitLabels(List<String> lines, SpeakerLabels labels) {
        List<String> out = null;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = out == null ? lines.get(i) : out.get(i);
            String next = lines.get(i + 1);
            if ("○〇◯◎".indexOf(Cleaning.firstNonSpace(line)) < 0 || !LABEL_START.matcher(line).matches()
                    || next.isBlank() || SpeakerLabels.isMarked(next)) {
                continue;
            }
            String start = Cleaning.strip(line);
            String part = Cleaning.strip(start.substring(1));
            if (!part.isEmpty() && !PersonNames.isName(part)) {
                // 〇説明員 / 市長 大泉潤: a list's heading above its first row, not a name cut from its title
                continue;
            }
            String rest = Cleaning.strip(next);
            String joined = start + rest;
            Optional<SpeakerLabels.Label> label = labels.read(joined);
            if (label.isEmpty() || label.get().kind() != SpeakerLabels.Kind.TURN || label.get().who() == null) {
                continue;
            }
            String speech = label.get().speech();
            int labelEnd = joined.length() - speech.length();
            boolean endsAtBreak = labelEnd == joined.length() || labelEnd > start.length()
                    && Cleaning.isSpace(joined.charAt(labelEnd - 1));
            if (labelEnd <= start.length() || !endsAtBreak) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, joined);
            out.set(i + 1, "");
        }
        return out == null ? lines : out;
    }

    private static boolean isPageBreak(String line) {
        return Cleaning.isPageNumber(line) || BARE_NUMBER.matcher(line).matches();
    }

    /**
     * The running heads of the record's pages (令和６年 第１回臨時会 at the top of each page, after the page number
     * of the page before): a line, not a speaker's label, that follows a page number on two pages or more and on at
     * least half of them, despaced.
     */
    private static java.util.Set<String> runningHeads(List<String> raw) {
        java.util.Map<String, Integer> after = new java.util.HashMap<>();
        int pages = 0;
        for (int i = 0; i < raw.size(); i++) {
            if (!raw.get(i).isBlank() && isPageBreak(raw.get(i))) {
                pages++;
                for (int k = i + 1; k < raw.size(); k++) {
                    if (!raw.get(k).isBlank()) {
                        String d = Cleaning.despace(Cleaning.stripMarkup(raw.get(k)));
                        if (d.length() <= 40 && !isPageBreak(d) && !SpeakerLabels.isMarked(d)) {
                            after.merge(d, 1, Integer::sum);
                        }
                        break;
                    }
                }
            }
        }
        java.util.Set<String> heads = new java.util.HashSet<>();
        int breaks = pages;
        after.forEach((line, n) -> {
            if (n >= 2 && 2 * n >= breaks) {
                heads.add(line);
            }
        });
        return heads;
    }

    /** Whether the last non-blank line before line {@code i} is a page number. */
    private static boolean afterPageBreak(List<String> raw, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!raw.get(k).isBlank()) {
                return isPageBreak(raw.get(k));
            }
        }
        return false;
    }

    /**
     * A short line without a sentence in it that the next speaker's label follows (a speech number between them
     * allowed): a heading the record prints between turns.
     */
    private static boolean headingBeforeLabel(List<String> raw, int i, String line, SpeakerLabels labels) {
        String d = Cleaning.despace(line);
        int longest = MATTER.matcher(Width.fold(d)).matches() ? 60 : 24;
        if (d.isEmpty() || d.length() > longest || d.matches(".*[。、，,「」！？].*")) {
            return false;
        }
        for (int k = i + 1; k < raw.size(); k++) {
            String next = raw.get(k);
            if (next.isBlank() || BARE_NUMBER.matcher(next).matches() || Cleaning.isPageNumber(next)) {
                continue;
            }
            Optional<SpeakerLabels.Label> l = SpeakerLabels.isMarked(next) ? labels.read(Cleaning.stripMarkup(next))
                    : Optional.empty();
            return l.isPresent() && l.get().kind() != SpeakerLabels.Kind.HEADING;
        }
        return false;
    }

    /**
     * Whether the speech above the line ends as a sentence does (。 」 ！ ？) or with a note of the record
     * (（朗唱文の記載を省略する）): a short line between that and the next label is a heading (開会及び開議宣告, 諸般の
     * 報告, 招集挨拶), not the speech's last words; a call of the next speaker (村長 岩原清一君) is the chair's words.
     */
    private static boolean closedAbove(List<String> raw, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String l = Cleaning.strip(raw.get(k));
            if (l.isEmpty() || Cleaning.isPageNumber(l) || BARE_NUMBER.matcher(l).matches()) {
                continue;
            }
            char last = l.charAt(l.length() - 1);
            return "。」！？!?".indexOf(last) >= 0 || Cleaning.isStageDirection(l) || NOTE.matcher(l).matches();
        }
        return false;
    }

    /**
     * A line that only a heading is written as: letter-spaced (会 議 録 署 名 議 員 の 指 名, 閉 会 の 宣 告), a
     * matter and its title (議案第1号 令和5年度…補正予算（第7号）, 承認第1号 …), or an item of the agenda (日程第1 会議録
     * 署名議員の指名).
     */
    private static boolean headingShaped(String line) {
        String d = Width.fold(Cleaning.despace(line));
        return LETTER_SPACED.matcher(line).matches() || MATTER.matcher(d).matches() || AGENDA_ITEM_HEADING.matcher(d).matches();
    }

    /** The number of an item before its title: (2)諏訪神社本殿調査について. */
    private static final Pattern ITEM_NUMBER_FIRST = Pattern.compile("^[（(][0-9０-９]{1,2}[）)]");

    /** 日程第1 会議録署名議員の指名, 追加日程第３ …: an item of the day's agenda with its title (spaces removed). */
    private static final Pattern AGENDA_ITEM_HEADING = Pattern.compile("^(?:追加)?日程第[0-9]+(?:[^0-9、,。].*)?$");

    /** A line of the signature block: a title and a (letter-spaced) name, or the date of signing. */
    private boolean signatureLine(String line) {
        String d = Cleaning.despace(Width.fold(line));
        if (d.length() > 24) {
            return false;
        }
        if (JapaneseDates.parseDate(d).isPresent()) {
            return true;
        }
        for (int p = 2; p <= Math.min(8, d.length()); p++) {
            if (lexicon.isTitle(d.substring(0, p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A record's own heading with its date (総務委員会会議録（令和７年７月２５日）, 第２回定例会会議録 令和６年６月１０日):
     * a meeting's name, 会議録 or 議事録, and the date in brackets or after it.
     */
    private static final Pattern RECORD_HEADING = Pattern.compile(
            "\\S{2,40}?(?:会議録|議事録|会議記録|委員会記録)(?:[（(]\\S{0,30}[）)])?(?:第[0-9０-９]+号)?"
                    + "(?:[（(]?(?:令和|平成|昭和|[0-9０-９]{4}年)\\S*)?");

    /** A body's name alone: no digit, ending as a body's name does (行橋市教育委員会, 那覇市議会). */
    private static final Pattern BODY_ALONE = Pattern.compile("[^0-9０-９\\s　]{2,30}(?:委員会|審議会|協議会|議会|会議)");
    /** The record's word in a title (会議録, 議事録). */
    private static final Pattern RECORD_WORD_IN = Pattern.compile("会議録|議事録|会議記録");
    /** A name alone with its honorific on its line (大園健朗君), as the line below a title-only label writes it. */
    private static final Pattern NAME_BELOW = Pattern.compile("^[\\s　]*([^\\s　]{2,10}?)(?:君|さん|氏)[\\s　]*$");

    /** 定例会, 臨時会, 5月臨時会: a plenary sitting, whose body is the assembly. */
    private static final Pattern PLENARY = Pattern.compile(
            "^(?:[0-9０-９一二三四五六七八九十]+月)?[\\s　]*(?:定例会|臨時会|本会議|定例会議|臨時会議|特別会議)$");
    /** 登壇 or 降壇 written bare at the start of a label's words, a space or the line's end after it. */
    private static final Pattern BARE_STAGE = Pattern.compile("^[\\s　]*(?:登壇|降壇)(?=[\\s　]|$)[\\s　]*");
    private static final Pattern ASSEMBLY_SITTING = Pattern.compile("^(.+議会)[\\s　]*(?:定例会|臨時会)$");
    private static final String PLACE = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶ]{1,8}?[都道府県市区町村]";
    /** 桐生市議会第１回臨時会, 横浜市会　会議録: the assembly as a record names it (a few cities' is a 市会). */
    private static final Pattern ASSEMBLY = Pattern.compile(
            "(" + PLACE + ")(議会|(?<=市)会)(?:(?:第[0-9０-９一二三四五六七八九十]+回|[0-9０-９一二三四五六七八九十]{1,2}月)?"
                    + "(?:定例会|臨時会|会議録|議場|本会議|特別会議)"
                    // 草加市議会 2024-06-10, 川崎町議会 > 2017-04-17 >: a minutes site's heading, the sitting's day
                    + "|[>＞]?(?=[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}))");
    /** 平成25年2月28日: a date with its era, where it follows a meeting's name. */
    private static final Pattern ERA_DATE = Pattern.compile("(?:令和|平成|昭和)[\\s　]*(?:元|[0-9０-９]{1,2})[\\s　]*年[\\s　]*"
            + "[0-9０-９]{1,2}[\\s　]*月[\\s　]*[0-9０-９]{1,2}[\\s　]*日");

    /** 神奈川県 中井町, 中井町: a municipality named alone, with its prefecture or not (spaces removed). */
    private static final Pattern PLACE_LINE = Pattern.compile("^(?:[\\p{IsHan}]{1,3}[都道府県])?("
            + "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶ]{1,6}[市区町村])$");
    /** A line naming a sitting or a body's meeting (２月定例会, 議会運営委員会), as a record's first line does. */
    private static final Pattern SITTING_NAME = Pattern.compile("定例会|臨時会|委員会|協議会|審議会|本会議|緊急議会");
    /**
     * A sitting of the assembly named with more words (定例会緊急議会（１２月）), not one of its committees; an assembly
     * that sits all year calls its sittings 定例会議 and 特別会議 (大津市議会７月特別会議).
     */
    private static final Pattern PLENARY_WORD = Pattern.compile("定例会|臨時会|本会議|特別会議");
    /**
     * A name of a plenary sitting (定例会, ６月議会, 9月定例会 古堅茂治 一般質問): no other meeting named after it;
     * 臨時会運営に係る打合せ会 is a meeting of its own.
     */
    private static final Pattern PLENARY_TAIL = Pattern.compile(
            "(?:定例会|臨時会|本会議|特別会議|緊急議会|[0-9０-９一二三四五六七八九十]月議会)"
                    + "(?!.*(?:打合せ会|打ち合わせ会|協議会|委員会|審議会|懇談会|部会|説明会|研修会|勉強会))");
    private static final Pattern COMMITTEE_WORD = Pattern.compile("委員会|協議会|審議会|懇談会|部会|分科会");
    /** 令和５年度高砂市一般会計補正予算: budget bills are named after the municipality. */
    private static final Pattern BUDGET = Pattern.compile(
            "年度(" + PLACE + ")(?:一般会計|国民健康保険|介護保険|後期高齢者|水道事業|下水道事業|病院事業"
                    + "|[^、。，．\\s]{1,16}?特別会計)");

    /** The heading the proceedings start under (会議の経過, ※会議の概要, 議事の経過): no meeting's name. */
    private static final Pattern PROCEEDINGS_HEADING = Pattern.compile(
            "^[※◎○●]?(?:会議|議事|審議)の(?:経過|概要|内容|次第)$");

    /** A preamble line that may be part of the title: it has letters and is not the proceedings' heading. */
    private static boolean mayName(String line) {
        return line.codePoints().anyMatch(Character::isLetter)
                && !PROCEEDINGS_HEADING.matcher(Cleaning.despace(line)).matches();
    }

    /** A page's name naming a sitting or a body's meeting, not the site (青森市議会会議録) or its author. */
    private static Optional<String> pageMeetingName(MinutesSource src) {
        return src.pageNames().stream().filter(n -> SITTING_NAME.matcher(n).find())
                .filter(n -> pageAssemblyOf(n).isEmpty()).findFirst();
    }

    /** The assembly a page names as its site or author (青森市議会会議録, 音更町議会事務局). */
    private static Optional<String> pageAssembly(MinutesSource src) {
        return src.pageNames().stream().map(VerbatimParser::pageAssemblyOf).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> pageAssemblyOf(String name) {
        Matcher m = SITE_ASSEMBLY.matcher(Cleaning.despace(Width.fold(name)));
        return m.matches() ? Optional.of(m.group(1) + m.group(2)) : Optional.empty();
    }

    /** A site or its author named after the assembly: 仙台市議会会議録, 音更町議会事務局, 横浜市会. */
    private static final Pattern SITE_ASSEMBLY = Pattern.compile(
            "(" + PLACE + ")(議会|(?<=市)会)(?:会議録(?:検索(?:システム)?)?|事務局)?");

    /**
     * The chair's opening words naming the meeting: ただいまから民生環境協議会を開きます, 令和６年第４回鴨川市議会定例会は
     * 成立しましたので.
     */
    private static final Pattern OPENING = Pattern.compile(
            "(?:ただいまから|ただ今から|只今から|これより|これから)(?!本日)([^。、「」]{2,40}?(?:委員会|協議会|審議会|懇談会|部会|分科会|定例会|臨時会|の会議))"
                    + "を開|((?:令和|平成|昭和)(?:元|[0-9０-９一二三四五六七八九十]+)年第[0-9０-９一二三四五六七八九十]+回"
                    + "[^。、はを]{0,20}?(?:定例会|臨時会))(?:は|を|が)");

    /** 休会前に引き続き本日の会議: words around a meeting that do not name it. */
    private static final Pattern NOT_A_NAME = Pattern.compile("本日|引き続|休会|延会|再開|前回");

    /** The meeting the chair's first words open, where the preamble named none. */
    private static Optional<String> openedMeeting(List<String> raw, int first) {
        for (int i = first; i < Math.min(raw.size(), first + 5); i++) {
            Matcher m = OPENING.matcher(Cleaning.despace(raw.get(i)));
            if (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                // 令和2年6月12日招集の和歌山市議会定例会: the day it was called is no part of its name
                name = name.replaceFirst("^.*招集の", "");
                if (!NOT_A_NAME.matcher(name).find()) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The assembly a plenary record is of: as the record names it (第１回目黒区議会定例会, 弘前市議会会議録), else
     * after the municipality its budget bills are named for (令和５年度高砂市一般会計補正予算 → 高砂市議会).
     */
    private static Optional<String> assemblyName(List<String> raw) {
        java.util.Map<String, Integer> budgets = new java.util.HashMap<>();
        for (String line : raw) {
            String l = Cleaning.despace(Width.fold(line));
            Matcher m = ASSEMBLY.matcher(l);
            if (m.find()) {
                // 令和五年第一回川辺町, 定例会１２月緊急議会墨田区, 平成12年12月和歌山県: the place follows the year,
                // month, session and any 議会 (a month's number before 月: 大月市 keeps its 月)
                String place = m.group(1);
                if (place.startsWith("月") && m.start(1) > 0 && "0123456789一二三四五六七八九十".indexOf(
                        l.charAt(m.start(1) - 1)) >= 0) {
                    place = place.substring(1);
                }
                // 令和2年6月12日招集の和歌山市議会: the day it was called before the place
                String name = place.replaceFirst("^.*(?:年度|年|回|[0-9一二三四五六七八九十]月)", "")
                        .replaceFirst("^.*議会", "").replaceFirst("^.*招集の", "");
                if (!name.isEmpty()) {
                    return Optional.of(name + m.group(2));
                }
            }
        }
        // 令和4年度川内村 / 農業集落排水事業特別会計: a bill's name broken over lines is read whole
        Matcher b = BUDGET.matcher(Cleaning.despace(Width.fold(String.join("", raw))));
        while (b.find()) {
            budgets.merge(b.group(1), 1, Integer::sum);
        }
        return budgets.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> e.getKey() + "議会");
    }
}
