package jp.meetingsearch.projects;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.meetingsearch.text.TextDecoder;
import jp.meetingsearch.text.UnreadableInputException;
import jp.meetingsearch.text.Width;

/**
 * Another city's column names for our fields, read from a mapping file ({@code --columns}).
 *
 * <p>Format (see loaders/columns/README.md), one statement a line, {@code #} starts a comment:
 * <pre>
 * name = 事業名称 | 取組名          # our field = their column, alternatives separated by |
 * fiscal_year_from = 実施日          # no year column: the fiscal year (April–March) of this date
 * map.is_new.新 = true               # value map: their cell value → ours, applied before parsing
 * map.form.協定 = 事業協力（協定）
 * </pre>
 * A field the mapping names is looked up only under the mapping's columns; the others keep their built-in aliases.
 *
 * @param source  the mapping file, for messages
 * @param columns per field, the column names (as written) to look for, in order of preference
 * @param values  per field, cell value (compared after {@link Width#normalize}) → replacement
 */
public record ColumnMapping(String source, Map<ProjectField, List<String>> columns,
                            Map<ProjectField, Map<String, String>> values) {

    private static final Pattern STATEMENT = Pattern.compile("([^=]+?)\\s*=\\s*(.*)");
    private static final Pattern VALUE_KEY = Pattern.compile("map\\.([a-z_]+)\\.(.+)");

    public ColumnMapping {
        Map<ProjectField, List<String>> c = new EnumMap<>(ProjectField.class);
        columns.forEach((k, v) -> c.put(k, List.copyOf(v)));
        columns = Collections.unmodifiableMap(c);
        Map<ProjectField, Map<String, String>> m = new EnumMap<>(ProjectField.class);
        values.forEach((k, v) -> m.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        values = Collections.unmodifiableMap(m);
    }

    /** Reads a mapping file (UTF-8 or CP932, like the lists). */
    public static ColumnMapping load(Path file) throws UnreadableInputException {
        return parse(TextDecoder.decode(file, null).text(), file.toString());
    }

    /** Parses mapping text; errors name {@code sourceName} and the line. */
    public static ColumnMapping parse(String text, String sourceName) throws UnreadableInputException {
        Map<ProjectField, List<String>> columns = new EnumMap<>(ProjectField.class);
        Map<ProjectField, Map<String, String>> values = new EnumMap<>(ProjectField.class);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = stripComment(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher st = STATEMENT.matcher(line);
            if (!st.matches()) {
                throw new UnreadableInputException(sourceName, lineNo,
                        "expected 'field = column' or 'map.field.value = replacement', found '" + line + "'");
            }
            String key = st.group(1).strip();
            String value = st.group(2).strip();
            Matcher vk = VALUE_KEY.matcher(key);
            if (vk.matches()) {
                ProjectField f = field(vk.group(1), sourceName, lineNo);
                values.computeIfAbsent(f, x -> new LinkedHashMap<>()).put(Width.normalize(vk.group(2)), value);
                continue;
            }
            ProjectField f = field(key, sourceName, lineNo);
            List<String> alternatives = new ArrayList<>();
            for (String alt : value.split("\\|")) {
                if (!alt.isBlank()) {
                    alternatives.add(alt.strip());
                }
            }
            if (alternatives.isEmpty()) {
                throw new UnreadableInputException(sourceName, lineNo, "no column name given for " + key);
            }
            if (columns.containsKey(f)) {
                throw new UnreadableInputException(sourceName, lineNo, key
                        + " is mapped twice: write the alternatives on one line, separated by |");
            }
            columns.put(f, alternatives);
        }
        return new ColumnMapping(sourceName, columns, values);
    }

    /** The cell value after this mapping's value map for the field (the cell itself when none applies). */
    public String mapValue(ProjectField field, String cell) {
        Map<String, String> m = values.get(field);
        if (m == null || cell == null) {
            return cell;
        }
        return m.getOrDefault(Width.normalize(cell), cell);
    }

    /** The columns named for a field, if the mapping names any. */
    public Optional<List<String>> columnsFor(ProjectField field) {
        return Optional.ofNullable(columns.get(field));
    }

    private static ProjectField field(String key, String source, int line) throws UnreadableInputException {
        return ProjectField.byKey(key).orElseThrow(() -> new UnreadableInputException(source, line,
                "unknown field '" + key + "'; known: " + java.util.Arrays.stream(ProjectField.values())
                        .map(ProjectField::key).collect(Collectors.joining(", "))));
    }

    // '#' inside a column name is rare, but allowed when escaped as \#
    private static String stripComment(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '#') {
                out.append('#');
                i++;
            } else if (c == '#' || c == '＃') {
                break;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
