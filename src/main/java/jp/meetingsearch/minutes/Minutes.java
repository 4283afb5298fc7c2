package jp.meetingsearch.minutes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.documents.DocumentText;
import jp.meetingsearch.documents.HtmlText;
import jp.meetingsearch.documents.PublishedDocuments;
import jp.meetingsearch.speeches.SpeechColumns;
import jp.meetingsearch.speeches.RecordedMeeting;
import jp.meetingsearch.speeches.JsonMinutesText;
import jp.meetingsearch.speeches.JsonTables;
import jp.meetingsearch.speeches.ScriptJson;
import jp.meetingsearch.speeches.SpeechJson;
import jp.meetingsearch.speeches.SpeechRecordException;
import jp.meetingsearch.text.DecodedText;
import jp.meetingsearch.text.TextDecoder;
import jp.meetingsearch.text.UnreadableInputException;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.nio.file.Path;

/**
 * Reads minutes in any form the project knows: decodes or extracts the text, detects the form and format by the
 * file's ending and content, and parses it into meetings and remarks that keep their source.
 */
public final class Minutes {
    private Minutes() {
    }

    /** Tags on one line beyond which the markup is worth a warning: list remnants (ul, li) are common and quiet. */
    static final int HEAVY_MARKUP_TAGS = 50;

