package jp.meetingsearch.minutes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden tests: every input in {@code src/test/resources/minutes/golden} (and the shared real summary) is parsed
 * and compared with its {@code .expected.json}; see the README there. Run with {@code -Dgolden.update=true} to
 * rewrite the expectations after a reviewed change, then review the diff.
 */
class MinutesGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/minutes/golden");
    static final Path SHARED_SUMMARY = Path.of("src/test/resources/shared/minutes/azumino-kyodo-r03-3.txt");

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static Stream<Path> inputs() throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(SHARED_SUMMARY);
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.filter(p -> !p.getFileName().toString().endsWith(".json")
                            && !p.getFileName().toString().equals("README.md"))
                    .sorted()
                    .forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesAsExpected(Path input) throws IOException {
        String actual = render(input);
        Path expected = GOLDEN.resolve(baseName(input) + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "no expectation " + expected + "; run with -Dgolden.update=true");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8).replace("\r\n", "\n"), actual,
                "output differs from " + expected);
    }

    /** The parse result, or the error message for inputs that must be refused. */
    static String render(Path input) throws IOException {
        Object result;
        try {
            result = Minutes.parse(input, null, null);
        } catch (MinutesParseException e) {
            result = Map.of("error", e.getMessage());
        }
        return JSON.writeValueAsString(result) + "\n";
    }

    private static String baseName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
