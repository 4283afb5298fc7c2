package jp.meetingsearch.speeches;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.minutes.ParsedFile;
import jp.meetingsearch.text.TextDecoder;
import jp.meetingsearch.text.UnreadableInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A field mapping for speech records of any other shape, JSON or CSV ({@code load-minutes --columns FILE}), in
 * the format of the project lists' column mappings: one {@code our_field = their field | alternative} a line,
 * {@code #} starts a comment. Fields: {@code text} (required), {@code date} (required, on the speech or its
 * meeting), {@code label}, {@code speaker}, {@code role} (at least one), {@code group}, {@code order},
 * {@code speech_url}, {@code body}, {@code title}, {@code session}, {@code url}; for JSON also {@code speeches}
 * (the path to the array of speeches, keys joined with dots, inside each meeting when {@code meetings} is given)
 * and {@code meetings} (the path to the array of meetings). A CSV table has one speech per row, its meeting's fields
 * on every row; rows of one body, title and date are one meeting. See loaders/speeches/README.md.
 *
 * @param source the mapping file, for messages
 * @param fields per field, their names in order of preference
 */
public record SpeechColumns(String source, Map<Field, List<String>> fields) {

    /** Our fields. */
    public enum Field {
        TEXT, DATE, LABEL, SPEAKER, ROLE, GROUP, ORDER, SPEECH_URL, BODY, PLACE, TITLE, SESSION, URL, SPEECHES, MEETINGS;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
    /** A line of a speech's text opened by a speaker's mark (◯永川俊彦委員長　…): the text names who speaks. */
    private static final Pattern MARKED_LINE = Pattern.compile(
            "(?m)^[\\s　]*[○〇◯◎◆][^\\s　○〇◯◎◆]");

    private static final Pattern STATEMENT = Pattern.compile("([^=]+?)\\s*=\\s*(.*)");

    public SpeechColumns {
        Map<Field, List<String>> copy = new EnumMap<>(Field.class);
        fields.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        fields = Collections.unmodifiableMap(copy);
    }

    /** Reads a mapping file; errors name the file and line. */
    public static SpeechColumns load(Path file) throws UnreadableInputException {
        return parse(TextDecoder.decode(file, null).text(), file.toString());
    }

    /** Parses mapping text. */
    public static SpeechColumns parse(String text, String source) throws UnreadableInputException {
        Map<Field, List<String>> fields = new EnumMap<>(Field.class);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            line = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = STATEMENT.matcher(line);
            if (!m.matches()) {
                throw new UnreadableInputException(source, i + 1, "expected 'field = their field', found '" + line + "'");
            }
            Field f = field(m.group(1).strip(), source, i + 1);
            List<String> names = new ArrayList<>();
            for (String alt : m.group(2).split("\\|")) {
                if (!alt.isBlank()) {
                    names.add(alt.strip());
                }
            }
            if (names.isEmpty()) {
                throw new UnreadableInputException(source, i + 1, "no field name given for " + f.key());
            }
            if (fields.put(f, names) != null) {
                throw new UnreadableInputException(source, i + 1, f.key()
                        + " is mapped twice: write the alternatives on one line, separated by |");
            }
        }
        for (Field required : List.of(Field.TEXT, Field.DATE)) {
            if (!fields.containsKey(required)) {
                throw new UnreadableInputException(source, 0, "no '" + required.key() + " = …' line: a speech needs its "
                        + "text and its meeting's date");
            }
        }
        return new SpeechColumns(source, fields);
    }

    /**
     * Whether no field says who speaks (none of label, speaker or role is mapped): each speech's text then opens
     * with its speaker's label, marked or not (調委員　…), and an item whose text opens with none is left out.
     */
    boolean labelsInText() {
        return !fields.containsKey(Field.LABEL) && !fields.containsKey(Field.SPEAKER) && !fields.containsKey(Field.ROLE);
    }

