package jp.meetingsearch.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.meetingsearch.text.UnreadableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnMappingTest {
    /** The year the lists are read in (the reader never looks at the clock). */
    private static final java.time.Year LIST_YEAR = java.time.Year.of(2026);
    private static final Path LOADERS = Path.of(System.getProperty("project.basedir", ".")).resolve("loaders");

    @Test
    void parsesColumnsAlternativesValueMapsAndComments() throws Exception {
        ColumnMapping m = ColumnMapping.parse("""
                # a comment line
                name = 取組名称 | 事業の名前   # trailing comment
                  fiscal_year_from=実施日
                map.is_new.新 = true
                map.form.協定 = 事業協力（協定）
                evaluation = 成果\\#1

                """, "m.columns");
        assertEquals(Optional.of(List.of("取組名称", "事業の名前")), m.columnsFor(ProjectField.NAME));
        assertEquals(Optional.of(List.of("実施日")), m.columnsFor(ProjectField.DATE));
        assertEquals(Optional.of(List.of("成果#1")), m.columnsFor(ProjectField.EVALUATION));
        assertEquals(Optional.empty(), m.columnsFor(ProjectField.AREA));
        assertEquals("true", m.mapValue(ProjectField.NEW, "新"));
        assertEquals("true", m.mapValue(ProjectField.NEW, " 新 "), "cells are compared width-normalised");
        assertEquals("継", m.mapValue(ProjectField.NEW, "継"), "unmapped values pass through");
        assertEquals("事業協力（協定）", m.mapValue(ProjectField.FORM, "協定"));
        assertEquals("協定", m.mapValue(ProjectField.AREA, "協定"), "value maps are per field");
    }

    @Test
    void errorsNameTheMappingFileAndLine() {
        var unknown = assertThrows(UnreadableInputException.class,
                () -> ColumnMapping.parse("name = 事業\nbudget = 予算\n", "city.columns"));
        assertTrue(unknown.getMessage().startsWith("city.columns:2: unknown field 'budget'; known: fiscal_year, name"),
                unknown.getMessage());
        var syntax = assertThrows(UnreadableInputException.class,
                () -> ColumnMapping.parse("# x\n事業名\n", "city.columns"));
        assertTrue(syntax.getMessage().startsWith("city.columns:2: expected"), syntax.getMessage());
        var twice = assertThrows(UnreadableInputException.class,
                () -> ColumnMapping.parse("name = A\nname = B\n", "city.columns"));
        assertTrue(twice.getMessage().contains(":2: name is mapped twice"), twice.getMessage());
        var empty = assertThrows(UnreadableInputException.class,
                () -> ColumnMapping.parse("name = | \n", "city.columns"));
        assertTrue(empty.getMessage().contains(":1: no column name given"), empty.getMessage());
    }

    @Test
    void mappedFieldsUseOnlyTheMappingsColumnsOthersKeepTheAliases() throws Exception {
        ColumnMapping m = ColumnMapping.parse("name = 取組名称\n", "m.columns");
        ProjectParseResult r = ProjectCsvReader.read("取組名称,事業名,年度,担当課\nA,B,R3,市民協働課\n", "x.csv", m, LIST_YEAR);
        ProjectRow row = r.rows().get(0);
        assertEquals("A", row.name());
        assertEquals("市民協働課", row.department());
        assertEquals(2021, row.fiscalYear());
        assertEquals(java.util.Map.of("事業名", "B"), row.extra());
    }

    static Stream<Path> examples() throws Exception {
        try (Stream<Path> s = Files.list(LOADERS.resolve("columns"))) {
            return s.filter(p -> p.toString().endsWith(".columns")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleMappingsLoadAndDocumentTheirFormat(Path file) throws Exception {
        ColumnMapping m = ColumnMapping.load(file);
        assertTrue(m.columnsFor(ProjectField.NAME).isPresent(), "maps the name column");
        assertTrue(Files.readString(file).startsWith("#"), "starts with a comment header");
    }

    @Test
    void thereAreTwoExampleMappings() throws Exception {
        assertTrue(examples().count() >= 2);
    }
}
