package jp.meetingsearch.minutes;

import jp.meetingsearch.text.Width;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verbatim records that small towns and villages print as a table, 議事の経過 with the columns 日程 | 発言者 | 発言,
 * as their PDF's text gives it, one printed line a line: the 日程 cell (10：50, 開会, 日程１) at the start of the line,
 * then the speaker cell (a letter-spaced title, 議 長 / 副 村 長, or 〃 for the speaker of the row above), then the
 * speech; the speaker's name in brackets opens the row's second line ((佐伯秀範)); the column header and the
 * table's caption repeat after each page number. The table is recognised by its column header, and its rows are
 * written as the ○ labels the verbatim parser reads (○議長（佐伯秀範）　speech), one line for each line, so line
 * numbers stay those of the record. The row whose 日程 cell closes the sitting (閉会) ends the table: at the next
 * page number its time is written as a time line (11時07分閉会), and what follows (the signature block) is left
 * as printed.
 */
public final class TableLayout {
    private TableLayout() {
    }

    /** 日 程 発 言 者 発 言 (despaced): the column header, on the first page of the table and after every page break. */
    private static final Pattern HEADER = Pattern.compile("^(?:日程)?(?:発言者|発言者名|氏名)(?:発言|発言内容|発言の要旨)$");
    private static final String EVENTS = "開会|閉会|開議|散会|休憩|再開|延会|閉議";
    /** The 日程 cell at the start of a line: a time, an event, or an item of the 議事日程 (日程１, 日程第１). */
    private static final Pattern SCHEDULE_CELL = Pattern.compile(
            "^[\\s　]*(([0-9０-９]{1,2})[:：]([0-9０-９]{2})|" + EVENTS + "|日程第?[0-9０-９]{1,3})(?:[\\s　]+(.*))?$");
    private static final Pattern CLOSING = Pattern.compile("閉会|散会|延会|閉議");
    /** 議 長, 副 村 長: single letters one space apart, the title letter-spaced to fill its cell. */
    private static final Pattern SPACED_TITLE = Pattern.compile("^[\\s　]*((?:\\p{IsHan}[ 　]){1,9}\\p{IsHan})(?:[\\s　]+(.*))?$");
    /** ４ 番, １２番: a member's seat as the speaker cell. */
    private static final Pattern SEAT_CELL = Pattern.compile("^[\\s　]*([0-9０-９]{1,2})([ 　]?)番(?:[\\s　]+(.*))?$");
    private static final Pattern TITLE_WORD = Pattern.compile("^[\\s　]*(\\p{IsHan}{2,16})(?:[\\s　]+(.*))?$");
    private static final Pattern DITTO = Pattern.compile("^[\\s　]*[〃″”\"][\\s　]*(.*)$");
    private static final Pattern NAME_CELL = Pattern.compile("^[\\s　]*[（(]([^（）()\\s　]{1,12})[）)][\\s　]*(.*)$");
    private static final Pattern PAGE = Pattern.compile("^[\\s　]*[0-9０-９]{1,4}[\\s　]*$");

    /** Whether the record is printed as such a table: a line of it is the column header. */
    static boolean isTable(List<String> lines) {
        return headerAt(lines) >= 0;
    }

