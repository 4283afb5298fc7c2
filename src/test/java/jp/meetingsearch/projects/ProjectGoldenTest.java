package jp.meetingsearch.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.meetingsearch.text.UnreadableInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code golden/NAME.csv} is read (with {@code NAME.columns} beside it as the mapping file, if
 * there is one) and the result, as the documents Jackson writes in snake_case plus rejections and warnings, or the
 * error for a file that cannot be read, must equal {@code NAME.expected.json}.
 *
 * <p>After a reviewed change of the reader, regenerate with {@code mvn test -Dtest=ProjectGoldenTest
 * -Dgolden.update=true} and read the diff of the expected files before committing them.
 */
class ProjectGoldenTest {
    /** The year the lists are read in (the reader never looks at the clock). */
    private static final java.time.Year LIST_YEAR = java.time.Year.of(2026);
    static final Path DIR = Path.of(System.getProperty("project.basedir", "."))
            .resolve("src/test/resources/projects/golden").toAbsolutePath().normalize();
    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsExpected(String csvName) throws IOException {
        String base = csvName.substring(0, csvName.length() - ".csv".length());
        Path mappingFile = DIR.resolve(base + ".columns");
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            ColumnMapping mapping = Files.exists(mappingFile) ? ColumnMapping.load(mappingFile) : null;
            ProjectParseResult r = ProjectCsvReader.read(DIR.resolve(csvName), mapping, null, LIST_YEAR);
            out.put("charset", r.charset().name());
            out.put("rows", r.rows());
            out.put("rejections", r.rejections().stream().map(Rejection::toString).toList());
            out.put("warnings", r.warnings());
        } catch (UnreadableInputException e) {
            out.put("error", e.getMessage());
        }
        // messages name files as given; keep them relative to this folder so the expectations hold anywhere
        String actual = JSON.writeValueAsString(out).replace(DIR + File.separator, "") + "\n";
        Path expectedFile = DIR.resolve(base + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
    }

    @org.junit.jupiter.api.Test
    void thereAreGoldenCases() throws IOException {
        assertEquals(true, cases().count() >= 5, "golden cases in " + DIR);
        List<String> orphans;
        try (Stream<Path> files = Files.list(DIR)) {
            orphans = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.json"))
                    .filter(n -> !Files.exists(DIR.resolve(n.replace(".expected.json", ".csv")))).toList();
        }
        assertEquals(List.of(), orphans, "expectations without input");
    }
}
