package jp.meetingsearch.minutes;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.meetingsearch.speeches.RecordedMeeting;
import jp.meetingsearch.speeches.RecordedSpeech;
import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Width;

/**
 * Turns the meetings of a speech-record file into meetings and remarks: one remark per speech (and one more where a
 * speech hands over to a named reader, 〔櫻井議事部長朗読〕), who speaks from the label the speech opens with or the
 * record's own fields, the 会派 from the record, and the speech without its label, stage directions, time lines
 * and what follows a separator (the next agenda heading, a document printed into the record).
 */
public final class RecordedMinutes {
    private RecordedMinutes() {
    }

    /** ○泉委員, ○国務大臣（小泉進次郎君）: a label opening the speech, up to the first space. */
    private static final Pattern OPENING_LABEL = Pattern.compile("^[\\s　]*[○〇◯◎◆◇●]([^\\s　]{1,40})[\\s　]*");
    /** A line opening with a speaker's mark (◯山田委員　…). */
    private static final Pattern MARKED_LINE = Pattern.compile("(?m)^[\\s　]*[○〇◯◎◆][^\\s　○〇◯◎◆]");
    /** A label without a mark opening a speech, ended by a full-width space: 調委員　…, 経済観光文化局長　…. */
    private static final Pattern UNMARKED_LABEL = Pattern.compile("^[\\s　]*([^\\s　、。，．「」]{2,24})　+(?=\\S)");
    private static final Pattern WITH_BRACKET = Pattern.compile("^(.*?)[（(]([^（）()]+)[）)]$");
    private static final Pattern HONORIFIC = Pattern.compile("(君|氏|様|さん)$");
    /** 午後一時四分散会, 午前10時41分　散会, 午後１時４分休憩, 午後一時三分開会・開議, 午後一時四分. */
    private static final Pattern TIME_LINE = Pattern.compile(
            "^[\\s　]*[○〇◯◎]?[\\s　]*(?:(午前|午後)[\\s　]*)?([0-9０-９一二三四五六七八九十〇零]+[\\s　]*時(?:[\\s　]*[0-9０-９一二三四五六七八九十〇零]+"
                    + "[\\s　]*分|半)?)[\\s　]*(開議|開会|再開|休憩|散会|閉会|延会|休会|閉議)?(?:[・･、][^\\s　]{1,4})?[\\s　]*"
                    // 午後二時二十三分開会前: what was said before the sitting opened
                    + "(前[\\s　]*)?$");
    /** 令和八年三月六日（金曜日）: the day of the sitting alone on its line, as the record heads it (no speech). */
    private static final Pattern DATE_LINE = Pattern.compile("^(?:令和|平成|昭和)(?:元|[0-9０-９一二三四五六七八九十〇]{1,3})年"
            + "[0-9０-９一二三四五六七八九十〇]{1,2}月[0-9０-９一二三四五六七八九十〇]{1,3}日(?:[（(][月火水木金土日]曜?日?[）)])?$");
    /** ――――◇――――, ─────・─────: a rule between items of business, with a mark in its middle. */
    private static final Pattern MARKED_RULE = Pattern.compile(
            "^[\\s　]*[-－―─━=＝~～〜＊*_＿]{2,}[\\s　]*[◇◆○・◎]?[\\s　]*[-－―─━=＝~～〜＊*_＿]{2,}[\\s　]*$");
    /** 〔櫻井議事部長朗読〕: the record prints what a named person read out. */
    private static final Pattern READER = Pattern.compile("^[\\s　]*〔([^〔〕]{2,30}?)(朗読|報告)〕[\\s　]*$");

    /**
     * The meetings and their remarks; {@code warnings} receives what looked wrong (unknown roles, text left out).
     *
     * @param file the file as the loader names it, stored as each remark's source
     */
    public static List<ParsedMinutes> build(List<RecordedMeeting> meetings, String file, String fileName,
                                            RoleTable roles, List<String> warnings) {
        List<ParsedMinutes> out = new ArrayList<>();
        for (RecordedMeeting m : meetings) {
            out.add(meeting(m, file, fileName, roles, warnings));
        }
        return out;
    }

