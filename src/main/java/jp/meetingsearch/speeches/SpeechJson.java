package jp.meetingsearch.speeches;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.minutes.ParsedFile;

import static jp.meetingsearch.speeches.Nodes.field;
import static jp.meetingsearch.speeches.Nodes.integer;
import static jp.meetingsearch.speeches.Nodes.text;

/**
 * Recognises speech-record JSON by its content, wherever in the document the records stand:
 * <ul>
 * <li>the NDL Kokkai API: objects holding a {@code speechRecord} array, either one per meeting
 * ({@code /api/meeting}: meetingRecord[], and the older {@code data.records.record[].recordData.meetingRecord}) or
 * one for the whole answer ({@code /api/speech}: every speech carries its meeting's fields and the speeches of
 * several meetings come mixed); speechOrder 0 (会議録情報) is the meeting's preamble, not a speech;</li>
 * <li>exports of assembly minutes: objects holding a {@code Proceeding} / {@code proceeding} array of
 * {@code {Speaker, Utterance}} or {@code {speaker, speakerPosition, utterance}} (the 東京都議会 committee exports and
 * PoliInfo's {@code {date, localGovernmentName, proceedingTitle, url, proceeding}}); an item without a speaker is
 * the preamble.</li>
 * </ul>
 */
public final class SpeechJson {
    private SpeechJson() {
    }

    /** The speech records of a JSON document, or empty when it has neither shape. */
    public static Optional<ParsedFile<RecordedMeeting>> read(JsonNode root, String source)
            throws SpeechRecordException {
        refuseApiError(root, source);
        List<Located> kokkai = new ArrayList<>();
        List<Located> exports = new ArrayList<>();
        collect(root, "", kokkai, exports);
        if (!kokkai.isEmpty()) {
            return Optional.of(kokkai(root, kokkai, source));
        }
        if (!exports.isEmpty()) {
            return Optional.of(exports(exports, source));
        }
        return Optional.empty();
    }

    /** An object found at a path of the document. */
    private record Located(JsonNode node, String path) {
    }

    private static void collect(JsonNode node, String path, List<Located> kokkai, List<Located> exports) {
        if (node.isObject()) {
            JsonNode speeches = field(node, "speechRecord");
            JsonNode proceeding = field(node, "proceeding");
            if (speeches != null && (speeches.isArray() || speeches.isObject())) {
                kokkai.add(new Located(node, path));
            } else if (proceeding != null && proceeding.isArray()) {
                exports.add(new Located(node, path));
            } else {
                node.fields().forEachRemaining(e -> collect(e.getValue(), path.isEmpty() ? e.getKey()
                        : path + "." + e.getKey(), kokkai, exports));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", kokkai, exports);
            }
        }
    }

    /** The API's own error answer ({"message": …, "details": […]}) says why there are no records: pass it on. */
    private static void refuseApiError(JsonNode root, String source) throws SpeechRecordException {
        String message = text(root, "message");
        if (message != null && field(root, "details") != null && field(root, "speechRecord") == null) {
            throw new SpeechRecordException(source + ": the Kokkai API answered with an error, not records: " + message);
        }
    }

    // --- the Kokkai API -------------------------------------------------------------------------------------