    /** Says where heavy HTML (a page saved as text, nested layout) starts in the text; the parsers remove it. */
    static Optional<String> markupWarning(String text, String source) {
        if (text.indexOf('<') < 0) {
            return Optional.empty();
        }
        int no = 0;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            no++;
            int tags = line.indexOf('<') < 0 ? 0 : Cleaning.countTags(line);
            if (tags >= HEAVY_MARKUP_TAGS) {
                return Optional.of(source + ":" + no + ": " + tags + " HTML tags on this line, removed (was the file "
                        + "saved from a web page? check the remarks around it)");
            }
        }
        return Optional.empty();
    }

    /** The project's role rules, read once when first needed. */
    private static final class DefaultRoles {
        static final RoleTable TABLE = RoleTable.standard();
    }

    /**
     * Parses a file of one meeting with the project's role rules ({@code loaders/roles.txt}).
     *
     * @param forcedOrNull  decode with this charset instead of detecting UTF-8 / CP932
     * @param formatOrNull  {@code summary} or {@code verbatim}; null detects it
     * @throws MinutesParseException naming file (and line) and reason: unreadable, empty or binary, no structure,
     *                               or more than one meeting in the file (read those with {@link #read})
     */
    public static ParsedMinutes parse(Path file, Charset forcedOrNull, String formatOrNull)
            throws MinutesParseException {
        return parse(file, forcedOrNull, formatOrNull, DefaultRoles.TABLE);
    }

    /** As {@link #parse(Path, Charset, String)} with the given role rules. */
    public static ParsedMinutes parse(Path file, Charset forcedOrNull, String formatOrNull, RoleTable roles)
            throws MinutesParseException {
        ParsedFile<ParsedMinutes> f = read(file, file.toString(), forcedOrNull, formatOrNull, null, roles);
        if (f.meetings().size() != 1) {
            throw new MinutesParseException(file.toString(), 0, "holds " + f.meetings().size() + " meetings, not one");
        }
        ParsedMinutes only = f.meetings().getFirst();
        List<String> warnings = new ArrayList<>(only.warnings());
        f.rejections().forEach(r -> warnings.add("left out: " + r));
        // the parse alone, as the parsers' tests compare it; where each remark was read is the loader's concern
        return new ParsedMinutes(only.meeting(), only.remarks().stream().map(r -> r.withSource(null)).toList(),
                warnings);
    }

    /**
     * Reads any form of minutes the project knows, by the file's ending and its content: a text file (summary or
     * verbatim), a saved web page, a PDF, a Word document, speech-record JSON (the Kokkai API, exports) or, with a
     * field mapping, any JSON or CSV table of speeches. Every remark carries its {@link Source}.
     *
     * @param sourceName   the file as stored in each remark's source (the loader's name for it)
     * @param columnsOrNull a field mapping for speech records of another shape (needed for CSV)
     */
    public static ParsedFile<ParsedMinutes> read(Path file, String sourceName, Charset forcedOrNull,
                                                 String formatOrNull, SpeechColumns columnsOrNull)
            throws MinutesParseException {
        return read(file, sourceName, forcedOrNull, formatOrNull, columnsOrNull, DefaultRoles.TABLE);
    }

    /** As {@link #read(Path, String, Charset, String, SpeechColumns)} with the given role rules. */
    public static ParsedFile<ParsedMinutes> read(Path file, String sourceName, Charset forcedOrNull,
                                                 String formatOrNull, SpeechColumns columnsOrNull, RoleTable roles)
            throws MinutesParseException {
        String source = file.toString();
        Optional<PublishedDocuments.Kind> kind = PublishedDocuments.kindOf(file);
        if (kind.isPresent()) {
            DocumentText doc;
            try {
                doc = PublishedDocuments.read(file, kind.get(), forcedOrNull);
            } catch (UnreadableInputException e) {
                throw new MinutesParseException(e.source(), e.line(), e.reason(), e);
            }
            if (doc.text().isBlank()) {
                throw new MinutesParseException(source, 0, "no text in the document");
            }
            return text(file, sourceName, kind.get().name().toLowerCase(Locale.ROOT), doc.text(), doc.warnings(),
                    formatOrNull, roles, doc);
        }
        String ending = ending(file);
        DecodedText decoded;
        try {
            decoded = TextDecoder.decode(file, forcedOrNull);
        } catch (UnreadableInputException e) {
            throw new MinutesParseException(e.source(), e.line(), e.reason(), e);
        }
        String text = decoded.text();
        if (text.isBlank()) {
            throw new MinutesParseException(source, 0, "empty file: no text to parse");
        }
        if (ending.equals(".csv") || ending.equals(".tsv")) {
            if (columnsOrNull == null) {
                throw new MinutesParseException(source, 0, "a table of speeches needs a field mapping: give one with "
                        + "--columns (see loaders/speeches/README.md)");
            }
            try {
                return speeches(columnsOrNull.readCsv(text, source), file, sourceName, roles, decoded.warnings());
            } catch (SpeechRecordException e) {
                throw new MinutesParseException(source, 0, stripSource(e.getMessage(), source), e);
            }
        }
        String head = text.stripLeading();
        boolean script = ending.equals(".js") || ending.equals(".jsonp");
        if (script && !head.startsWith("{") && !head.startsWith("[") || ScriptJson.looksLikeOne(text)) {
            // speech records carried by a script (window.DB.register({…}); callback({…})): read, never run
            JsonNode root;
            try {
                root = ScriptJson.read(text);
            } catch (ScriptJson.NotData e) {
                throw new MinutesParseException(source, e.line(), e.getMessage(), e);
            }
            return jsonRoot(file, sourceName, root, columnsOrNull, formatOrNull, roles, decoded.warnings());
        }
        if (ending.equals(".json") || script || head.startsWith("{") || head.startsWith("[")) {
            // a script's name on plain JSON (an export saved as .js) is read as the JSON it is
            Optional<ParsedFile<ParsedMinutes>> json = json(file, sourceName, text, columnsOrNull, formatOrNull, roles,
                    decoded.warnings(), ending.equals(".json") || script);
            if (json.isPresent()) {
                return json.get();
            }
        }
        if (head.regionMatches(true, 0, "<!doctype html", 0, 14) || head.regionMatches(true, 0, "<html", 0, 5)) {
            DocumentText doc = HtmlText.parse(text, source, new ArrayList<>(decoded.warnings()));
            return text(file, sourceName, "html", doc.text(), doc.warnings(), formatOrNull, roles, doc);
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        markupWarning(text, source).ifPresent(warnings::add);
        return text(file, sourceName, "text", text, warnings, formatOrNull, roles, null);
    }

    private static String ending(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot);
    }

    /** A text (of a file, a page or a document) through the summary or verbatim parser: one meeting. */
    private static ParsedFile<ParsedMinutes> text(Path file, String sourceName, String form, String text,
                                                  List<String> warnings, String formatOrNull, RoleTable roles,
                                                  DocumentText doc)
            throws MinutesParseException {
        return text(file, sourceName, form, text, warnings, formatOrNull, roles, doc, null);
    }

    /** As above, with the meeting's name where the file gives it apart from the text ({@code title}, or null). */
    private static ParsedFile<ParsedMinutes> text(Path file, String sourceName, String form, String text,
                                                  List<String> warnings, String formatOrNull, RoleTable roles,
                                                  DocumentText doc, String title)
            throws MinutesParseException {
        String source = file.toString();
        if (doc == null || doc.pageStarts().isEmpty()) {
            // …開きます。 2 ◯議長(柏木 豊) 日程第1…: a record whose line breaks were lost, broken again before its labels
            RunTogetherLines.Broken broken = RunTogetherLines.split(text, new SpeakerLabels(TitleLexicon.shared(),
                    KnownPeople.of(List.of(), TitleLexicon.shared())));
            if (broken.lines() > 0) {
                warnings = new ArrayList<>(warnings);
                warnings.add(source + ": " + broken.labels() + " speaker labels or header rows stood run together in "
                        + broken.lines()
                        + (broken.lines() == 1 ? " line" : " lines") + " (line breaks lost): each is read as the start of"
                        + " a line");
                text = broken.text();
            }
        }
        if (formatOrNull == null) {
            // 議 長 おはようございます。: speakers printed in a column of their own, without a mark
            Optional<UnmarkedLabels.Marked> marked = UnmarkedLabels.mark(text, TitleLexicon.shared());
            if (marked.isPresent()) {
                List<String> markedWarnings = new ArrayList<>(warnings);
                markedWarnings.add(source + ": no speaker is marked: " + marked.get().labels() + " lines that open "
                        + "with a title or a member's name and a space are read as speaker labels");
                if (marked.get().column()) {
                    return parsed(file, sourceName, form, marked.get().text(), markedWarnings, null, roles, doc, title);
                }
                // 議長(細川運一君) …: a summary reads such labels itself; marked where the text is read no other way,
                // or where the reading leaves the labels inside the remarks' words
                ParsedFile<ParsedMinutes> plain;
                try {
                    plain = parsed(file, sourceName, form, text, warnings, null, roles, doc, title);
                } catch (MinutesParseException unmarked) {
                    return parsed(file, sourceName, form, marked.get().text(), markedWarnings, null, roles, doc,
                            title);
                }
                return labelsInWords(plain, text, marked.get().text())
                        ? parsed(file, sourceName, form, marked.get().text(), markedWarnings, null, roles, doc, title)
                        : plain;
            }
        }
        return parsed(file, sourceName, form, text, warnings, formatOrNull, roles, doc, title);
    }

    /**
     * Whether a remark of {@code read} holds, as a line of its words, a line that marking the text made a label
     * (委員長(佐藤花子君) alone on its line, kept in the secretariat's words).
     */
    private static boolean labelsInWords(ParsedFile<ParsedMinutes> read, String text, String markedText) {
        String[] plain = MinutesSource.split(text);
        String[] marked = MinutesSource.split(markedText);
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (int i = 0; i < Math.min(plain.length, marked.length); i++) {
            if (!plain[i].equals(marked[i])) {
                labels.add(Cleaning.strip(plain[i]));
            }
        }
        return read.meetings().stream().flatMap(m -> m.remarks().stream())
                .anyMatch(r -> r.text().lines().map(Cleaning::strip).anyMatch(labels::contains));
    }

    /** The text read in the format given or detected. */
    private static ParsedFile<ParsedMinutes> parsed(Path file, String sourceName, String form, String text,
                                                    List<String> warnings, String formatOrNull, RoleTable roles,
                                                    DocumentText doc, String title)
            throws MinutesParseException {
        String source = file.toString();
        MinutesFormat format;
        if (formatOrNull == null) {
            format = MinutesFormats.detect(text).orElseThrow(() -> new MinutesParseException(source, 0,
                    "no recognisable minutes structure: neither header rows (会議名, 日時 …) or 【role】 blocks of"
                            + " a summary nor ○ speaker lines of a verbatim record"));
        } else {
            format = MinutesFormat.of(formatOrNull).orElseThrow(() -> new MinutesParseException(source, 0,
                    "unknown format '" + formatOrNull + "', expected one of " + MinutesFormat.allValues()));
        }
        Path name = file.getFileName();
        MinutesSource src = new MinutesSource(source, name == null ? source : name.toString(), text, warnings, title,
                doc == null ? List.of() : doc.pageNames());
        MinutesParser parser = format == MinutesFormat.SUMMARY
                ? new SummaryParser(roles) : new VerbatimParser(roles);
        ParsedMinutes parsed = parser.parse(src);
        String url = doc == null ? null : doc.url();
        List<Remark> remarks = new ArrayList<>();
        List<Integer> lines = doc == null || doc.pageStarts().isEmpty() ? List.of() : RemarkLines.locate(text,
                parsed.remarks());
        for (int i = 0; i < parsed.remarks().size(); i++) {
            Integer page = lines.isEmpty() || lines.get(i) == null ? null : doc.pageOfLine(lines.get(i));
            remarks.add(parsed.remarks().get(i).withSource(new Source(sourceName, url, page)));
        }
        ParsedMinutes withSources = new ParsedMinutes(parsed.meeting(), remarks, parsed.warnings());
        return new ParsedFile<>(form, List.of(withSources), List.of(), parsed.warnings(), 0);
    }

    /** JSON: speech records of a known shape or through the mapping, or minutes text carried in JSON items. */
    private static Optional<ParsedFile<ParsedMinutes>> json(Path file, String sourceName, String text,
                                                            SpeechColumns columns, String formatOrNull,
                                                            RoleTable roles, List<String> decodeWarnings,
                                                            boolean namedJson) throws MinutesParseException {
        String source = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            if (!namedJson) {
                return Optional.empty();
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MinutesParseException(source, line, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        return Optional.of(jsonRoot(file, sourceName, root, columns, formatOrNull, roles, decodeWarnings));
    }

    /** A JSON document read: speech records of a known shape or through the mapping, or minutes text in it. */
    private static ParsedFile<ParsedMinutes> jsonRoot(Path file, String sourceName, JsonNode root,
                                                      SpeechColumns columns, String formatOrNull, RoleTable roles,
                                                      List<String> decodeWarnings) throws MinutesParseException {
        String source = file.toString();
        try {
            if (columns != null) {
                // a table written as names and rows is read as objects, so that the mapping names its columns
                return speeches(columns.readJson(JsonTables.expand(root).root(), source), file, sourceName, roles,
                        decodeWarnings);
            }
            Optional<ParsedFile<RecordedMeeting>> known = SpeechJson.read(root, source);
            if (known.isPresent()) {
                return speeches(known.get(), file, sourceName, roles, decodeWarnings);
            }
        } catch (SpeechRecordException e) {
            throw new MinutesParseException(source, 0, stripSource(e.getMessage(), source), e);
        }
        Optional<String> minutesText = JsonMinutesText.find(root);
        if (minutesText.isPresent()) {
            DocumentText doc = HtmlText.parse("<pre>" + minutesText.get() + "</pre>", source,
                    new ArrayList<>(decodeWarnings));
            return text(file, sourceName, "json text", doc.text(), doc.warnings(), formatOrNull, roles, null,
                    JsonMinutesText.meetingName(root).orElse(null));
        }
        List<JsonTables.Table> tables = JsonTables.expand(root).tables();
        throw new MinutesParseException(source, 0, "JSON of no shape the loader knows (neither the Kokkai API's "
                + "speechRecord, nor an export's Proceeding, nor items of minutes text)" + (tables.isEmpty() ? ""
                : "; it holds a table of names and rows at " + tables.stream().map(JsonTables.Table::describe)
                .collect(java.util.stream.Collectors.joining(", "))) + ": map its fields with --columns (see "
                + "loaders/speeches/README.md)");
    }

    private static ParsedFile<ParsedMinutes> speeches(ParsedFile<RecordedMeeting> f, Path file, String sourceName,
                                                      RoleTable roles, List<String> decodeWarnings) {
        List<String> warnings = new ArrayList<>(decodeWarnings);
        warnings.addAll(f.warnings());
        Path name = file.getFileName();
        List<ParsedMinutes> meetings = RecordedMinutes.build(f.meetings(), sourceName,
                name == null ? sourceName : name.toString(), roles, warnings);
        // two meetings of one body on one day and session get one id: the second would overwrite the first
        List<ParsedMinutes> unique = new ArrayList<>();
        List<String> rejections = new ArrayList<>(f.rejections());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ParsedMinutes m : meetings) {
            if (ids.add(m.meeting().id())) {
                unique.add(m);
            } else {
                rejections.add(file + ": " + m.meeting().title() + " (" + m.meeting().date() + "): a second meeting "
                        + "of " + m.meeting().body() + " on the same day in this file: left out (load it from a file "
                        + "of its own)");
            }
        }
        return new ParsedFile<>(f.form(), unique, rejections, warnings, f.itemsRead());
    }

    private static String stripSource(String message, String source) {
        return message.startsWith(source + ": ") ? message.substring(source.length() + 2) : message;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