    private static ParsedMinutes meeting(RecordedMeeting rm, String file, String fileName, RoleTable roles,
                                         List<String> fileWarnings) {
        List<String> warnings = new ArrayList<>();
        String body = Width.normalize(rm.body());
        String id = MeetingIds.of(body, rm.date(), rm.session());
        LocalTime[] times = new LocalTime[2];
        List<RecordedSpeech> speeches = new ArrayList<>();
        // labels are read without the record's lists, which a speech record does not print
        SpeakerLabels labels = new SpeakerLabels(TitleLexicon.shared(), KnownPeople.of(List.of(),
                TitleLexicon.shared()));
        if (rm.header() != null) {
            List<String> preamble = new ArrayList<>();
            headerTurns(rm.header(), rm.where(), labels, preamble, speeches);
            for (String line : preamble) {
                time(line, times);
            }
        }
        speeches.addAll(rm.speeches());
        List<Turn> turns = new ArrayList<>();
        String section = null;
        for (RecordedSpeech s : speeches) {
            section = speech(s, section, roles, labels, turns, times, warnings, file);
        }
        Integer fy = JapaneseDates.fiscalYearOf(rm.date());
        List<Remark> remarks = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        int order = 0;
        for (Turn t : turns) {
            order = Math.max(order + 1, t.order);
            String turnSection = t.section == null ? null : Width.normalize(t.section);
            Remark r = new Remark(MeetingIds.remarkId(id, t.who.role(), t.who.speaker(), turnSection, t.text, ids), id,
                    rm.title(), rm.date(), fy, body, order, turnSection, null, t.who.role(), t.who.group(),
                    t.who.speaker(), t.seat, false, List.of(), t.text, 0, t.group, new Source(file, t.url != null
                    ? t.url : rm.url(), null));
            remarks.add(r);
        }
        Meeting meeting = new Meeting(id, body, rm.title(), fy, rm.session(), rm.date(), times[0], times[1], null, null,
                List.of(), null, null, List.of(), null, null, List.of(), null, fileName, MinutesFormat.VERBATIM,
                warnings);
        fileWarnings.addAll(warnings);
        return new ParsedMinutes(meeting, remarks, warnings);
    }

    /**
     * The record's preamble (an item without speaker before the first speech) may hold turns of its own, a labelled
     * line (◯森田悦男議長　これより本日の会議を開きます。) among the title and time lines: each is a speech from its
     * label to the next; the lines before the first are the preamble.
     */
    private static void headerTurns(String header, String where, SpeakerLabels labels, List<String> preamble,
                                    List<RecordedSpeech> speeches) {
        StringBuilder turn = null;
        for (String line : MinutesSource.split(header)) {
            Optional<SpeakerLabels.Label> label = OPENING_LABEL.matcher(line).find() && isSpeakerMark(line)
                    ? labels.read(line) : Optional.empty();
            if (label.isPresent() && label.get().kind() == SpeakerLabels.Kind.TURN) {
                addHeaderTurn(turn, where, speeches);
                turn = new StringBuilder(line);
            } else if (turn != null) {
                turn.append('\n').append(line);
            } else {
                preamble.add(line);
            }
        }
        addHeaderTurn(turn, where, speeches);
    }

    /** ○会議録署名人選定について, ○日　程: a heading of the record written with a speaker's mark, no one's words. */
    private static boolean markedHeading(String line, SpeakerLabels labels) {
        if (!isSpeakerMark(line)) {
            return false;
        }
        // ○日　程: the heading's letters spaced to fill its cell
        Optional<SpeakerLabels.Label> label = labels.read(Cleaning.despace(line));
        return label.isPresent() && label.get().kind() == SpeakerLabels.Kind.HEADING;
    }

    private static boolean isSpeakerMark(String line) {
        String l = Cleaning.strip(line);
        return !l.isEmpty() && "○〇◯".indexOf(l.charAt(0)) >= 0;
    }

    private static void addHeaderTurn(StringBuilder turn, String where, List<RecordedSpeech> speeches) {
        if (turn != null) {
            speeches.add(new RecordedSpeech(0, null, null, null, null, turn.toString(), null, where + " (preamble)"));
        }
    }

    /** A remark being made. */
    private static final class Turn {
        final int order;
        final RoleTable.Match who;
        final String group;
        final String url;
        final String section;
        String text = "";
        /** The seat of a member written by number (六十七番（岡本こうき君）), else null. */
        Integer seat;

        Turn(int order, RoleTable.Match who, String group, String url, String section) {
            this.order = order;
            this.who = who;
            this.group = group;
            this.url = url;
            this.section = section;
        }
    }

