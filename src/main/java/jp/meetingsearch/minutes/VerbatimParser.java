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

    VerbatimParser(RoleTable roles) {
        this.roles = roles;
    }

    @Override
    public String format() {
        return "verbatim";
    }

    private static final Pattern SPEAKER = Pattern.compile(
            "^[\\s　]*[○〇◯◎◆◇][\\s　]?([^\\s　（(。、○〇◯◆◇][^\\s　（(。、]{0,19})?(?:[（(]([^（）()]{1,30})[）)])?(?:[\\s　]+(.*))?$");
    /** Standard headings of a record's lists, never a speaker: ◎出席議員, ◎説明のため出席した者, ◎本日の会議に付した事件 … */
    private static final Pattern LIST_HEADING = Pattern.compile("出席|欠席|のため|付した|会議録署名|議事日程");
    /** What a speaker's name in brackets can look like: no digits, no 第…号 / …名 / なし / 件. */
    private static final Pattern NAME_LIKE = Pattern.compile("^(?!.*[0-9０-９])(?!.*第.*[号回])(?!.*[名件]$)(?!なし$).+$");
    private static final Pattern HEADING = Pattern.compile("^[\\s　]*[◎◆■●□◇][\\s　]*(.+)$");
    private static final Pattern SCHEDULE_ITEM = Pattern.compile(
            "^[\\s　]*[◎◆■●]?[\\s　]*(日[\\s　]*程[\\s　]*第[\\s　]*([0-9０-９]+|[一二三四五六七八九十]+))[\\s　]*(?:[、，,．.][\\s　]*)?(.*)$");
    private static final Pattern TIME_EVENT = Pattern.compile(
            "((?:午前|午後)?[\\s　]*[0-9０-９一二三四五六七八九十]+[\\s　]*時(?:[\\s　]*(?:[0-9０-９一二三四五六七八九十]+[\\s　]*分|半))?)"
                    + "[\\s　]*(開議|開会|再開|休憩|散会|閉会|延会|閉議|休会)");
    /** 議案第１号, 請願第３号 …: a numbered matter heading a part of the record. */
    private static final Pattern MATTER = Pattern.compile(
            "^((?:議案|請願|陳情|報告|認定|発議|諮問|選挙|同意)第[0-9]+号)[\\s]*(.*)$");
    private static final Pattern INDENT = Pattern.compile("^[　\\t]|^ {2,}");
    private static final List<String> STARTS = List.of("開議", "開会");
    private static final List<String> ENDS = List.of("散会", "閉会", "延会", "閉議");

    @Override
    public ParsedMinutes parse(MinutesSource src) throws MinutesParseException {
        List<String> raw = src.lines();
        MeetingDraft d = new MeetingDraft();
        Times times = new Times();
        int first = firstSpeaker(raw);
        if (first < 0) {
            throw new MinutesParseException(src.source(), 0, "no speaker lines (○役職（氏名）) in the record");
        }
        readPreamble(raw.subList(0, first), d, times, src);
        if (d.date == null) {
            throw new MinutesParseException(src.source(), 0,
                    "no meeting date: no date line (令和６年３月５日（火曜日）) before the first speaker");
        }
        List<RemarkDraft> drafts = readBody(raw, first, d, times);
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

    /** Whether one of TIME_EVENT's words is in the line: most lines of speech have none, and then it cannot match. */
    private static boolean mentionsEvent(String line) {
        for (String e : EVENTS) {
            if (line.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** Opening and closing times as the record's time lines give them (午前１０時開議, 午後３時１５分散会). */
    private static final class Times {
        LocalTime start;
        LocalTime end;

        /** Records a time line; returns whether the line was one. */
        boolean read(String line) {
            if (line.indexOf('時') < 0 || !mentionsEvent(line)) {
                return false;
            }
            Matcher m = TIME_EVENT.matcher(line);
            if (!m.find()) {
                return false;
            }
            Optional<LocalTime> t = JapaneseDates.parseTime(Cleaning.despace(m.group(1)));
            if (t.isPresent()) {
                if (STARTS.contains(m.group(2)) && start == null) {
                    start = t.get();
                } else if (ENDS.contains(m.group(2))) {
                    end = t.get();
                }
            }
            return true;
        }
    }

    private int firstSpeaker(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            if (HeaderRows.match(raw.get(i), i + 1).isEmpty() && speaker(raw.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** A speaker line's who and speech, if the line is one. */
    private Optional<Turn> speaker(String line) {
        Matcher m = SPEAKER.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String head = m.group(1) == null ? "" : m.group(1);
        String bracket = m.group(2);
        if (head.isEmpty() && bracket == null || LIST_HEADING.matcher(head).find()) {
            return Optional.empty();
        }
        RoleTable.Match who = Speakers.resolve(head, bracket, roles);
        if (bracket == null && !who.known()) {
            // ○ as a bullet or heading in running text, not a speaker
            return Optional.empty();
        }
        char mark = line.strip().charAt(0);
        if ((mark == '◆' || mark == '◇') && !who.known()) {
            // ◆ opens headings (◆日程第１, ◆一般質問（続き）) as often as speakers (◆委員（石田誠）)
            return Optional.empty();
        }
        if (!who.known() && !NAME_LIKE.matcher(bracket).matches()) {
            // a heading with a count or number in brackets: ◎議事日程（第２号）, ◎出席議員（２０名）, ◎欠席議員（なし）
            return Optional.empty();
        }
        return Optional.of(new Turn(who, m.group(3) == null ? "" : m.group(3), head, bracket));
    }

    private record Turn(RoleTable.Match who, String speech, String head, String bracket) {
    }

    private void readPreamble(List<String> lines, MeetingDraft d, Times times, MinutesSource src)
            throws MinutesParseException {
        StringBuilder title = new StringBuilder();
        HeaderRows.Row row = null;
        List<String> value = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = Cleaning.stripMarkup(lines.get(i));
            if (line.isBlank() || Cleaning.isPageNumber(line)) {
                continue;
            }
            Optional<HeaderRows.Row> r = HeaderRows.match(line, i + 1);
            boolean rule = Cleaning.isSeparator(line);
            if (r.isPresent() || rule) {
                applyRow(row, value, d, src);
                row = r.orElse(null);
                value = new ArrayList<>();
                if (row != null && !row.value().isEmpty()) {
                    value.add(row.value());
                }
                continue;
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
                value.add(line);
                continue;
            }
            Optional<LocalDate> date = JapaneseDates.findDate(line);
            if (date.isPresent() && d.date == null) {
                d.date = date.get();
            } else if (!timeLine && d.date == null && title.length() < 120) {
                title.append(Cleaning.strip(line));
            }
        }
        applyRow(row, value, d, src);
        d.title = title.isEmpty() ? null : title.toString();
        if (d.title != null) {
            HeaderFields.nameInto(d.title, d);
        }
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
                if (commaList) {
                    HeaderFields.apply(row, lines, d, roles, src);
                    return;
                }
                for (String l : lines) {
                    for (People.Seat s : People.seats(l, roles)) {
                        d.officials.add(new Official(s.name(), s.role(), null));
                    }
                }
            }
            case AGENDA -> {
                for (String l : lines) {
                    Matcher m = SCHEDULE_ITEM.matcher(l);
                    if (m.matches()) {
                        d.agenda.add(new AgendaItem(row.word(), scheduleNumber(m), nullIfEmpty(m.group(3)), null));
                    }
                }
            }
            default -> HeaderFields.apply(row, lines, d, roles, src);
        }
    }

    private static String scheduleNumber(Matcher m) {
        return "日程第" + Numbers.parse(Cleaning.despace(m.group(2)));
    }

    private static String nullIfEmpty(String s) {
        String t = s == null ? "" : Cleaning.strip(s);
        return t.isEmpty() ? null : Width.normalize(t);
    }

    private List<RemarkDraft> readBody(List<String> raw, int first, MeetingDraft d, Times times) {
        List<RemarkDraft> drafts = new ArrayList<>();
        boolean deriveAgenda = d.agenda.isEmpty();
        String section = null;
        AgendaRef item = null;
        RemarkDraft current = null;
        boolean inDirection = false;
        String title = d.title == null ? null : Cleaning.despace(d.title);
        for (int i = first; i < raw.size(); i++) {
            String line = Cleaning.stripMarkup(raw.get(i));
            int no = i + 1;
            if (inDirection) {
                // a stage direction in 〔…〕 that wraps onto further lines
                inDirection = !line.contains("〕");
                continue;
            }
            if (line.isBlank() || Cleaning.isPageNumber(line)
                    || title != null && Cleaning.despace(line).equals(title)) {
                continue;
            }
            if (Cleaning.strip(line).startsWith("〔") && !line.contains("〕")) {
                inDirection = true;
                continue;
            }
            if (Cleaning.isStageDirection(line)) {
                continue;
            }
            if (Cleaning.isSeparator(line)) {
                RemarkDraft.close(current, drafts, d);
                current = null;
                continue;
            }
            Optional<Turn> turn = speaker(line);
            if (turn.isPresent()) {
                RemarkDraft.close(current, drafts, d);
                Turn t = turn.get();
                if (!t.who().known() && t.who().role() != null) {
                    d.warn(no, "unknown role '" + t.who().role() + "': kept with role group other (add a rule to "
                            + RoleTable.DEFAULT_FILE + ")");
                }
                current = new RemarkDraft(section, item, t.who(), false, no);
                current.paragraph(Cleaning.removeStageDirections(t.speech()));
                continue;
            }
            Matcher schedule = SCHEDULE_ITEM.matcher(line);
            boolean headingMark = HEADING.matcher(line).matches();
            if (schedule.matches() && (headingMark || current == null)) {
                RemarkDraft.close(current, drafts, d);
                current = null;
                String number = scheduleNumber(schedule);
                String itemTitle = nullIfEmpty(schedule.group(3));
                // the 議事日程 list gives the full title where the heading abbreviates it (日程第２　議案第１号)
                for (AgendaItem listed : d.agenda) {
                    if (number.equals(listed.number()) && listed.title() != null) {
                        itemTitle = listed.title();
                    }
                }
                item = new AgendaRef(number, itemTitle);
                section = itemTitle;
                if (deriveAgenda) {
                    d.agenda.add(new AgendaItem("議事日程", number, itemTitle, null));
                }
                continue;
            }
            if (times.read(line) && Cleaning.despace(line).length() <= 16) {
                RemarkDraft.close(current, drafts, d);
                current = null;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                RemarkDraft.close(current, drafts, d);
                current = null;
                section = Width.normalize(heading.group(1));
                item = null;
                Matcher matter = MATTER.matcher(section);
                if (matter.matches()) {
                    item = new AgendaRef(matter.group(1), nullIfEmpty(matter.group(2)));
                    if (deriveAgenda) {
                        d.agenda.add(new AgendaItem("議事", item.number(), item.title(), null));
                    }
                }
                continue;
            }
            String speech = Cleaning.removeStageDirections(line);
            if (current == null) {
                d.warn(no, "text outside any speaker's turn dropped: '" + Cleaning.strip(line) + "'");
            } else if (INDENT.matcher(line).find()) {
                current.paragraph(speech);
            } else {
                current.continueParagraph(speech);
            }
        }
        RemarkDraft.close(current, drafts, d);
        return drafts;
    }
}