    private static ParsedFile<RecordedMeeting> kokkai(JsonNode root, List<Located> holders, String source)
            throws SpeechRecordException {
        Map<String, MeetingParts> meetings = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        int items = 0;
        boolean anyText = false;
        for (Located holder : holders) {
            JsonNode records = field(holder.node(), "speechRecord");
            List<JsonNode> list = new ArrayList<>();
            if (records.isArray()) {
                records.forEach(list::add);
            } else {
                list.add(records);
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode s = list.get(i);
                String where = holder.path() + (holder.path().isEmpty() ? "" : ".") + "speechRecord[" + i + "]";
                items++;
                // the speech's own meeting fields (/api/speech), else those of the object holding it (/api/meeting)
                String house = first(text(s, "nameOfHouse"), text(holder.node(), "nameOfHouse"));
                String name = first(text(s, "nameOfMeeting"), text(holder.node(), "nameOfMeeting"));
                String issue = first(text(s, "issue"), text(holder.node(), "issue"));
                String dateText = first(text(s, "date"), text(holder.node(), "date"));
                Integer session = integer(s, "session") != null ? integer(s, "session") : integer(holder.node(), "session");
                String issueId = first(text(s, "issueID"), text(holder.node(), "issueID"));
                String key = issueId != null ? issueId : house + "|" + name + "|" + issue + "|" + dateText;
                MeetingParts m = meetings.get(key);
                if (m == null) {
                    Optional<java.time.LocalDate> date = Nodes.date(dateText);
                    if (date.isEmpty()) {
                        rejections.add(source + ": " + where + ": no meeting date (date '" + dateText + "'): left out");
                        continue;
                    }
                    m = new MeetingParts(kokkaiBody(house, name), kokkaiTitle(session, house, name, issue), date.get(),
                            session, first(text(s, "meetingURL"), text(holder.node(), "meetingURL")), holder.path());
                    meetings.put(key, m);
                }
                if (m.url == null) {
                    m.url = first(text(s, "meetingURL"), text(holder.node(), "meetingURL"));
                }
                JsonNode speechNode = field(s, "speech");
                Integer order = integer(s, "speechOrder");
                String speech = text(s, "speech");
                anyText |= speechNode != null;
                if (order != null && order == 0) {
                    m.header = speech;
                    continue;
                }
                if (speech == null) {
                    if (speechNode != null) {
                        rejections.add(source + ": " + where + ": speechOrder " + order + " has no speech text: left out");
                    }
                    continue;
                }
                m.speeches.add(new RecordedSpeech(order == null ? m.speeches.size() + 1 : order, null,
                        text(s, "speaker"), text(s, "speakerPosition"), text(s, "speakerGroup"), speech,
                        text(s, "speechURL"), where + " (speechOrder " + order + ")"));
            }
        }
        if (!anyText) {
            throw new SpeechRecordException(source + ": a Kokkai API meeting list without speech texts (the answer of "
                    + "/api/meeting_list): save the answer of /api/meeting or /api/speech for the same search instead");
        }
        partialAnswer(root, source).ifPresent(warnings::add);
        List<RecordedMeeting> out = new ArrayList<>();
        for (MeetingParts m : meetings.values()) {
            if (m.speeches.isEmpty()) {
                warnings.add(source + ": " + m.title + " (" + m.date + "): only its 会議録情報 (speechOrder 0) is in "
                        + "this file, no speech: the meeting is not loaded");
                continue;
            }
            out.add(m.build());
        }
        return new ParsedFile<>("Kokkai API", out, rejections, warnings, items);
    }

    /** An answer that holds one page of a longer result: say which records are missing. */
    private static Optional<String> partialAnswer(JsonNode root, String source) {
        JsonNode top = field(root, "data") != null && field(root, "numberOfRecords") == null ? field(root, "data") : root;
        Integer total = integer(top, "numberOfRecords");
        Integer returned = integer(top, "numberOfReturn");
        Integer start = integer(top, "startRecord");
        Integer next = integer(top, "nextRecordPosition");
        if (total == null || returned == null || next == null || total <= returned) {
            return Optional.empty();
        }
        int from = start == null ? 1 : start;
        return Optional.of(source + ": the answer holds records " + from + "–" + (from + returned - 1) + " of "
                + total + " (the rest from startRecord=" + next + "); a meeting split across answers is loaded with "
                + "the speeches of this file only: save whole meetings (/api/meeting) to load them whole");
    }

    /** The body: 本会議 and committees of each house are told apart by the house; 両院 bodies name themselves. */
    private static String kokkaiBody(String house, String meeting) {
        if (meeting == null) {
            return house;
        }
        return house == null || house.equals("両院") ? meeting : house + meeting;
    }

    private static String kokkaiTitle(Integer session, String house, String meeting, String issue) {
        StringBuilder t = new StringBuilder();
        if (session != null) {
            t.append("第").append(session).append("回国会");
        }
        for (String part : new String[] {house, meeting, issue == null ? null : issue.startsWith("第") ? issue
                : "第" + issue}) {
            if (part != null) {
                t.append(t.isEmpty() ? "" : " ").append(part);
            }
        }
        return t.toString();
    }

