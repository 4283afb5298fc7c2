package jp.meetingsearch.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record whose line breaks were lost, as a page copied from a minutes site or a PDF read into one line gives it:
 * {@code …ただいまから会議を開きます。 2 ◯議長(柏木 豊) 日程第1…}. A long line that holds two or more speaker
 * labels after a space, each of which the label grammar reads as a turn, is broken before each of them, and the
 * number a site prints before each speech ({@code 2}, {@code 2:}) is dropped with the break; the record then reads
 * as it was printed. So are speakers in lenticular brackets ({@code 1 【橋本委員長】  ただいまより… 2 【竹内委員】  …})
 * and a summary's speakers before a colon after a sentence ({@code …説明を行う。 委員:… 事務局:…}). Marks inside
 * speech ({@code ○○地区}) and a single label are left as they are.
 */
final class RunTogetherLines {
    private RunTogetherLines() {
    }

    /** Lines shorter than this are never broken: a printed line holds one label at most. */
    static final int MIN_LENGTH = 200;

    /** A label's mark after a space (or a table's cell border), where a run-together record puts it. */
    private static final Pattern MARK_AFTER_SPACE = Pattern.compile("(?<=[\\s　|｜])[○〇◯◎◆]");
    /** A title with the name and 君 or 議員 in brackets after a space or a stage direction, where no mark precedes. */
    private static final Pattern NAMED_AFTER_SPACE = Pattern.compile(
            "(?<=[\\s　〕）)])[^\\s　（）()〔〕「」。、○〇◯◎◆●]{1,16}[（(][^\\s　（）()]{1,10}?(?:君|議員)[）)]");
    /** What speech never starts with: a particle or a mark that ties it to the words before. */
    private static final Pattern NOT_SPEECH_START = Pattern.compile("[をがはのにともへでや、。，．・及並]");
    /** The number of a speech a site prints before its label, at the end of the text before the break. */
    private static final Pattern SPEECH_NUMBER = Pattern.compile("[\\s　]+[0-9０-９]{1,4}[:：]?[\\s　]*$");

    /** The text with its run-together lines broken before their labels, and how many lines were broken. */
    record Broken(String text, int lines, int labels) {
    }

    static Broken split(String text, SpeakerLabels labels) {
        String[] lines = MinutesSource.split(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int brokenLines = 0;
        int found = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            List<Integer> cuts = line.length() < MIN_LENGTH ? List.of() : cuts(line, labels);
            if (cuts.size() < 2) {
                out.append(line);
            } else {
                brokenLines++;
                found += cuts.size();
                cuts = withRules(line, cuts);
                int from = 0;
                for (int cut : cuts) {
                    String before = SPEECH_NUMBER.matcher(line.substring(from, cut)).replaceFirst("").stripTrailing();
                    Matcher note = TRAILING_NOTE.matcher(before);
                    Matcher clock = TRAILING_CLOCK.matcher(before);
                    Matcher item = TRAILING_ITEM.matcher(before);
                    if (clock.find() && clock.start() > 0) {
                        // …暫時休憩いたします。 午前十時一分休憩: the recess's time, a line of its own
                        before = before.substring(0, clock.start()).stripTrailing() + "\n" + clock.group(1);
                    } else if (item.find() && item.start() > 0) {
                        // …判明した。 (2)諏訪神社本殿調査について: the next item's heading, a line of its own
                        before = before.substring(0, item.start()).stripTrailing() + "\n" + item.group(1);
                    } else if (note.find() && note.start() > 0) {
                        // …入室をお願いいたします。 (傍聴者入室): the recorder's note between two turns, a line of its own
                        before = before.substring(0, note.start()).stripTrailing() + "\n" + note.group(1);
                    }
                    out.append(before).append('\n');
                    from = cut;
                }
                out.append(line.substring(from));
            }
            if (n < lines.length - 1) {
                out.append('\n');
            }
        }
        return new Broken(brokenLines == 0 ? text : out.toString(), brokenLines, found);
    }