    /** Adds the turns of one speech; returns the section the following speeches are in. */
    private static String speech(RecordedSpeech s, String section, RoleTable roles, SpeakerLabels labels,
                                 List<Turn> turns, LocalTime[] times, List<String> warnings, String file) {
        String text = s.text().replace("\r\n", "\n").replace('\r', '\n');
        String label = s.label();
        Matcher opening = OPENING_LABEL.matcher(text);
        String firstLine = text.lines().findFirst().orElse("");
        if (opening.find() && !TIME_LINE.matcher(firstLine).matches() && !markedHeading(firstLine, labels)) {
            label = opening.group(1);
            text = text.substring(opening.end());
        } else if (label == null || label.isBlank()) {
            // a speech with no speaker whose text heads the sitting (令和八年五月十四日（木曜日） / 午　後　一　時
            // 三　分　開　会) and then opens with a label (◯永川俊彦委員長　それでは、…): the label's speech
            String[] head = text.split("\n", -1);
            int at = 0;
            while (at < head.length && (head[at].isBlank() || time(Cleaning.strip(head[at]), times)
                    || DATE_LINE.matcher(Cleaning.despace(head[at])).matches())) {
                at++;
            }
            Matcher marked = at < head.length ? OPENING_LABEL.matcher(head[at]) : null;
            if (at > 0 && marked != null && marked.find() && !markedHeading(head[at], labels)) {
                label = marked.group(1);
                text = String.join("\n", java.util.Arrays.copyOfRange(head, at, head.length)).substring(marked.end());
            }
        } else {
            label = label.replaceFirst("^[\\s　]*[○〇◯◎◆◇●]", "");
        }
        if ((label == null || label.isBlank()) && s.name() == null && s.position() == null
                && !MARKED_LINE.matcher(text).find()) {
            // a record whose items give no speaker but open with one, unmarked (調委員　…, 経済観光文化局長　…)
            Matcher unmarked = UNMARKED_LABEL.matcher(text);
            RoleTable.Match speaker = unmarked.lookingAt() ? who(unmarked.group(1), null, null, roles, labels) : null;
            if (speaker == null || !speaker.known()) {
                warnings.add(file + ": " + s.where() + ": no speaker: the item names none and its text opens with no "
                        + "speaker's label: no remark");
                return section;
            }
            label = unmarked.group(1);
            text = text.substring(unmarked.end());
        }
        RoleTable.Match who = who(label, s.name(), s.position(), roles, labels);
        if (!who.known() && who.role() != null) {
            warnings.add(file + ": " + s.where() + ": unknown role '" + who.role() + "': kept with role group other "
                    + "(add a rule to " + RoleTable.DEFAULT_FILE + ")");
        }
        String group = s.group() == null ? null : Width.normalize(s.group());
        Turn current = new Turn(s.order(), who, group, s.url(), section);
        current.seat = seat(label);
        List<String> parts = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String nextSection = section;
        for (int i = 0; i < lines.length; i++) {
            String line = Cleaning.stripMarkup(lines[i]);
            if (line.isBlank()) {
                continue;
            }
            Matcher reader = READER.matcher(line);
            if (reader.matches()) {
                RoleTable.Match r = Speakers.resolve(reader.group(1), roles, labels);
                if (r.speaker() != null && r.known()) {
                    finish(current, parts, turns, warnings, file, s);
                    current = new Turn(s.order(), r, null, s.url(), section);
                    parts = new ArrayList<>();
                }
                continue;
            }
            if (Cleaning.isSeparator(line) || MARKED_RULE.matcher(line).matches()) {
                nextSection = afterSeparator(lines, i + 1, section, warnings, file, s);
                break;
            }
            if (Cleaning.isStageDirection(line) || Cleaning.isPageNumber(line)) {
                continue;
            }
            if (time(line, times) || markedHeading(line, labels)) {
                continue;
            }
            if (DATE_LINE.matcher(Cleaning.despace(line)).matches() && sittingOpensNext(lines, i + 1)) {
                // 令和八年三月六日（金曜日） / 午　後　二　時　二　十　四　分　開　会 after the words: the record's head of
                // the sitting that follows, no speech
                continue;
            }
            String clean = Cleaning.strip(Cleaning.removeStageDirections(line));
            if (!clean.isEmpty()) {
                parts.add(clean);
            }
        }
        finish(current, parts, turns, warnings, file, s);
        return nextSection;
    }

