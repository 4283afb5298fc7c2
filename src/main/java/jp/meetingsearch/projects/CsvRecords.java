package jp.meetingsearch.projects;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.meetingsearch.text.UnreadableInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The records of a list's text (CSV, or tab-separated when its first line says so), each with its file line. */
final class CsvRecords {
    private CsvRecords() {
    }

    /** One CSV record with the file line it starts on. */
    record Rec(List<String> cells, int line) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : null;
        }
    }

    /** The records of {@code text}; {@code file} names it in messages. */
    static List<Rec> read(String text, String file) throws UnreadableInputException {
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(true)
                .get();
        List<Rec> out = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            try {
                for (CSVRecord r : parser) {
                    int pos = (int) r.getCharacterPosition();
                    // the parser reports a record's position before the empty lines it skipped
                    while (pos < text.length() && (text.charAt(pos) == '\r' || text.charAt(pos) == '\n')) {
                        pos++;
                    }
                    out.add(new Rec(r.toList(), lineOf(lineStarts, pos)));
                }
            } catch (UncheckedIOException e) {
                throw new UnreadableInputException(file, (int) parser.getCurrentLineNumber() + 1,
                        "not readable as CSV: " + e.getCause().getMessage(), e);
            }
        } catch (IOException e) {
            throw new UnreadableInputException(file, 0, "not readable as CSV: " + e.getMessage(), e);
        }
        return out;
    }

    /** Tab when the first non-blank line has more tabs than commas (Excel's "Unicode text"), else comma. */
    private static char delimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        long tabs = first.chars().filter(c -> c == '\t').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int pos) {
        int i = Arrays.binarySearch(lineStarts, pos);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