    /**
     * The cuts with a line of its own for each rule ({@code ─────}) between the labels: the rule and the heading
     * after it ({@code ───── 諸 報 告}) end the turn before, as their own lines do in the printed record.
     */
    private static List<Integer> withRules(String line, List<Integer> labelCuts) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(labelCuts);
        Matcher r = RULE.matcher(line);
        while (r.find()) {
            Integer next = labelCuts.stream().filter(c -> c >= r.end()).findFirst().orElse(line.length());
            String between = line.substring(r.end(), next);
            // only a rule that a short heading alone separates from the next label: a rule inside a speech (a table
            // in a committee's report) stays in it
            if (r.start() > labelCuts.getFirst() && between.strip().length() <= 30 && !between.contains("。")) {
                all.add(r.start());
                all.add(r.end());
            }
        }
        all.remove(line.length());
        return List.copyOf(all);
    }

    /** The time of a recess, a resumption or the close after a space at the end of the text before a label. */
    private static final Pattern TRAILING_CLOCK = Pattern.compile("[\\s　]+((?:午前|午後)[0-9０-９〇一二三四五六七八九十]{1,3}時"
            + "(?:[0-9０-９〇一二三四五六七八九十]{1,3}分)?(?:休憩|再開|散会|閉会|開議|開会|延会|休会))$");

    /**
     * A numbered item's heading after a sentence and a space at the end of the text before a label: (2)諏訪神社本殿調査
     * について, 3.報告事項の件.
     */
    private static final Pattern TRAILING_ITEM = Pattern.compile("(?<=[。」）)])[\\s　]+((?:[(（][0-9０-９]{1,2}[)）]|"
            + "[0-9０-９]{1,2}[.．])[\\s　]?[^。、\\s　]{1,40}(?:について|の件))$");

    /** A short note in brackets, no sentence in it, after a space at the end of the text before a label. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("[\\s　]+([（(][^（）()「」『』。]{1,20}[）)])$");

    /**
     * A rule across the page, after a space: five or more box-drawing or dash letters, which marks may break
     * ({@code ────────・────・────────}, {@code ――――◇――――}).
     */
    private static final Pattern RULE = Pattern.compile(
            "(?<=[\\s　])[─━―－-]{5,}(?:[\\s　]*[・◇◆○●◎□■☆★][\\s　]*[─━―－-]{2,})*[\\s　]*");

    /** Where the labels of a line start: marks after a space that the grammar reads as a turn with speech after. */
    private static List<Integer> cuts(String line, SpeakerLabels labels) {
        List<Integer> out = new ArrayList<>();
        Matcher m = MARK_AFTER_SPACE.matcher(line);
        while (m.find()) {
            int at = m.start();
            int end = Math.min(line.length(), at + 120);
            var label = labels.read(line.substring(at, end));
            if (label.isPresent() && label.get().kind() == SpeakerLabels.Kind.TURN
                    && !label.get().speech().isBlank()) {
                out.add(at);
            }
        }
        Matcher n = NAMED_AFTER_SPACE.matcher(line);
        while (n.find()) {
            // 〔退席する者あり〕 議長(柳居俊学君)本案に対する…: a title with the name and 君 in brackets, no mark
            var label = labels.read("○" + line.substring(n.start(), Math.min(line.length(), n.start() + 120)));
            if (label.isPresent() && label.get().kind() == SpeakerLabels.Kind.TURN && label.get().who().name() != null
                    && label.get().who().seat() == null && !label.get().speech().isBlank()
                    && !NOT_SPEECH_START.matcher(label.get().speech()).lookingAt() && !out.contains(n.start())) {
                // not 5番(田中一郎君) 6番(佐藤次郎君) を指名いたします: seats and names a speech reads out
                out.add(n.start());
            }
        }
        Matcher b = LENTICULAR_AFTER_SPACE.matcher(line);
        while (b.find()) {
            // 1 【橋本委員長】  ただいまより… 2 【橋本委員長】  異議ない…: a speaker in lenticular brackets, as a summary or
            // a minutes site writes them, a title (with a name) the grammar reads, and speech after it
            String after = Cleaning.strip(line.substring(b.end(), Math.min(line.length(), b.end() + 40)));
            if (!after.isEmpty() && "【（(「".indexOf(after.charAt(0)) < 0
                    && labels.gluedLabel(SpeakerLabels.fold(b.group(1))).isPresent() && !out.contains(b.start())) {
                out.add(b.start());
            }
        }
        Matcher a = ANGLE_AFTER_SPACE.matcher(line);
        while (a.find()) {
            // …。 <委員長> ・かなりのボリュームが…: a summary's speaker in angle brackets, a title or a name the grammar reads
            if (labels.gluedLabel(SpeakerLabels.fold(a.group(1))).isPresent() && !out.contains(a.start())) {
                out.add(a.start());
            }
        }
        Matcher c = COLON_AFTER_SENTENCE.matcher(line);
        while (c.find()) {
            // …について事務局より説明を行う。 委員:青少協が… 事務局:小委員会での…: a summary's speakers before a colon,
            // each after the sentence before it
            var label = labels.read("○" + c.group(1) + "　。");
            if (label.isPresent() && label.get().kind() == SpeakerLabels.Kind.TURN && !out.contains(c.start(1))) {
                out.add(c.start(1));
            }
        }
        out.sort(null);
        // 日 時:平成27年6月24日… 場 所:本郷庁舎… 出席委員:…: the rows of a summary's header, which a page or a PDF
        // flattened into the line, before its first speaker
        int firstLabel = out.isEmpty() ? line.length() : out.getFirst();
        List<Integer> rows = new ArrayList<>();
        for (int at = 1; at < Math.min(firstLabel, HEADER_REACH); at++) {
            if (Cleaning.isSpace(line.charAt(at - 1)) && !Cleaning.isSpace(line.charAt(at))
                    && HeaderRows.match(line.substring(at, Math.min(line.length(), at + 400)), 0).isPresent()
                    && (rows.isEmpty() || at - rows.getLast() > ROW_NUMBER_REACH)) {
                rows.add(at);
            }
        }
        if (rows.size() >= 2) {
            out.addAll(rows);
            out.sort(null);
        }
        return out;
    }

    /** How far into a line its header's rows are looked for. */
    private static final int HEADER_REACH = 4000;
    /** A row found this close after another is the same row's key after its number (1 日時): not cut again. */
    private static final int ROW_NUMBER_REACH = 4;

    /** A speaker in angle brackets after a space (<委員長>, ＜事務局＞). */
    private static final Pattern ANGLE_AFTER_SPACE = Pattern.compile(
            "(?<=[\\s　])[<＜〈]([^<>＜＞〈〉\\s　]{1,16})[>＞〉]");

    /** A speaker and a colon after a sentence's end and a space: 。 委員:…, ） 事務局：…. */
    private static final Pattern COLON_AFTER_SENTENCE = Pattern.compile(
            "(?<=[。）)」])[\\s　]{1,4}([^\\s　：:。、（）()「」]{1,10})[：:]");

    /** A speaker in lenticular brackets after a space (【橋本委員長】, 【事務局】). */
    private static final Pattern LENTICULAR_AFTER_SPACE = Pattern.compile("(?<=[\\s　])【([^【】\\s　]{1,20})】");
}
