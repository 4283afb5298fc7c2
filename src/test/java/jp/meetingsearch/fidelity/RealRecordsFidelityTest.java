package jp.meetingsearch.fidelity;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parsers on the real published records of {@code src/test/resources/real}: every record (every form of it)
 * is read through the loaders' entry point, its turns aligned with its {@code .turns.tsv}, and each family must
 * have at least 98% of its turns right with no turn silently merged into another. The table and every turn not
 * right are printed, as {@code loaders/fidelity --details} prints them.
 */
class RealRecordsFidelityTest {
    static final Path REAL = Path.of("src/test/resources/real");

    @TestFactory
    Stream<DynamicTest> everyFamilyHasItsTurnsRight() throws IOException {
        List<Fidelity.RecordResult> results = Fidelity.measure(List.of(REAL));
        assertFalse(results.isEmpty(), "no records with expectations under " + REAL);
        for (Fidelity.RecordResult r : results) {
            if (!r.details().isEmpty()) {
                System.out.println("== " + r.file());
                r.details().forEach(d -> System.out.println("  " + d));
            }
        }
        System.out.println(Fidelity.table(results));
        Map<String, List<Fidelity.RecordResult>> byFamily = new LinkedHashMap<>();
        results.forEach(r -> byFamily.computeIfAbsent(r.family(), f -> new ArrayList<>()).add(r));
        return byFamily.entrySet().stream().map(f -> DynamicTest.dynamicTest("family " + f.getKey(), () -> {
            List<String> failures = Fidelity.failures(f.getValue());
            assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + Fidelity.table(f.getValue()));
        }));
    }
}
