package jp.meetingsearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A golden analysis file as its header describes it: directives, then tab-separated cases. */
record GoldenFile(Path path, List<String> lines, List<Case> cases) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a directive asks of the case lines below it. */
    enum Kind {
        /** {@code text → tokens}. */
        ANALYZE("@analyze ", 2),
        /** {@code document, query → hit count}. */
        MATCH("@match ", 3);

        final String directive;
        final int fields;

        Kind(String directive, int fields) {
            this.directive = directive;
            this.fields = fields;
        }
    }

    /** One case: its inputs, the request of the directive above it, and the expected value in its last field. */
    record Case(Path file, int line, Kind kind, JsonNode request, List<String> inputs, String expected) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " " + String.join(" | ", inputs);
        }
    }

    static GoldenFile read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
        List<Case> cases = new ArrayList<>();
        Kind kind = null;
        JsonNode request = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = path + ":" + (i + 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Kind directive = Arrays.stream(Kind.values()).filter(k -> line.startsWith(k.directive)).findFirst().orElse(null);
            if (directive != null) {
                kind = directive;
                request = json(line.substring(directive.directive.length()), where);
                continue;
            }
            if (kind == null) {
                throw new IllegalArgumentException(where + ": a case before any @analyze or @match line");
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != kind.fields) {
                throw new IllegalArgumentException(where + ": expected " + kind.fields + " tab-separated fields but found "
                        + fields.length);
            }
            cases.add(new Case(path, i + 1, kind, request, List.of(fields).subList(0, kind.fields - 1),
                    fields[kind.fields - 1]));
        }
        return new GoldenFile(path, List.copyOf(lines), List.copyOf(cases));
    }

    private static JsonNode json(String text, String where) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the file back with each case's expected value replaced by {@code actual}'s answer. */
    void rewrite(Function<Case, String> actual) {
        List<String> updated = new ArrayList<>(lines);
        for (Case c : cases) {
            updated.set(c.line() - 1, String.join("\t", c.inputs()) + "\t" + actual.apply(c));
        }
        try {
            Files.write(path, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + path, e);
        }
    }
}