    private static Field field(String key, String source, int line) throws UnreadableInputException {
        for (Field f : Field.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        List<String> known = new ArrayList<>();
        for (Field f : Field.values()) {
            known.add(f.key());
        }
        throw new UnreadableInputException(source, line, "unknown field '" + key + "', expected one of " + known);
    }

    // --- JSON -----------------------------------------------------------------------------------------------

    /** Reads the speeches of a JSON document through this mapping. */
    public ParsedFile<RecordedMeeting> readJson(JsonNode root, String file) throws SpeechRecordException {
        List<JsonNode> meetings = new ArrayList<>();
        if (fields.containsKey(Field.MEETINGS)) {
            JsonNode arr = path(root, fields.get(Field.MEETINGS));
            if (arr == null || !arr.isArray()) {
                throw new SpeechRecordException(file + ": no array at '" + String.join(" | ", fields.get(Field.MEETINGS))
                        + "' (meetings in " + source + ")");
            }
            arr.forEach(meetings::add);
        } else {
            meetings.add(root);
        }
        Grouper g = new Grouper(file, labelsInText());
        for (int mi = 0; mi < meetings.size(); mi++) {
            JsonNode meeting = meetings.get(mi);
            String where = fields.containsKey(Field.MEETINGS) ? "meeting " + (mi + 1) : "";
            JsonNode speeches = fields.containsKey(Field.SPEECHES) ? path(meeting, fields.get(Field.SPEECHES))
                    : meeting.isArray() ? meeting : null;
            if (speeches == null || !speeches.isArray()) {
                throw new SpeechRecordException(file + ": " + (where.isEmpty() ? "" : where + ": ") + "no array of "
                        + "speeches" + (fields.containsKey(Field.SPEECHES) ? " at '" + String.join(" | ",
                        fields.get(Field.SPEECHES)) + "'" : " (map 'speeches = …' to the array in " + source + ")"));
            }
            for (int i = 0; i < speeches.size(); i++) {
                JsonNode s = speeches.get(i);
                g.add((where.isEmpty() ? "" : where + ", ") + "speech " + (i + 1), f -> {
                    String v = value(s, f);
                    v = v != null ? v : value(meeting, f);
                    return v != null ? v : literal(f);
                });
            }
        }
        return g.file("field mapping " + source);
    }

    /**
     * The value written in quotes among the field's alternatives ({@code body = "品川区議会"}), used where none of the
     * named fields has one; null when there is none.
     */
    private String literal(Field f) {
        for (String n : fields.getOrDefault(f, List.of())) {
            if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
                String v = n.substring(1, n.length() - 1).strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private String value(JsonNode obj, Field f) {
        List<String> names = fields.get(f);
        if (names == null || obj == null || !obj.isObject()) {
            return null;
        }
        for (String n : names) {
            JsonNode v = path(obj, List.of(n));
            if (v != null && !v.isNull() && !v.isContainerNode() && !v.asText().isBlank() && !v.asText().equals("null")) {
                return v.asText();
            }
        }
        return null;
    }

    /** The node at the first of the dotted paths that exists. */
    private static JsonNode path(JsonNode root, List<String> alternatives) {
        for (String p : alternatives) {
            JsonNode n = root;
            for (String key : p.split("\\.")) {
                n = Nodes.field(n, key);
                if (n == null) {
                    break;
                }
            }
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    // --- CSV ------------------------------------------------------------------------------------------------

    /** Reads a CSV (or tab-separated) table of speeches, one a row, through this mapping. */
    public ParsedFile<RecordedMeeting> readCsv(String text, String file) throws SpeechRecordException {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = first.chars().filter(c -> c == '\t').count() > first.chars().filter(c -> c == ',').count()
                ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        Grouper g = new Grouper(file, labelsInText());
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> header = null;
            for (CSVRecord r : parser) {
                if (header == null) {
                    header = new LinkedHashMap<>();
                    for (int i = 0; i < r.size(); i++) {
                        header.putIfAbsent(r.get(i).strip().replace("\uFEFF", ""), i);
                    }
                    for (Field required : List.of(Field.TEXT, Field.DATE)) {
                        if (column(header, required) < 0 && literal(required) == null) {
                            throw new SpeechRecordException(file + ":1: no column " + fields.get(required) + " for "
                                    + required.key() + " (mapping " + source + "); the header has " + header.keySet());
                        }
                    }
                    continue;
                }
                Map<String, Integer> h = header;
                g.add("line " + r.getParser().getCurrentLineNumber(), f -> {
                    int c = column(h, f);
                    String v = c >= 0 && c < r.size() ? r.get(c).strip() : null;
                    return v == null || v.isEmpty() ? literal(f) : v;
                });
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SpeechRecordException(file + ": not readable as CSV: " + e.getMessage(), e);
        }
        return g.file("field mapping " + source);
    }

    private int column(Map<String, Integer> header, Field f) {
        for (String n : fields.getOrDefault(f, List.of())) {
            Integer i = header.get(n);
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    /** 2001年10月2日 決算特別委員会, 2024-06-10 総務委員会: the day written before the body in a title. */
    private static final Pattern LEADING_DAY = Pattern.compile("^[\\s　]*(?:(?:令和|平成|昭和)?[\\s　]*[0-9０-９元]+[\\s　]*年"
            + "[\\s　]*[0-9０-９]+[\\s　]*月[\\s　]*[0-9０-９]+[\\s　]*日|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})"
            + "(?:[\\s　]*[（(][^（）()]*[）)])?[\\s　_]*");

    /**
     * The body a title names when no field gives it: without the day written before it and the record's own words
     * after it (2001年10月2日 決算特別委員会 → 決算特別委員会); a plenary's (定例会, 臨時会) is the place's assembly
     * (品川区議会) where the place is given.
     */
    static String bodyOfTitle(String title, String place) {
        if (title == null) {
            return place == null ? null : place + "議会";
        }
        String rest = LEADING_DAY.matcher(title).replaceFirst("");
        return SpeechJson.exportBody(rest.isBlank() ? title : rest, place);
    }

    /** Reads one field of one speech. */
    private interface Values {
        String get(Field f);
    }

    /** Collects speeches into meetings by body, title and date, in the order they first appear. */
    private static final class Grouper {
        private final String file;
        /** No field says who speaks: each text opens with its speaker's label. */
        private final boolean labelsInText;
        private final Map<String, List<RecordedSpeech>> speeches = new LinkedHashMap<>();
        private final Map<String, RecordedMeeting> heads = new LinkedHashMap<>();
        private final List<String> rejections = new ArrayList<>();
        private int items;

        Grouper(String file, boolean labelsInText) {
            this.file = file;
            this.labelsInText = labelsInText;
        }

        void add(String where, Values v) {
            items++;
            String text = v.get(Field.TEXT);
            String dateText = v.get(Field.DATE);
            Optional<LocalDate> date = Nodes.date(dateText);
            String label = v.get(Field.LABEL);
            String speaker = v.get(Field.SPEAKER);
            String role = v.get(Field.ROLE);
            String reason = text == null ? "no speech text" : date.isEmpty() ? "no meeting date"
                    + (dateText == null ? "" : " ('" + dateText + "' is not a date")
                    + (dateText == null ? "" : ")") : label == null && speaker == null && role == null
                    && !MARKED_LINE.matcher(text).find() && !labelsInText ? "no speaker (label, speaker or role)" : null;
            if (reason != null) {
                rejections.add(file + ": " + where + ": " + reason + ": left out");
                return;
            }
            String body = v.get(Field.BODY);
            String title = v.get(Field.TITLE);
            String key = body + "|" + title + "|" + date.get();
            List<RecordedSpeech> list = speeches.computeIfAbsent(key, k -> new ArrayList<>());
            if (!heads.containsKey(key)) {
                Integer session = null;
                try {
                    session = v.get(Field.SESSION) == null ? null : Integer.parseInt(v.get(Field.SESSION));
                } catch (NumberFormatException e) {
                    session = null;
                }
                heads.put(key, new RecordedMeeting(body != null ? body : bodyOfTitle(title, v.get(Field.PLACE)), title, date.get(), session,
                        v.get(Field.URL), null, List.of(), where));
            }
            int order = list.size() + 1;
            try {
                order = v.get(Field.ORDER) == null ? order : Integer.parseInt(v.get(Field.ORDER).strip());
            } catch (NumberFormatException e) {
                // the position in the file stands in for an order that is not a number
            }
            list.add(new RecordedSpeech(order, label, speaker, role, v.get(Field.GROUP), text, v.get(Field.SPEECH_URL),
                    where));
        }

        ParsedFile<RecordedMeeting> file(String shape) {
            List<RecordedMeeting> out = new ArrayList<>();
            heads.forEach((key, h) -> out.add(new RecordedMeeting(h.body(), h.title(), h.date(), h.session(), h.url(),
                    null, speeches.get(key), h.where())));
            return new ParsedFile<>(shape, out, rejections, List.of(), items);
        }
    }
}
