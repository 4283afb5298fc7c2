package jp.meetingsearch.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectFieldTest {
    /** The year the lists are read in (the reader never looks at the clock). */
    private static final java.time.Year LIST_YEAR = java.time.Year.of(2026);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "年度|年度", "年度（和暦）|年度", "新規（○）|新規", "新規(○)|新規", " 事業名 |事業名", "事業\\n名|事業名",
        "協働の\\r\\n形態|協働の形態", "担当　課|担当課", "評価【Ａ～Ｃ】|評価", "概要※200字以内|概要", "評価*|評価",
        "地域〔地区名〕|地域", "（備考）|(備考)", "Ｎｏ．|No.", "新規・継続|新規・継続", "新規/継続|新規/継続",
    })
    void headerKeysIgnoreWidthSpacesAndNotes(String header, String key) {
        assertEquals(key, ProjectField.headerKey(header.replace("\\r", "\r").replace("\\n", "\n")));
    }

    static Stream<Arguments> everyAlias() {
        return Stream.of(ProjectField.values()).flatMap(f -> f.aliases().stream().map(a -> Arguments.of(a, f)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("everyAlias")
    void everyAliasIsFoundAsAHeaderWithNotesAndFullWidth(String alias, ProjectField field) throws Exception {
        String decorated = "\u3000" + alias + "（注）";
        String csv = switch (field) {
            case NAME -> "年度," + decorated + "\n令和3年度,値\n";
            case FISCAL_YEAR -> decorated + ",事業名\n令和3年度,名\n";
            case DATE -> decorated + ",事業名\n2021/5/1,名\n";
            case NEW, PROPOSAL -> decorated + ",事業名,年度\n○,名,令和3年度\n";
            default -> decorated + ",事業名,年度\n値,名,令和3年度\n";
        };
        ProjectParseResult r = ProjectCsvReader.read(csv, "aliases.csv", null, LIST_YEAR);
        assertEquals(1, r.rows().size(), alias + ": " + r.rejections());
        ProjectRow row = r.rows().get(0);
        assertEquals(2021, row.fiscalYear());
        Object value = switch (field) {
            case NAME -> row.name();
            case FISCAL_YEAR, DATE -> "値";
            case DEPARTMENT -> row.department();
            case PARTNERS -> String.join("", row.partners());
            case FORM -> row.form();
            case NEW -> row.isNew() ? "値" : "no";
            case PROPOSAL -> row.proposal() ? "値" : "no";
            case AREA -> row.area();
            case DESCRIPTION -> row.description();
            case EVALUATION -> row.evaluation();
        };
        assertEquals("値", value, alias);
    }

    @Test
    void fieldsByMappingKey() {
        assertEquals(Optional.of(ProjectField.NEW), ProjectField.byKey("is_new"));
        assertEquals(Optional.of(ProjectField.DATE), ProjectField.byKey("fiscal_year_from"));
        assertEquals(Optional.empty(), ProjectField.byKey("年度"));
    }
}