    private static void finish(Turn t, List<String> parts, List<Turn> turns, List<String> warnings, String file,
                               RecordedSpeech s) {
        if (parts.isEmpty()) {
            warnings.add(file + ": " + s.where() + ": a speech of " + (t.who.speaker() != null ? t.who.speaker()
                    : t.who.role()) + " with no text once stage directions are removed: no remark");
            return;
        }
        t.text = String.join("\n", parts);
        turns.add(t);
    }

    /**
     * After a separator the record names the next item of business; anything more (a document printed into the
     * record) is not speech and is left out with a warning.
     */
    private static String afterSeparator(String[] lines, int from, String section, List<String> warnings, String file,
                                         RecordedSpeech s) {
        String heading = null;
        int rest = 0;
        // the heading's lines up to the rule that closes it (追加日程第３ / 議員提出第８号議案 …意見書 / ────)
        List<String> headingLines = new ArrayList<>();
        boolean closed = false;
        for (int i = from; i < lines.length; i++) {
            String line = Cleaning.strip(Cleaning.stripMarkup(lines[i]));
            boolean rule = Cleaning.isSeparator(line) || MARKED_RULE.matcher(line).matches();
            if (rule && !headingLines.isEmpty()) {
                closed = true;
            }
            if (line.isEmpty() || rule || Cleaning.isStageDirection(line) || TIME_LINE.matcher(line).matches()) {
                continue;
            }
            if (heading == null && line.length() <= 60) {
                heading = line;
                headingLines.add(line);
            } else if (!closed && !headingLines.isEmpty() && headingLines.size() < 4 && line.length() <= 60
                    && closedBelow(lines, i + 1)) {
                headingLines.add(line);
            } else {
                rest++;
            }
        }
        if (rest > 0) {
            warnings.add(file + ": " + s.where() + ": " + rest + " line" + (rest == 1 ? "" : "s") + " printed after a "
                    + "separator in the speech (a document, not speech) left out");
        }
        return heading != null ? heading.replaceAll("^[◎○◇◆]", "") : section;
    }

    /** Whether a rule follows within the next lines, only short lines before it: the end of a heading's block. */
    private static boolean closedBelow(String[] lines, int from) {
        for (int i = from; i < lines.length && i < from + 3; i++) {
            String line = Cleaning.strip(Cleaning.stripMarkup(lines[i]));
            if (Cleaning.isSeparator(line) || MARKED_RULE.matcher(line).matches()) {
                return true;
            }
            if (line.length() > 60) {
                return false;
            }
        }
        return false;
    }

    /** ３番, 六十七番: a seat number, arabic or in kanji. */
    private static final Pattern SEAT = Pattern.compile("^([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,6})番$");

    /** The seat number a label's head gives (六十七番（岡本こうき君） → 67), else null. */
    private static Integer seat(String label) {
        if (label == null) {
            return null;
        }
        Matcher bracket = WITH_BRACKET.matcher(Cleaning.despace(Width.normalize(label)));
        String head = bracket.matches() ? bracket.group(1) : Cleaning.despace(Width.normalize(label));
        Matcher seat = SEAT.matcher(head);
        return seat.matches() ? Numbers.parse(seat.group(1)) : null;
    }

    /** Whether the next line with anything on it from {@code from} is a time of a sitting's opening (開会, 開議). */
    private static boolean sittingOpensNext(String[] lines, int from) {
        for (int k = from; k < lines.length; k++) {
            if (lines[k].isBlank()) {
                continue;
            }
            Matcher m = TIME_LINE.matcher(Cleaning.despace(Cleaning.strip(lines[k])));
            return m.matches() && m.group(3) != null && (m.group(3).equals("開会") || m.group(3).equals("開議"));
        }
        return false;
    }

