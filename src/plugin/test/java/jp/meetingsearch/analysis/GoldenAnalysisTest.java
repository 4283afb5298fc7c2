package jp.meetingsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the golden analysis files through the plugin's own classes, as a node would build them from the same
 * request. {@code -Dgolden.update=true} rewrites the expectations from the actual output instead of comparing.
 */
class GoldenAnalysisTest {
    private static final List<String> FILES = List.of(
            "kuromoji-search-segmentation.txt", "kuromoji-rest-cases.txt", "plugin-components.txt");
    private static final Path FOLDER = ProjectFiles.resolve("src/plugin/test/resources/analysis");

    private final AnalyzeRequests requests = new AnalyzeRequests(NamedComponents.read());

    @TestFactory
    Stream<DynamicNode> goldenFiles() {
        boolean update = Boolean.getBoolean("golden.update");
        return FILES.stream().map(name -> {
            GoldenFile golden = GoldenFile.read(FOLDER.resolve(name));
            if (update) {
                return dynamicTest(name + " rewritten", () -> {
                    golden.rewrite(this::actual);
                    Assumptions.abort("expectations rewritten from actual output: review the diff, then run again");
                });
            }
            assertFalse(golden.cases().isEmpty(), name + " has no cases");
            return dynamicContainer(name, golden.cases().stream()
                    .map(c -> dynamicTest(c.toString(), () -> assertEquals(c.expected(), actual(c), c.toString()))));
        });
    }

    private String actual(GoldenFile.Case c) {
        try (Analyzer analyzer = requests.analyzer(c.request())) {
            return switch (c.kind()) {
                case ANALYZE -> String.join(" ", Tokens.positioned(analyzer, c.inputs().get(0)));
                case MATCH -> {
                    // a match query matches when any of its terms is among the document's terms
                    Set<String> document = new HashSet<>(Tokens.terms(analyzer, c.inputs().get(0)));
                    yield Tokens.terms(analyzer, c.inputs().get(1)).stream().anyMatch(document::contains) ? "1" : "0";
                }
            };
        }
    }
}
