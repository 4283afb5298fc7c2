package jp.meetingsearch.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import jp.meetingsearch.projects.ProjectCsvReader;
import jp.meetingsearch.projects.ProjectParseResult;
import jp.meetingsearch.projects.ProjectRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectListGeneratorTest {
    /** The year the lists are read in (the reader never looks at the clock). */
    private static final java.time.Year LIST_YEAR = java.time.Year.of(2026);

    @Test
    void sameSeedSameBytesOtherSeedOtherList(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        ProjectListGenerator.write(a, 500, 2019, 6, 7);
        ProjectListGenerator.write(b, 500, 2019, 6, 7);
        ProjectListGenerator.write(c, 500, 2019, 6, 8);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertNotEquals(Files.readString(a), Files.readString(c));
    }

    @Test
    void generatedListsReadBackCompletely(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.csv");
        ProjectListGenerator.main(new String[] {f.toString(), "--rows", "3000", "--years", "5", "--first-year",
            "2018", "--seed", "42"});
        ProjectParseResult r = ProjectCsvReader.read(f, null, null, LIST_YEAR);
        assertEquals(3000, r.rows().size());
        assertEquals(java.util.List.of(), r.rejections());
        assertEquals(java.util.List.of(), r.warnings());
        Map<Integer, Long> perYear = r.rows().stream()
                .collect(Collectors.groupingBy(ProjectRow::fiscalYear, Collectors.counting()));
        assertEquals(java.util.Set.of(2018, 2019, 2020, 2021, 2022), perYear.keySet());
        long continuing = r.rows().stream().filter(p -> Boolean.FALSE.equals(p.isNew()) && p.fiscalYear() > 2018)
                .count();
        long fresh = r.rows().stream().filter(p -> Boolean.TRUE.equals(p.isNew())).count();
        assertTrue(continuing > 0 && fresh > 0, "both new and continuing projects");
        assertEquals(r.rows().size(), r.rows().stream().map(ProjectRow::id).distinct().count(), "ids are unique");
    }
}
