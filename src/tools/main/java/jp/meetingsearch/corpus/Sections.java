package jp.meetingsearch.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the corpus resources: {@code [section]} headers, one entry per line, {@code #} comments. */
final class Sections {
    /** One entry with its origin, so a bad entry is reported with resource and line. */
    record Entry(String text, String resource, int line) {
        String where() {
            return resource + ":" + line;
        }
    }

    private Sections() {
    }

    static Map<String, List<Entry>> read(String resource) {
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        InputStream in = Sections.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource on the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Entry> current = null;
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = sections.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": entry before any [section]");
                } else {
                    current.add(new Entry(text, resource, lineNo));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return sections;
    }
}
