package jp.meetingsearch.minutes;

import java.util.ArrayList;
import java.util.List;

/** Reads the rule files of the project ({@code loaders/roles.txt}, {@code loaders/titles.txt}). */
final class ProjectFiles {
    private ProjectFiles() {
    }

    /** One rule line of two fields: its 1-based line number and the fields. */
    record Entry(int line, String first, String second) {
    }

    /**
     * The rule lines of a file: comments ('#' and a space) and blank lines skipped, two fields a line separated by
     * a tab or spaces; {@code format} (PATTERN&lt;TAB&gt;GROUP) names the form in the error of a line without two.
     */
    static List<Entry> entries(List<String> lines, String source, String format) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.equals("#") || line.startsWith("# ") || line.startsWith("#\t")) {
                continue;
            }
            String[] parts = line.split("[\\t ]+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected " + format + ", got '"
                        + line + "'");
            }
            out.add(new Entry(i + 1, parts[0], parts[1]));
        }
        return out;
    }
}