    /** A meeting being assembled from speeches that may come in any order of meetings. */
    private static final class MeetingParts {
        final String body;
        final String title;
        final LocalDate date;
        final Integer session;
        String url;
        String header;
        final String where;
        final List<RecordedSpeech> speeches = new ArrayList<>();

        MeetingParts(String body, String title, LocalDate date, Integer session, String url, String where) {
            this.body = body;
            this.title = title;
            this.date = date;
            this.session = session;
            this.url = url;
            this.where = where;
        }

        RecordedMeeting build() {
            return new RecordedMeeting(body, title, date, session, url, header, speeches, where);
        }
    }

    // --- exports of assembly minutes ------------------------------------------------------------------------

    private static final Pattern PLENARY = Pattern.compile("定例会|臨時会|本会議");
    /** What a title says of the record rather than of the body: 速記録第一号, 会議録, （第３日）, 本文. */
    private static final Pattern RECORD_WORDS = Pattern.compile(
            "(速記録|会議録|議事録)?(第[0-9０-９一二三四五六七八九十百]+号)?$");

    private static ParsedFile<RecordedMeeting> exports(List<Located> holders, String source) {
        List<RecordedMeeting> out = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int items = 0;
        for (Located h : holders) {
            JsonNode m = h.node();
            String where = h.path().isEmpty() ? "the record" : h.path();
            String title = text(m, "proceedingTitle");
            String dateText = text(m, "date");
            Optional<LocalDate> date = Nodes.date(dateText);
            JsonNode proceeding = field(m, "proceeding");
            items += proceeding.size();
            if (date.isEmpty()) {
                rejections.add(source + ": " + where + " (" + title + "): no meeting date (date '" + dateText
                        + "'): left out with its " + proceeding.size() + " items");
                continue;
            }
            String header = null;
            List<RecordedSpeech> speeches = new ArrayList<>();
            for (int i = 0; i < proceeding.size(); i++) {
                JsonNode p = proceeding.get(i);
                String label = text(p, "speaker");
                String utterance = text(p, "utterance");
                String itemWhere = where + ".proceeding[" + i + "]";
                if (utterance == null) {
                    warnings.add(source + ": " + itemWhere + ": an item without utterance: skipped");
                    continue;
                }
                if (label == null && text(p, "speakerPosition") == null) {
                    if (speeches.isEmpty()) {
                        header = header == null ? utterance : header + "\n" + utterance;
                    } else {
                        rejections.add(source + ": " + itemWhere + ": text without a speaker after the first speech: "
                                + "left out ('" + shorten(utterance) + "')");
                    }
                    continue;
                }
                String position = text(p, "speakerPosition");
                // {speaker, speakerPosition}: the name alone; {Speaker}: the label as printed (尾崎議長, 議長（…君）)
                boolean named = position != null;
                speeches.add(new RecordedSpeech(speeches.size() + 1, named ? null : label, named ? label : null,
                        position, text(p, "speakerGroup"), utterance, null, itemWhere));
            }
            String place = first(text(m, "localGovernmentName"), text(m, "prefecture"));
            out.add(new RecordedMeeting(exportBody(title, place), title, date.get(), null, text(m, "url"), header,
                    speeches, where));
        }
        return new ParsedFile<>("minutes export", out, rejections, warnings, items);
    }

    /**
     * The body of an exported record: a plenary (定例会, 臨時会) is the assembly of the place
     * ({@code localGovernmentName} or {@code Prefecture} + 議会); a committee is named by its title without the
     * record's own words (奉呈文起草特別委員会速記録第一号 → 奉呈文起草特別委員会).
     */
    static String exportBody(String title, String place) {
        if (title == null) {
            return place == null ? null : place + "議会";
        }
        if (PLENARY.matcher(title).find() && place != null) {
            return place + "議会";
        }
        String t = title.strip().replaceFirst("^[：:]", "").replaceAll("[（(][^（）()]*[）)]", "")
                .replaceAll("[\\s　]+本文$", "").strip();
        Matcher m = RECORD_WORDS.matcher(t);
        String body = m.find() ? t.substring(0, m.start()) : t;
        return body.isBlank() ? t : body.strip();
    }

    private static String shorten(String s) {
        return jp.meetingsearch.text.Spaces.excerpt(s, 40);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
