package jp.meetingsearch.minutes;

import jp.meetingsearch.text.DecodedText;
import jp.meetingsearch.text.TextDecoder;
import jp.meetingsearch.text.UnreadableInputException;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;

/** Reads a minutes file of either format: decodes it, detects or checks its format, and parses it. */
public final class Minutes {
    private Minutes() {
    }

    /** Tags on one line beyond which the markup is worth a warning: list remnants (ul, li) are common and quiet. */
    static final int HEAVY_MARKUP_TAGS = 50;

    /** Says where heavy HTML (a page saved as text, nested layout) starts in the text; the parsers remove it. */
    static Optional<String> markupWarning(String text, String source) {
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
     * Parses a file with the project's role rules ({@code loaders/roles.txt}).
     *
     * @param forcedOrNull  decode with this charset instead of detecting UTF-8 / CP932
     * @param formatOrNull  {@code summary} or {@code verbatim}; null detects it
     * @throws MinutesParseException naming file (and line) and reason: unreadable, empty or binary, no structure
     */
    public static ParsedMinutes parse(Path file, Charset forcedOrNull, String formatOrNull)
            throws MinutesParseException {
        return parse(file, forcedOrNull, formatOrNull, DefaultRoles.TABLE);
    }

    /** As {@link #parse(Path, Charset, String)} with the given role rules. */
    public static ParsedMinutes parse(Path file, Charset forcedOrNull, String formatOrNull, RoleTable roles)
            throws MinutesParseException {
        String source = file.toString();
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
        String format = formatOrNull;
        if (format == null) {
            format = MinutesFormats.detect(text).orElseThrow(() -> new MinutesParseException(source, 0,
                    "no recognisable minutes structure: neither header rows (会議名, 日時 …) or 【role】 blocks of"
                            + " a summary nor ○ speaker lines of a verbatim record"));
        } else if (!MinutesFormats.ALL.contains(format)) {
            throw new MinutesParseException(source, 0, "unknown format '" + format + "', expected one of "
                    + MinutesFormats.ALL);
        }
        Path name = file.getFileName();
        List<String> warnings = new ArrayList<>(decoded.warnings());
        markupWarning(text, source).ifPresent(warnings::add);
        MinutesSource src = new MinutesSource(source, name == null ? source : name.toString(), text, warnings);
        MinutesParser parser = MinutesFormats.SUMMARY.equals(format)
                ? new SummaryParser(roles) : new VerbatimParser(roles);
        return parser.parse(src);
    }
}
