package jp.meetingsearch.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class KibanaSavedObjectsTest {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    private static final Path FILE = ROOT.resolve("dashboards/kibana/meeting-search.ndjson");
    private static final Path BROKEN = ROOT.resolve("src/test/resources/dashboards");
    // the aliases of a dataset without INDEX_PREFIX, as the service names them
    private static final Set<String> ALIASES = Arrays.stream(IndexName.values())
            .map(new Indices("")::alias).collect(Collectors.toSet());

    private SavedObjectsCheck check() {
        return new SavedObjectsCheck(ROOT.resolve("mappings"), ALIASES);
    }

    @Test
    void theShippedFileImportsCleanly() throws IOException {
        SavedObjectsCheck c = check();
        assertEquals(List.of(), c.check(FILE));
        Set<String> titles = c.objects().values().stream().filter(o -> o.get("type").asText().equals("index-pattern"))
                .map(o -> o.at("/attributes/title").asText()).collect(Collectors.toSet());
        assertEquals(ALIASES, titles, "one data view per alias");
    }

    @Test
    void aDashboardHoldsYearlyProjectCountsSplitByForm() throws IOException {
        SavedObjectsCheck c = check();
        c.check(FILE);
        JsonNode lens = c.objects().values().stream()
                .filter(o -> o.get("type").asText().equals("lens"))
                .filter(o -> column(o, "xAccessor").path("sourceField").asText().equals("fiscal_year")
                        && column(o, "splitAccessor").path("sourceField").asText().equals("form"))
                .findFirst().orElse(null);
        assertNotNull(lens, "a Lens chart with fiscal_year on the x axis split by form");
        JsonNode y = layerColumns(lens).path(lens.at("/attributes/state/visualization/layers/0/accessors/0").asText());
        assertEquals("count", y.path("operationType").asText());
        assertTrue(lens.at("/attributes/state/visualization/layers/0/seriesType").asText().startsWith("bar"));
        String view = lens.at("/references/0/id").asText();
        assertEquals("projects", c.objects().get("index-pattern/" + view).at("/attributes/title").asText());
        String lensId = lens.get("id").asText();
        assertTrue(c.objects().values().stream().anyMatch(o -> o.get("type").asText().equals("dashboard")
                && o.get("references").findValuesAsText("id").contains(lensId)), "a dashboard shows it");
    }

    private static JsonNode layerColumns(JsonNode lens) {
        return lens.at("/attributes/state/datasourceStates/formBased/layers").elements().next().path("columns");
    }

    private static JsonNode column(JsonNode lens, String accessor) {
        String id = lens.at("/attributes/state/visualization/layers/0/" + accessor).asText();
        return layerColumns(lens).path(id);
    }

    static Stream<Path> brokenFiles() throws IOException {
        try (Stream<Path> s = Files.list(BROKEN)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList().stream();
        }
    }

    /** Each broken-*.ndjson comes with a .expected file: a phrase the check must report. */
    @ParameterizedTest
    @MethodSource("brokenFiles")
    void brokenFilesAreReported(Path file) throws IOException {
        String expected = Files.readString(Path.of(file.toString().replace(".ndjson", ".expected"))).strip();
        List<String> problems = check().check(file);
        assertFalse(problems.isEmpty(), file + " passed the check");
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + problems);
    }
}
