package jp.meetingsearch.minutes;

import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Width;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns header rows (with the lines that continue them) into meeting fields; shared by both formats. */
final class HeaderFields {
    private HeaderFields() {
    }

    private static final Pattern LEADING_YEAR = Pattern.compile(
            "^[\\s　]*((?:令和|平成|昭和|[RH])[\\s　]*(?:元|[0-9０-９]+|[一二三四五六七八九十]+)|[0-9０-９]{4})[\\s　]*年(度)?[\\s　]*"
                    // 令和6年(2024年)第3回…: the western year in brackets after the era's
                    + "(?:[（(][\\s　]*[0-9０-９]{4}[\\s　]*年?度?[\\s　]*[）)][\\s　]*)?");
    /** ９月　予算審査特別委員会: a month standing as a word of its own (not ６月定例会, the session's name). */
    private static final Pattern LEADING_MONTH = Pattern.compile(
            "^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[\\s　]*月[\\s　]+(?!(?:[0-9０-９]|[一二三四五六七八九十])+[\\s　]*日)"
                    + "(?!定例|臨時)(?=\\S)");
    /** A full date opening a name or a line: 令和６年６月１８日（火）, 令和6年(2024年)5月1日, 2024年6月18日. */
    static final Pattern LEADING_DATE = Pattern.compile(
            "^[\\s　]*[0-9０-９]{4}[/／\\-－.．][0-9０-９]{1,2}[/／\\-－.．][0-9０-９]{1,2}[\\s　]*|"
                    + "^[\\s　]*(?:令和|平成|昭和)?[\\s　]*(?:元|[0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*年[\\s　]*"
                    + "(?:[（(][0-9０-９]{4}年?[）)][\\s　]*)?(?:[0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*月[\\s　]*(?:[0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*日"
                    + "(?:[\\s　]*[（(][^）)]*[）)])?[\\s　]*");
    /** 臨時 / 定例 before a name that the sitting's number stood before (第10回臨時…協議会). */
    private static final Pattern SITTING_KIND_BEFORE = Pattern.compile("^(?:臨時|定例)[\\s　]*(?=\\S{3,}(?:協議会|審議会|委員会)$)");
    /** 教育委員会第12回定例会: a board's or council's sitting after its name, with its kind or not. */
    private static final Pattern TRAILING_SITTING = Pattern.compile("(\\S(?:協議会|審議会|委員会))[\\s　]*第[\\s　]*"
            + "([0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*回[\\s　]*(?:定例会|臨時会)?$");
    /** 定例会 / 臨時会 after a board or council (教育委員会定例会); an assembly's sittings are named elsewhere. */
    private static final Pattern SITTING_KIND_AFTER = Pattern.compile("(\\S(?:協議会|審議会|委員会))[\\s　]*(?:定例会|臨時会)$");
    private static final Pattern SESSION = Pattern.compile("第[\\s　]*([0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*回");
    private static final Pattern ISSUE = Pattern.compile("[（(]?[\\s　]*第[\\s　]*([0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*号[\\s　]*[）)]?");
    /** 議 事 録 after a name: words of one letter each, a space before each, ending the line. */
    private static final Pattern SPACED_TAIL = Pattern.compile("(?:[\\s　]+[^\\s　]){2,}[\\s　]*$");
    /**
     * What names the record, not the meeting, at the end of a name: 会議録, 議事録(要旨), and the part of the
     * record a minutes system shows (本文, as against 目次 or 名簿).
     */
    private static final Pattern RECORD_WORD = Pattern.compile("(?:[\\s　・･]*(?:(?:会議概要|会議の概要|会議録要旨|議事録要旨|会議録|議事録|議事概要"
            + "|議事要旨|会議要旨|要点記録|速記録|会議記録|記録|概要|次第)(?:[\\s　]*[（(](?:要旨|要点|要約|抄録|案|テキスト版|要約版|概要版|議事録|開会中|閉会中)[）)])?|本文|[（(](?:要約版|概要版|テキスト版)[）)]))+[\\s　]*$");
    /** The day part a minutes system appends to a meeting name: （ 4月25日）, (第1日 2月14日), （第１号）. */
    private static final Pattern DAY_PART = Pattern.compile(
            "[\\s　]*[（(][^（）()]*(?:[0-9０-９一二三四五六七八九十]+[\\s　]*月[\\s　]*[0-9０-９一二三四五六七八九十]+[\\s　]*日"
                    + "|第[\\s　]*[0-9０-９一二三四五六七八九十]+[\\s　]*[日号])[^（）()]*[）)][\\s　]*$");
    /** 総務文教常任委員会　令和６年６月１９日（水）: a date written after the name. */
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "[\\s　]+(?:令和|平成|昭和)?[\\s　]*(?:元|[0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*年[\\s　]*"
                    + "(?:[0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*月[\\s　]*(?:[0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*日"
                    + "(?:[\\s　]*[（(][^）)]*[）)])?[\\s　]*$");
    /**
     * 議会運営委員会 12月26日−議案審議−14号平成19年 …: a month and day after a space, as a minutes site lists a
     * committee's sittings, and all after them: no part of the name.
     */
    private static final Pattern LISTED_DAY = Pattern.compile(
            "(?:[\\s　]+|[\\s　]*[（(][\\s　]*)[0-9０-９]{1,2}[\\s　]*月[\\s　]*[0-9０-９]{1,2}[\\s　]*日(?![\\s　]*[（(]).*$");
    /** (平成22年度第5回), （令和3年度 第2回）: the sitting in brackets at the end of a name. */
    private static final Pattern TRAILING_SESSION = Pattern.compile("[\\s　]*[（(][^（）()]{0,12}第[\\s　]*"
            + "([0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*回[^（）()]{0,6}[）)][\\s　]*$");
    /** 審議会第84回企画政策部会: a sitting after a council's name and before its committee's. */
    private static final Pattern INNER_SESSION = Pattern.compile("(会|議)[\\s　]*第[\\s　]*([0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*回"
            + "[\\s　]*(?=\\S*(?:部会|分科会|委員会|小委員会|専門委員会|ワーキング))");
    /** （第２回第３部会）: the sitting and the committee of a council, in brackets after its name. */
    private static final Pattern BRACKETED_COMMITTEE = Pattern.compile("[\\s　]*[（(][\\s　]*第[\\s　]*([0-9０-９]+|"
            + "[一二三四五六七八九十]+)[\\s　]*回[\\s　]*([^（）()]{1,12}(?:部会|分科会|委員会))[\\s　]*[）)][\\s　]*$");
    private static final Pattern QUOTED = Pattern.compile("^[「『](.+)[」』]$");
    /** 長崎市:, 長崎市： before a name: a municipality a site files the record under. */
    private static final Pattern PLACE_PREFIX = Pattern.compile(
            "^[\\s　]*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶ]{1,6}[都道府県市区町村][\\s　]*[:：][\\s　]*");
    /** 第29次, 29次 before a council's name: its term. */
    private static final Pattern TERM = Pattern.compile("^[\\s　]*第?[0-9０-９一二三四五六七八九十]+次[\\s　]*(?=\\p{IsHan})");
    /** (定例), （臨時） before a name. */
    private static final Pattern LEADING_KIND = Pattern.compile("^[\\s　]*[（(](?:定例|臨時)(?:会)?[）)][\\s　]*");
    /** −05月16日-01号: the day and the issue a minutes site appends to a name, its number in group 1. */
    private static final Pattern LISTING_TAIL = Pattern.compile("[\\s　]*[－\\-−‐―][\\s　]*[0-9０-９]{1,2}[\\s　]*月"
            + "[\\s　]*[0-9０-９]{1,2}[\\s　]*日[\\s　]*[－\\-−‐―][\\s　]*([0-9０-９]+)[\\s　]*号.*$");
    /** What a page says after the name of the body: 開催状況, 開催日: …, or the record's word followed by the year. */
    private static final Pattern AFTER_NAME = Pattern.compile("(?:開催状況|開催結果|[\\s　]*開催日(?:時)?[\\s　]*[:：]|[\\s　]+(?:会議録|議事録|会議記録)"
            + "(?=[\\s　]+(?:令和|平成|昭和|[0-9０-９]{4}年|第)))");
    /**
     * A bracket after a body's name saying what part of its business or which subject: (教育委員会関係); not the
     * body's short name (協働推進委員会).
     */
    private static final Pattern SUBJECT_BRACKET = Pattern.compile(
            "((?:委員会|審議会|協議会|部会|分科会))[\\s　]*[（(](?![^（）()]*(?:委員会|審議会|協議会|会議)[）)])"
                    + "[^（）()0-9０-９]{2,20}[）)](?=[\\s　]*(?:第|$))");
    /** 6月定例会 建設委員会: the assembly's sitting before the name of one of its committees. */
    private static final Pattern SITTING_BEFORE_COMMITTEE = Pattern.compile(
            "^[\\s　]*(?:第?[0-9０-９一二三四五六七八九十]+[回月])?[\\s　]*(?:定例会|臨時会)[\\s　]*"
                    + "(?=\\S*(?:委員会|協議会|審議会|調査会|懇談会|部会)$)");
    /** 第2回会議, 第３回総会 at the end of a name: the sitting, its number in group 1. */
    private static final Pattern NUMBERED_MEETING = Pattern.compile(
            "[\\s　]*第[\\s　]*([0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*回[\\s　]*(?:会議|総会)$");
    /** 消費者委員会本会議, 農業委員会総会: a council's or a board's plenary or general meeting. */
    private static final Pattern COUNCIL_PLENARY = Pattern.compile("(\\S(?:委員会|審議会|協議会|調査会))[\\s　]*(?:本会議|総会)$");
    /** A name of Japanese words only, spaces between some (世田谷区地域包括支援センター 運営協議会). */
    private static final Pattern CJK_WORDS = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・ヶ0-9０-９]+(?:[\\s　]+[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・ヶ0-9０-９]+)+");
    private static final Pattern COUNT = Pattern.compile("([0-9０-９]+|[一二三四五六七八九十]+)[\\s　]*[名人]");
    private static final Pattern NONE = Pattern.compile("なし|無し|いない|０|0");
    private static final Pattern PRESS_WORD = Pattern.compile("記者|報道");

    /**
     * Reads body, fiscal year and session from a meeting name or title: "令和3年度 第3回○○委員会 会議概要" →
     * ○○委員会, 2021, 3. A calendar year (令和６年第１回○○市議会定例会) gives no fiscal year; an issue number
     * (会議録（第２号）) is the session only when no 第N回 is written.
     */
    static void nameInto(String name, MeetingDraft d) {
        if (d.date == null) {
            // 会議名：民生病院教育委員会　令和8年6月19日（金）: the day of the meeting in its name, where no row gives it
            // (a date row read later replaces it)
            JapaneseDates.findDate(name).ifPresent(x -> d.date = x);
        }
        String n = LEADING_DATE.matcher(Cleaning.strip(name)).replaceFirst("");
        // 京都市の基本構想・基本計画(資料編)/京都市基本構想等審議会/第10回 都市整備・交通部会: a page's trail whose
        // steps from the first naming a meeting name the body
        String[] steps = n.split("[/／]");
        if (steps.length > 1) {
            for (int k = 0; k < steps.length; k++) {
                if (PageLines.namesMeeting(steps[k])) {
                    n = String.join("", java.util.Arrays.copyOfRange(steps, k, steps.length));
                    break;
                }
            }
        }
        // 第29次地方制度調査会: the council's term before its name
        n = TERM.matcher(n).replaceFirst("");
        // 長崎市:平成27年全員協議会: the municipality a minutes site files the record under, before its name
        n = PLACE_PREFIX.matcher(n).replaceFirst("");
        n = LEADING_DATE.matcher(n).replaceFirst("");
        // 平成27年3月2日:議会運営委員会…: the colon between the day and the name
        n = n.replaceFirst("^[\\s　]*[:：][\\s　]*", "");
        // (定例)教育委員会議事録: the kind of sitting in brackets before the name
        n = LEADING_KIND.matcher(n).replaceFirst("");
        // 平成24年 5月16日政策・土木交通常任委員会−05月16日-01号: the day and issue DiscussNet appends
        Matcher listed = LISTING_TAIL.matcher(n);
        if (listed.find()) {
            if (d.session == null) {
                d.session = Numbers.parse(listed.group(1));
            }
            n = n.substring(0, listed.start());
        }
        Matcher spaced = SPACED_TAIL.matcher(n);
        if (spaced.find()) {
            // …都市景観づくり審議会 議 事 録: the record's word spaced letter by letter after the name
            n = n.substring(0, spaced.start()) + " " + Cleaning.despace(spaced.group());
        }
        Matcher y = LEADING_YEAR.matcher(n);
        if (y.lookingAt()) {
            if (y.group(2) != null && d.fiscalYear == null) {
                OptionalInt fy = JapaneseDates.parseFiscalYear(y.group(1) + "年度");
                if (fy.isPresent()) {
                    d.fiscalYear = fy.getAsInt();
                }
            }
            n = n.substring(y.end());
            // 令和　６年　９月　予算審査特別委員会: the month of the sitting after the year
            n = LEADING_MONTH.matcher(n).replaceFirst("");
        }
        Matcher s = SESSION.matcher(n);
        boolean sittingFirst = false;
        if (s.find() && s.start() <= 2) {
            sittingFirst = true;
            if (d.session == null) {
                d.session = Numbers.parse(s.group(1));
            }
            n = n.substring(0, s.start()) + n.substring(s.end());
        } else {
            Matcher inner = INNER_SESSION.matcher(n);
            if (inner.find()) {
                // 中央環境審議会第84回企画政策部会: the sitting between a council and its committee
                if (d.session == null) {
                    d.session = Numbers.parse(inner.group(2));
                }
                n = n.substring(0, inner.start()) + inner.group(1) + n.substring(inner.end());
            }
        }
        // 令和6年度第15回(定例)教育委員会: the kind of sitting in brackets after the number
        n = LEADING_KIND.matcher(n).replaceFirst("");
        // 少子化社会対策推進専門委員会(第10回)議事要旨: the record's word after the sitting in brackets
        n = RECORD_WORD.matcher(n).replaceAll("");
        Matcher day = DAY_PART.matcher(n);
        if (day.find()) {
            // 令和 5年第1回定例会（第1号 2月17日）: the issue number stands in the day part
            Matcher inDay = ISSUE.matcher(day.group());
            if (inDay.find() && d.session == null) {
                d.session = Numbers.parse(inDay.group(1));
            }
            n = n.substring(0, day.start());
        }
        Matcher issue = ISSUE.matcher(n);
        if (issue.find()) {
            if (d.session == null) {
                d.session = Numbers.parse(issue.group(1));
            }
            n = n.substring(0, issue.start()) + n.substring(issue.end());
        }
        Matcher committee = BRACKETED_COMMITTEE.matcher(n);
        if (committee.find()) {
            // 総合計画審議会（第２回第３部会）: the sitting of the council's committee, which is the body
            if (d.session == null) {
                d.session = Numbers.parse(committee.group(1));
            }
            n = n.substring(0, committee.start()) + Cleaning.strip(committee.group(2));
        }
        Matcher trailing = TRAILING_SESSION.matcher(n);
        if (trailing.find()) {
            // 「西神楽まちづくり推進協議会」会議録 (平成22年度第5回): the sitting in brackets after the name
            if (d.session == null) {
                d.session = Numbers.parse(trailing.group(1));
            }
            n = n.substring(0, trailing.start());
        }
        n = DAY_PART.matcher(n).replaceAll("");
        n = TRAILING_DATE.matcher(n).replaceAll("");
        n = LISTED_DAY.matcher(n).replaceFirst("");
        // 地区懇談会開催状況(平成24年度とかちプラザ), …運営委員会 議事録 平成21年第1回: what follows the name's end
        Matcher after = AFTER_NAME.matcher(n);
        if (after.find() && after.start() > 0) {
            n = n.substring(0, after.start());
        }
        // 文教警察常任委員会(教育委員会関係), 第4部会(地域経済と地域経営): what part of the business, or the
        // committee's subject, in brackets after the name
        n = SUBJECT_BRACKET.matcher(n).replaceFirst("$1");
        n = RECORD_WORD.matcher(n).replaceAll("");
        n = Cleaning.strip(n);
        Matcher numbered = NUMBERED_MEETING.matcher(n);
        if (numbered.find() && numbered.start() > 0) {
            // 長崎市総合計画審議会第4部会第2回会議: the sitting's number and 会議 after the body's name
            if (d.session == null) {
                d.session = Numbers.parse(numbered.group(1));
            }
            n = Cleaning.strip(n.substring(0, numbered.start()));
        }
        n = SITTING_BEFORE_COMMITTEE.matcher(n).replaceFirst("");
        // 消費者委員会本会議: the plenary of a council is the council
        n = COUNCIL_PLENARY.matcher(n).replaceFirst("$1");
        if (CJK_WORDS.matcher(n).matches()) {
            // 世田谷区地域包括支援センター 運営協議会: the name's words spaced apart are one name
            n = n.replaceAll("[\\s　]+", "");
        }
        // 第10回臨時田沢湖・角館・西木合併協議会, 第964回長野県教育委員会定例会: the kind of sitting is no part of a
        // council's or a board's name
        if (sittingFirst) {
            // 第10回臨時…協議会: 臨時 after the sitting's number; 臨時行政改革推進審議会 is a name of its own
            n = SITTING_KIND_BEFORE.matcher(n).replaceFirst("");
        }
        Matcher sitting = TRAILING_SITTING.matcher(n);
        if (sitting.find()) {
            // 名張市教育委員会第12回定例会: the sitting after a board's name
            if (d.session == null) {
                d.session = Numbers.parse(sitting.group(2));
            }
            n = n.substring(0, sitting.start()) + sitting.group(1);
        }
        n = SITTING_KIND_AFTER.matcher(n).replaceFirst("$1");
        Matcher quoted = QUOTED.matcher(n);
        if (quoted.matches()) {
            // 「…協議会」: the name quoted whole
            n = Cleaning.strip(quoted.group(1));
        }
        if (d.body == null && !n.isEmpty()) {
            d.body = n;
        }
    }

    /**
     * Applies one row; {@code lines} are its value and the lines continuing it. A date row without a date makes
     * the file unusable and is thrown, unless its name gives the date.
     */
    static void apply(HeaderRows.Row row, List<String> lines, MeetingDraft d, RoleTable roles,
                      MinutesSource src) throws MinutesParseException {
        String value = String.join(" ", lines);
        switch (row.key()) {
            case NAME -> nameInto(value, d);
            case DATE -> {
                Optional<LocalDate> date = JapaneseDates.findDate(value);
                if (date.isEmpty()) {
                    // a misprint (平成12月10月20日): the file name's date, said in a warning, else the file is refused
                    Optional<LocalDate> named = FileNameDates.of(src.fileName());
                    if (named.isEmpty()) {
                        throw new MinutesParseException(src.source(), row.line(), "the " + row.word()
                                + " row has no date: '" + value + "', and the file name gives none");
                    }
                    d.date = named.get();
                    d.warn(row.line(), "the " + row.word() + " row has no date: '" + value + "'; the meeting date "
                            + named.get() + " is read from the file name");
                    break;
                }
                d.date = date.get();
                TimeRange t = TimeRange.find(value);
                d.startTime = t.start();
                d.endTime = t.end();
            }
            case VENUE -> d.venue = value;
            case OPENED -> {
                // 開会時間 / 午前10時00分: the time alone under its own row
                if (d.startTime == null) {
                    d.startTime = TimeRange.find(value).start();
                }
            }
            case CLOSED -> {
                if (d.endTime == null) {
                    d.endTime = TimeRange.find(value).start();
                }
            }
            case ATTENDEES -> {
                People.Listed<Attendee> listed = People.attendees(lines, defaultRole(row, roles), roles);
                d.addAttendees(listed);
                if (row.statedCount() != null && d.attendeeCountStated == null) {
                    d.attendeeCountStated = row.statedCount();
                }
            }
            case OFFICIALS -> d.officials.addAll(People.officials(lines, roles));
            case PUBLIC -> {
                d.isPublic = publicFlag(value);
                if (d.isPublic == null) {
                    d.warn(row.line(), "cannot tell whether the meeting was public from '" + value + "'");
                }
            }
            case OBSERVERS -> {
                Matcher press = PRESS_WORD.matcher(value);
                String own = press.find() ? value.substring(0, press.start()) : value;
                d.observers = count(own);
                if (press.find(0)) {
                    d.press = count(value.substring(press.end()));
                }
            }
            case PRESS -> d.press = count(value);
            case CREATED -> {
                Optional<LocalDate> created = JapaneseDates.findDate(value);
                if (created.isPresent()) {
                    d.createdDate = created.get();
                } else {
                    d.warn(row.line(), "no date in the " + row.word() + " row: '" + value + "'");
                }
            }
            case AGENDA, ABSENT, IGNORED -> {
                // the agenda is read from its lines by the format's parser; the others name no meeting field
            }
        }
    }

    /** The role of a name listed without one: from 出席者（委員）, 出席委員 or 出席議員. */
    private static String defaultRole(HeaderRows.Row row, RoleTable roles) {
        if (row.qualifier() != null && roles.isRole(Cleaning.despace(row.qualifier()))) {
            return Cleaning.despace(row.qualifier());
        }
        if (row.word().endsWith("委員") || row.word().startsWith("委員の")) {
            // 出席委員, 委員の出欠
            return "委員";
        }
        if (row.word().endsWith("議員")) {
            return "議員";
        }
        if (row.word().endsWith("構成員")) {
            return "構成員";
        }
        return null;
    }

    static Boolean publicFlag(String value) {
        String v = Cleaning.despace(Width.normalize(value));
        if (v.startsWith("一部")) {
            return Boolean.TRUE;
        }
        if (v.startsWith("非公開") || v.startsWith("不可") || v.equals("否")) {
            return Boolean.FALSE;
        }
        if (v.startsWith("公開") || v.startsWith("可")) {
            return Boolean.TRUE;
        }
        return null;
    }

    /** "0人", "３名", "なし" → a count; null when the text gives none. */
    static Integer count(String s) {
        Matcher m = COUNT.matcher(s);
        if (m.find()) {
            return Numbers.parse(m.group(1));
        }
        String bare = Cleaning.despace(Width.normalize(s));
        if (bare.matches("[0-9]+")) {
            return Integer.valueOf(bare);
        }
        return NONE.matcher(bare).lookingAt() ? Integer.valueOf(0) : null;
    }

    /** Splits a multi-line header value into its lines, dropping empty ones. */
    static List<String> nonEmpty(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                out.add(Cleaning.strip(l));
            }
        }
        return out;
    }
}
