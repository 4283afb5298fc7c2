package jp.meetingsearch.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expectations of one record ({@code x.turns.tsv}): meeting fields from {@code #@ key<TAB>value} lines and one
 * {@link TurnRow} per turn, columns found by the header row's names. Errors name the file and line. A line
 * {@code #@ columns<TAB>FILE} names the field mapping (beside the expectations) the record is read with, as
 * {@code load-minutes --columns FILE} reads it: a table of speeches in a shape of its own.
 *
 * @param columns the field mapping to read the record with, or null
 */
public record ExpectedTurns(Path file, Map<String, String> meeting, List<TurnRow> turns, Path columns) {
    /** The file name ending that marks an expectations file. */
    public static final String SUFFIX = ".turns.tsv";
    /** The header row's columns, in the documented order. */
    static final List<String> COLUMNS = List.of("speaker", "role", "role_group", "group", "seat", "first", "last");

    public ExpectedTurns {
        meeting = Map.copyOf(meeting);
        turns = List.copyOf(turns);
    }

    /** Reads an expectations file. */
    public static ExpectedTurns read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> meeting = new LinkedHashMap<>();
        List<TurnRow> turns = new ArrayList<>();
        int[] index = null;
        Path columns = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.startsWith("#@")) {
                String[] kv = line.substring(2).strip().split("\t", 2);
                if (kv.length != 2) {
                    throw new IOException(file + ":" + (i + 1) + ": a meeting field needs '#@ key<TAB>value'");
                }
                if (kv[0].strip().equals("columns")) {
                    Path dir = file.toAbsolutePath().getParent();
                    columns = dir.resolve(kv[1].strip());
                    if (!Files.isRegularFile(columns)) {
                        throw new IOException(file + ":" + (i + 1) + ": no field mapping " + columns);
                    }
                } else {
                    meeting.put(kv[0].strip(), kv[1].strip());
                }
                continue;
            }
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (index == null) {
                index = header(cells, file, i + 1);
                continue;
            }
            String[] v = new String[COLUMNS.size()];
            for (int c = 0; c < v.length; c++) {
                v[c] = index[c] < cells.length ? cells[index[c]] : "";
            }
            if (cells.length > COLUMNS.size()) {
                throw new IOException(file + ":" + (i + 1) + ": " + cells.length + " columns, the header has "
                        + COLUMNS.size());
            }
            turns.add(new TurnRow(v[0], v[1], v[2], v[3], v[4], v[5], v[6], "", i + 1));
        }
        if (index == null) {
            throw new IOException(file + ": no header row (" + String.join("\t", COLUMNS) + ")");
        }
        return new ExpectedTurns(file, meeting, turns, columns);
    }

    private static int[] header(String[] cells, Path file, int line) throws IOException {
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            index[c] = -1;
            for (int k = 0; k < cells.length; k++) {
                if (cells[k].strip().equals(COLUMNS.get(c))) {
                    index[c] = k;
                }
            }
            if (index[c] < 0) {
                throw new IOException(file + ":" + line + ": the header row has no column '" + COLUMNS.get(c)
                        + "' (expected " + String.join(", ", COLUMNS) + ")");
            }
        }
        return index;
    }
}