    /** The number of speaker rows of a text printed as such a table; 0 for any other text. */
    public static int rows(String text) {
        List<String> lines = List.of(MinutesSource.split(text));
        if (!isTable(lines)) {
            return 0;
        }
        List<String> labelled = relabel(lines, TitleLexicon.shared());
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!labelled.get(i).equals(lines.get(i)) && labelled.get(i).startsWith("○")) {
                n++;
            }
        }
        return n;
    }

    private static int headerAt(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isHeader(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeader(String line) {
        String d = Cleaning.despace(Cleaning.stripMarkup(line));
        return d.length() <= 12 && HEADER.matcher(d).matches();
    }

    /** The speaker of a row: title as printed (spaces removed) and name, null when the row gives none. */
    private record Speaker(String title, String name) {
        String label() {
            return "○" + title + (name == null ? "" : "（" + name + "君）");
        }
    }

    /**
     * The lines with the table's rows written as labelled turns (the same number of lines), and the items of the
     * 議事日程 the 日程 column opens (日程１ → 日程第1), by the 0-based index of the line whose cell names them.
     */
    record Relabelled(List<String> lines, Map<Integer, String> agendaCells) {
    }

    /** The lines with the table's rows written as labelled turns; the same number of lines. */
    static List<String> relabel(List<String> lines, TitleLexicon lexicon) {
        return relabelled(lines, lexicon).lines();
    }

    /** As {@link #relabel}, with the 日程 column's items of the agenda. */
    static Relabelled relabelled(List<String> lines, TitleLexicon lexicon) {
        int header = headerAt(lines);
        List<String> out = new ArrayList<>(lines);
        Map<Integer, String> agenda = new HashMap<>();
        if (header < 0) {
            return new Relabelled(out, agenda);
        }
        // the caption over the header (議 事 の 経 過) repeats with it on every page
        String caption = header > 0 ? Cleaning.despace(lines.get(header - 1)) : "";
        boolean captioned = !caption.isEmpty() && caption.length() <= 12 && !PAGE.matcher(caption).matches();
        if (captioned) {
            out.set(header - 1, "");
        }
        Speaker last = null;
        String time = null;
        boolean closing = false;
        for (int i = header; i < lines.size(); i++) {
            String line = Cleaning.stripMarkup(lines.get(i));
            if (isHeader(line) || captioned && Cleaning.despace(line).equals(caption)) {
                out.set(i, "");
                continue;
            }
            if (line.isBlank() || PAGE.matcher(line).matches()) {
                if (closing) {
                    // the sitting closed on the page before: the table ends here
                    out.set(i, time == null ? "" : time + "閉会");
                    return new Relabelled(out, agenda);
                }
                continue;
            }
            String rest = line;
            Matcher cell = SCHEDULE_CELL.matcher(rest);
            if (cell.matches()) {
                time = timeOf(cell, time);
                closing |= closes(cell);
                agendaCell(cell, i, agenda);
                rest = cell.group(4) == null ? "" : cell.group(4);
            }
            Speaker who = null;
            String speech = rest;
            Matcher ditto = DITTO.matcher(rest);
            Matcher spaced = SPACED_TITLE.matcher(rest);
            Matcher word = TITLE_WORD.matcher(rest);
            Matcher seat = SEAT_CELL.matcher(rest);
            if (ditto.matches() && last != null) {
                who = last;
                speech = ditto.group(1);
            } else if (spaced.matches() && isTitle(Cleaning.despace(spaced.group(1)), lexicon)) {
                who = new Speaker(Cleaning.despace(spaced.group(1)), null);
                speech = spaced.group(2) == null ? "" : spaced.group(2);
            } else if (seat.matches() && (!seat.group(2).isEmpty() || i + 1 < lines.size()
                    && nameCell(lines.get(i + 1)) != null)) {
                // a seat letter-spaced to fill its cell (４ 番), or written without the space where the name cell
                // follows it: ４番 佐々木義光君 alone on its line is the chair calling the member
                who = new Speaker(Width.fold(seat.group(1)) + "番", null);
                speech = seat.group(3) == null ? "" : seat.group(3);
            } else if (word.matches() && isTitle(word.group(1), lexicon) && i + 1 < lines.size()
                    && nameCell(lines.get(i + 1)) != null) {
                // a title written without spaces is a speaker cell only where the name cell follows it
                who = new Speaker(word.group(1), null);
                speech = word.group(2) == null ? "" : word.group(2);
            }
            if (who == null) {
                out.set(i, rest);
                continue;
            }
            if (who != last && i + 1 < lines.size()) {
                Matcher name = nameCell(lines.get(i + 1));
                if (name != null) {
                    who = new Speaker(who.title(), name.group(1));
                    Matcher nextCell = SCHEDULE_CELL.matcher(Cleaning.stripMarkup(lines.get(i + 1)));
                    if (nextCell.matches()) {
                        time = timeOf(nextCell, time);
                        closing |= closes(nextCell);
                        agendaCell(nextCell, i + 1, agenda);
                    }
                    lines = withLine(lines, i + 1, name.group(2));
                }
            }
            last = who;
            out.set(i, who.label() + "　" + Cleaning.strip(speech));
        }
        return new Relabelled(out, agenda);
    }

    /** A 日程 cell naming an item of the 議事日程 (日程１, 日程第２): that item, 日程第N, at the line's index. */
    private static void agendaCell(Matcher cell, int line, Map<Integer, String> agenda) {
        String c = Width.fold(cell.group(1));
        if (c.startsWith("日程")) {
            agenda.put(line, "日程第" + Integer.parseInt(c.replaceAll("[^0-9]", "")));
        }
    }

    /** The time a 日程 cell gives (10：50 → 10時50分), else the time so far. */
    private static String timeOf(Matcher cell, String time) {
        return cell.group(2) == null ? time
                : Integer.parseInt(cell.group(2)) + "時" + Width.fold(cell.group(3)) + "分";
    }

    /** Whether a 日程 cell closes the sitting (閉会, 散会 …). */
    private static boolean closes(Matcher cell) {
        return cell.group(2) == null && CLOSING.matcher(cell.group(1)).matches();
    }

    /** A copy of the lines with one replaced: the name cell taken off the row's second line. */
    private static List<String> withLine(List<String> lines, int i, String line) {
        List<String> copy = lines instanceof ArrayList<String> a ? a : new ArrayList<>(lines);
        copy.set(i, line);
        return copy;
    }

    /** The name cell opening a row's second line, after the 日程 cell that may stand before it; null if none. */
    private static Matcher nameCell(String line) {
        String l = Cleaning.stripMarkup(line);
        Matcher cell = SCHEDULE_CELL.matcher(l);
        if (cell.matches()) {
            l = cell.group(4) == null ? "" : cell.group(4);
        }
        Matcher m = NAME_CELL.matcher(l);
        return m.matches() && SpeakerLabels.lettersOnly(m.group(1)) ? m : null;
    }

    private static boolean isTitle(String folded, TitleLexicon lexicon) {
        return lexicon.isTitle(folded) || folded.length() >= 3 && !lexicon.headsOf(folded).isEmpty();
    }
}
