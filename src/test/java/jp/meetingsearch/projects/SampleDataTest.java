package jp.meetingsearch.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.meetingsearch.text.TextDecoder;
import org.junit.jupiter.api.Test;

/** The sample lists under loaders/sample/projects read cleanly and have the variety the dashboards need. */
class SampleDataTest {
    /** The year the lists are read in (the reader never looks at the clock). */
    private static final java.time.Year LIST_YEAR = java.time.Year.of(2026);
    private static final Path LOADERS = Path.of(System.getProperty("project.basedir", ".")).resolve("loaders");

    @Test
    void ownListCoversSixFiscalYearsWithContinuingAndNewProjects() throws Exception {
        ProjectParseResult r = ProjectCsvReader.read(LOADERS.resolve("sample/projects/kyodo-jigyo.csv"), null, null, LIST_YEAR);
        assertEquals(List.of(), r.rejections());
        assertEquals(List.of(), r.warnings());
        Map<Integer, List<ProjectRow>> byYear = r.rows().stream()
                .collect(Collectors.groupingBy(ProjectRow::fiscalYear));
        assertEquals(Set.of(2019, 2020, 2021, 2022, 2023, 2024), byYear.keySet());
        byYear.forEach((fy, rows) -> {
            assertTrue(rows.size() >= 20 && rows.size() <= 30, fy + ": " + rows.size() + " projects");
            assertTrue(rows.stream().anyMatch(p -> p.isNew()), fy + " has new projects");
        });
        assertTrue(r.rows().stream().map(ProjectRow::department).distinct().count() >= 8, "8+ departments");
        assertTrue(r.rows().stream().map(ProjectRow::form).collect(Collectors.toSet()).containsAll(
                Set.of("共催", "実行委員会", "事業協力(協定)", "委託", "補助", "後援", "情報交換")));
        assertTrue(r.rows().stream().anyMatch(ProjectRow::proposal), "some came through the proposal scheme");
        Map<String, Long> yearsPerName = r.rows().stream()
                .collect(Collectors.groupingBy(ProjectRow::name, Collectors.counting()));
        assertTrue(yearsPerName.values().stream().filter(n -> n == 6).count() >= 10, "continuing projects");
        assertTrue(r.rows().stream().allMatch(p -> p.area() != null && p.evaluation() != null));
    }

    @Test
    void otherCitysCp932ListReadsThroughItsMapping() throws Exception {
        ColumnMapping m = ColumnMapping.load(LOADERS.resolve("columns/renkei-jisseki.columns"));
        ProjectParseResult r = ProjectCsvReader.read(LOADERS.resolve("sample/projects/renkei-jisseki-cp932.csv"), m,
                null, LIST_YEAR);
        assertEquals(TextDecoder.CP932, r.charset());
        assertEquals(1, r.rejections().size(), r.rejections().toString());
        assertTrue(r.rejections().get(0).reason().startsWith("実施日 '未定' holds no date"));
        assertTrue(r.rows().stream().anyMatch(p -> p.partners().contains("髙橋工務店")));
        assertTrue(r.rows().stream().anyMatch(p -> p.name().equals("第Ⅲ期 まちの縁側づくり")));
        assertTrue(r.rows().stream().allMatch(p -> p.fiscalYear() == 2022 || p.fiscalYear() == 2023));
        assertTrue(r.rows().stream().allMatch(p -> p.isNew() != null && p.form() != null));
        assertTrue(r.rows().stream().map(ProjectRow::form).allMatch(
                Set.of("事業協力(協定)", "共催", "実行委員会", "委託", "補助", "後援")::contains));
    }
}
