package jp.meetingsearch.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.meetingsearch.text.Width;

/**
 * Labels of the project lists written two ways (全域/全市), from {@code mappings/project-labels.txt}: each
 * spelling on the left is shown as the name on the right, for the department, area and form of a row.
 */
public final class LabelAliases {
    // before TABLE: reading the file needs it
    private static final Map<String, ProjectField> FIELDS = Map.of(ProjectField.DEPARTMENT.key(),
            ProjectField.DEPARTMENT, ProjectField.AREA.key(), ProjectField.AREA, ProjectField.FORM.key(), ProjectField.FORM);
    /** The project's file, read once from the classpath. */
    public static final String RESOURCE = "mappings/project-labels.txt";
    public static final LabelAliases TABLE = load(RESOURCE);

    private final Map<ProjectField, Map<String, String>> names;

    private LabelAliases(Map<ProjectField, Map<String, String>> names) {
        this.names = names;
    }

    /** The pairs in the file's format ({@code FIELD<TAB>AS WRITTEN<TAB>SHOWN AS}, '#' comments). */
    public static LabelAliases parse(List<String> lines, String source) {
        Map<ProjectField, Map<String, String>> names = new EnumMap<>(ProjectField.class);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            ProjectField field = cols.length == 3 ? FIELDS.get(cols[0].strip()) : null;
            String written = cols.length == 3 ? Width.normalize(cols[1]).strip() : "";
            String shown = cols.length == 3 ? Width.normalize(cols[2]).strip() : "";
            if (field == null || written.isEmpty() || shown.isEmpty() || written.equals(shown)) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected FIELD<TAB>AS WRITTEN<TAB>SHOWN AS "
                        + "with FIELD one of " + FIELDS.keySet().stream().sorted().toList()
                        + " and two different names, got '" + line + "'");
            }
            if (names.computeIfAbsent(field, f -> new HashMap<>()).putIfAbsent(written, shown) != null) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + cols[0].strip() + " '" + written
                        + "' is listed twice");
            }
        }
        names.forEach((field, m) -> m.forEach((written, shown) -> {
            if (m.containsKey(shown)) {
                throw new IllegalArgumentException(source + ": '" + written + "' is shown as '" + shown
                        + "', which is itself renamed: name the final form on each line");
            }
        }));
        return new LabelAliases(names);
    }

    static LabelAliases load(String resource) {
        try (InputStream in = LabelAliases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** The name a value of the field is shown as (the value itself when the file does not rename it). */
    public String name(ProjectField field, String value) {
        if (value == null) {
            return null;
        }
        return names.getOrDefault(field, Map.of()).getOrDefault(value, value);
    }

    /**
     * The rows with their labels renamed, and one message per renamed label saying how many rows of {@code file}
     * it renamed (so nothing is merged unseen).
     */
    Renamed apply(List<ProjectRow> rows, String file) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<ProjectRow> out = new ArrayList<>(rows.size());
        for (ProjectRow r : rows) {
            String department = rename(ProjectField.DEPARTMENT, r.department(), counts);
            String form = rename(ProjectField.FORM, r.form(), counts);
            String area = rename(ProjectField.AREA, r.area(), counts);
            out.add(new ProjectRow(r.id(), r.fiscalYear(), r.name(), department, r.partners(), form, r.isNew(),
                    r.proposal(), area, r.description(), r.evaluation(), r.source(), r.line(), r.extra()));
        }
        List<String> messages = new ArrayList<>();
        counts.forEach((what, n) -> messages.add(file + ": " + what + " in " + n + (n == 1 ? " row" : " rows")
                + " (" + RESOURCE + ")"));
        return new Renamed(out, messages);
    }

    private String rename(ProjectField field, String value, Map<String, Integer> counts) {
        String shown = name(field, value);
        if (shown != null && !shown.equals(value)) {
            counts.merge(field.key() + " '" + value + "' shown as '" + shown + "'",
                    1, Integer::sum);
        }
        return shown;
    }

    /** Rows after renaming and what was renamed. */
    record Renamed(List<ProjectRow> rows, List<String> messages) {
    }
}
