package jp.meetingsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.links.ProjectLinker;
import jp.meetingsearch.minutes.Minutes;
import jp.meetingsearch.minutes.MinutesParseException;
import jp.meetingsearch.minutes.ParsedFile;
import jp.meetingsearch.minutes.ParsedMinutes;
import jp.meetingsearch.projects.ProjectCsvReader;
import jp.meetingsearch.themes.TagFields;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mappings are {@code dynamic: false}: a field the loader writes but no mapping names is kept in _source and
 * silently never indexed, and a mapped field no loader writes is dead. Builds the documents of every minutes and
 * project-list fixture the way the loaders do, and the fields the project linker writes on remarks by partial
 * update (a link of a listed project of those fixtures), and holds the fields written against the fields mapped,
 * both ways.
 */
class DocumentSchemaTest {
    /** The year the lists are read in (the reader never looks at the clock). */
    private static final java.time.Year LIST_YEAR = java.time.Year.of(2026);
    private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
    private static final ObjectMapper MAPPER = Json.newMapper();
    private static final Indices INDICES = new Indices("schema-test");
    /** Per index, the field paths written by at least one document (a key present, even with null). */
    private static final Map<IndexName, Set<String>> WRITTEN = new TreeMap<>();
    /** Project id to name, from the project documents built. */
    private static final Map<String, String> PROJECT_NAMES = new TreeMap<>();

    @BeforeAll
    static void buildEveryFixture() throws IOException {
        Documents documents = new Documents(MAPPER, INDICES);
        for (IndexName n : IndexName.values()) {
            WRITTEN.put(n, new TreeSet<>());
        }
        List<Path> minutes;
        try (Stream<Path> files = Stream.concat(Files.walk(BASE.resolve("src/test/resources/real")),
                Files.walk(BASE.resolve("src/test/resources/minutes")))) {
            minutes = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(txt|json|html?|pdf|docx)$"))
                    .filter(p -> !p.toString().endsWith(".expected.json")).sorted().toList();
        }
        int read = 0;
        for (Path p : minutes) {
            ParsedFile<ParsedMinutes> parsed;
            try {
                parsed = Minutes.read(p, p.getFileName().toString(), null, null, null);
            } catch (MinutesParseException e) {
                continue; // fixtures of refusals
            }
            if (parsed.meetings().isEmpty()) {
                continue;
            }
            read++;
            collect(documents.minutes(p.toString(), parsed.meetings()));
        }
        assertTrue(read >= 40, "the fixtures read: " + read);
        try (Stream<Path> files = Files.list(BASE.resolve("src/test/resources/projects/golden"))) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try {
                    collect(documents.projects(csv.getFileName().toString(),
                            ProjectCsvReader.read(csv, null, null, LIST_YEAR).rows()));
                } catch (Exception e) {
                    // a fixture of an unreadable list
                }
            }
        }
        // the linker's fields are written only by its partial updates, never by the minutes loader's documents
        assertTrue(!PROJECT_NAMES.isEmpty(), "the project fixtures give no project id");
        Map.Entry<String, String> project = PROJECT_NAMES.entrySet().iterator().next();
        paths(ProjectLinker.linkFields(MAPPER, Map.of(project.getKey(), List.of(project.getValue())),
                Map.of(project.getKey(), project.getValue())), "", WRITTEN.get(IndexName.REMARKS));
    }

    private static void collect(SourceUnit unit) throws IOException {
        for (BulkOp op : unit.ops()) {
            if (op.action() != BulkOp.Action.INDEX) {
                continue;
            }
            IndexName index = indexOf(op.index());
            JsonNode doc = MAPPER.readTree(op.source());
            paths(doc, "", WRITTEN.get(index));
            if (index == IndexName.PROJECTS && doc.hasNonNull("project_id")) {
                PROJECT_NAMES.put(doc.get("project_id").asText(), doc.path("name").asText());
            }
        }
    }

    private static IndexName indexOf(String alias) {
        for (IndexName n : IndexName.values()) {
            if (INDICES.alias(n).equals(alias)) {
                return n;
            }
        }
        throw new AssertionError("a document for an unknown index: " + alias);
    }

    /** Object keys as dotted paths, through arrays of objects (as Elasticsearch flattens them). */
    private static void paths(JsonNode node, String prefix, Set<String> out) {
        if (node.isArray()) {
            node.forEach(item -> paths(item, prefix, out));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(prefix + e.getKey());
                paths(e.getValue(), prefix + e.getKey() + ".", out);
            }
        }
    }

    /** The fields a mapping file names (object and nested properties, not multi-fields). */
    private static Set<String> mapped(String file) throws IOException {
        JsonNode root = MAPPER.readTree(BASE.resolve("mappings").resolve(file).toFile());
        JsonNode mappings = root.has("mappings") ? root.get("mappings") : root;
        Set<String> out = new TreeSet<>();
        mappedPaths(mappings.get("properties"), "", out);
        return out;
    }

    private static void mappedPaths(JsonNode properties, String prefix, Set<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(prefix + e.getKey());
            if (!e.getValue().path("enabled").asBoolean(true)) {
                out.add(prefix + e.getKey() + ".*"); // an object kept in _source only: any keys
            } else if (e.getValue().has("properties")) {
                mappedPaths(e.getValue().get("properties"), prefix + e.getKey() + ".", out);
            }
        }
    }

    @Test
    void everyFieldARemarkIsWrittenWithIsMappedAndEveryMappedFieldIsWritten() throws IOException {
        assertSame(IndexName.REMARKS, "remarks.json");
    }

    @Test
    void everyFieldAMeetingIsWrittenWithIsMappedAndEveryMappedFieldIsWritten() throws IOException {
        assertSame(IndexName.MEETINGS, "meetings.json");
    }

    @Test
    void everyFieldAProjectIsWrittenWithIsMappedAndEveryMappedFieldIsWritten() throws IOException {
        assertSame(IndexName.PROJECTS, "projects.json");
    }

    private static void assertSame(IndexName index, String mappingFile) throws IOException {
        Set<String> written = new TreeSet<>(WRITTEN.get(index));
        if (index == IndexName.REMARKS) {
            // the theme tagger, not a loader, writes a remark's tags (a loader writes themes_pending)
            written.addAll(Set.of(TagFields.THEMES, TagFields.RULES));
        }
        Set<String> mapped = mapped(mappingFile);
        Set<String> unmapped = new TreeSet<>(written);
        unmapped.removeAll(mapped);
        unmapped.removeIf(f -> mapped.stream().anyMatch(m -> m.endsWith(".*") && f.startsWith(m.substring(0, m.length() - 1))));
        Set<String> unwritten = new TreeSet<>(mapped);
        unwritten.removeAll(written);
        unwritten.removeIf(m -> m.endsWith(".*"));
        assertEquals(Set.of(), unmapped, index + ": written, but mappings/" + mappingFile + " does not map them "
                + "(dynamic: false keeps them unindexed)");
        assertEquals(Set.of(), unwritten, index + ": mapped in mappings/" + mappingFile + ", but no loader writes them");
    }
}