    /** Reads a time line (開議, 散会 …) into the meeting's times; returns whether the line was one. */
    private static boolean time(String line, LocalTime[] times) {
        Matcher m = TIME_LINE.matcher(line);
        if (!m.matches()) {
            // 午　後　二　時　二　十　四　分　開　会: the line spaced letter by letter
            m = TIME_LINE.matcher(Cleaning.despace(line));
        }
        if (!m.matches() || m.group(1) == null && m.group(3) == null) {
            return false;
        }
        Optional<LocalTime> t = JapaneseDates.parseTime((m.group(1) == null ? "" : m.group(1))
                + Cleaning.despace(m.group(2)));
        String event = m.group(4) != null ? null : m.group(3);
        if (t.isPresent() && event != null) {
            if ((event.equals("開議") || event.equals("開会")) && times[0] == null) {
                times[0] = t.get();
            } else if (event.equals("散会") || event.equals("閉会") || event.equals("延会") || event.equals("閉議")) {
                times[1] = t.get();
            }
        }
        return true;
    }

    /**
     * Who speaks: the label as printed (議長（額賀福志郎君）, 泉委員, 宮崎勝君, 尾崎議長), with the record's name
     * field for the full name where it has one; or the record's name and position fields alone.
     */
    static RoleTable.Match who(String label, String name, String position, RoleTable roles) {
        return who(label, name, position, roles, new SpeakerLabels(TitleLexicon.shared(),
                KnownPeople.of(List.of(), TitleLexicon.shared())));
    }

    /** As {@link #who(String, String, String, RoleTable)}, splitting labels with the record's own grammar. */
    static RoleTable.Match who(String label, String name, String position, RoleTable roles, SpeakerLabels labels) {
        String fullName = name == null ? null : Cleaning.despace(Width.normalize(name));
        if (label != null && !label.isBlank()) {
            String l = Cleaning.despace(Width.normalize(label));
            Matcher bracket = WITH_BRACKET.matcher(l);
            if (bracket.matches() && SEAT.matcher(bracket.group(1)).matches()) {
                // 六十七番（岡本こうき君）: a member written by seat number
                RoleTable.Match member = roles.resolve("議員");
                String bare = HONORIFIC.matcher(bracket.group(2)).replaceAll("");
                return new RoleTable.Match(member.role(), fullName != null ? fullName : bare, member.group(),
                        member.known());
            }
            if (bracket.matches() && !bracket.group(1).isEmpty()) {
                // 議長（額賀福志郎君）, 政府参考人（長谷川孝君）: the head is the title as written, the bracket the name
                RoleTable.Match m = Speakers.resolve(l, roles, labels);
                return new RoleTable.Match(RoleTable.fold(bracket.group(1)), fullName != null ? fullName : m.speaker(),
                        m.group(), m.known());
            }
            if (fullName != null) {
                String bare = HONORIFIC.matcher(l).replaceAll("");
                if (bare.equals(fullName)) {
                    // a member named alone (○宮崎勝君) speaks as a member
                    RoleTable.Match member = roles.resolve("議員");
                    return new RoleTable.Match(member.role(), fullName, member.group(), member.known());
                }
                int common = 0;
                while (common < bare.length() && common < fullName.length()
                        && bare.charAt(common) == fullName.charAt(common)) {
                    common++;
                }
                // 渡辺（孝）委員: a bracket after the surname tells two members of one name apart
                String title = bare.substring(common).replaceFirst("^[（(][^（）()]*[）)]", "");
                if (common > 0 && !title.isEmpty()) {
                    // the rest of the label is the title as written (政府参考人, not the 参考人 a rule ends in)
                    RoleTable.Match m = roles.resolve(title);
                    return new RoleTable.Match(RoleTable.fold(title), fullName, m.group(), m.known());
                }
            }
            String bare = HONORIFIC.matcher(l).replaceAll("");
            RoleTable.Match m = Speakers.resolve(bare, roles, labels);
            if (fullName == null && !bare.equals(l) && !m.known() && m.speaker() == null
                    && SpeakerLabels.lettersOnly(bare) && bare.length() <= 8) {
                // 南恵子君: a name with its honorific and no title speaks as a member, as ○南恵子君 does in a record
                RoleTable.Match member = roles.resolve("議員");
                return new RoleTable.Match(member.role(), bare, member.group(), member.known());
            }
            return new RoleTable.Match(m.role(), fullName != null ? fullName : m.speaker(), m.group(), m.known());
        }
        if (position != null && !position.isBlank()) {
            RoleTable.Match m = roles.resolve(position);
            return new RoleTable.Match(m.role(), fullName, m.group(), m.known());
        }
        return new RoleTable.Match(null, fullName, RoleGroup.OTHER, false);
    }
}
