package jp.meetingsearch.minutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds and reads the rule files of the project ({@code loaders/roles.txt}, {@code loaders/titles.txt}) where it runs. */
final class ProjectFiles {
    private ProjectFiles() {
    }

    /**
     * The file the system property {@code property} names, else {@code defaultFile} under {@code project.basedir}
     * or the working directory; {@code what} names it in the message when it is nowhere.
     */
    static Path find(String property, String defaultFile, String what) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        List<Path> candidates = new ArrayList<>();
        String basedir = System.getProperty("project.basedir");
        if (basedir != null) {
            candidates.add(Path.of(basedir, defaultFile));
        }
        candidates.add(Path.of(defaultFile));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException(what + " not found: looked for " + candidates
                + "; run from the project root or set -D" + property + "=FILE");
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
