package jp.meetingsearch.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {
    @TempDir
    Path dir;

    @Test
    void readsAgainWhenTheFileChanges() throws Exception {
        Path file = dir.resolve("themes.txt");
        Files.writeString(file, "[a]\nany = x\n");
        Taxonomy taxonomy = new Taxonomy(file);
        assertEquals(List.of("a"), names(taxonomy));
        Files.writeString(file, "[a]\nany = x\n[b]\nall = y\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertEquals(List.of("a", "b"), names(taxonomy));
        assertEquals(List.of("a", "b"), List.copyOf(taxonomy.all().keySet()));
        assertTrue(taxonomy.filter("b").isPresent());
        assertTrue(taxonomy.filter("c").isEmpty());
    }

    @Test
    void aBrokenEditFailsWithFileAndLineUntilFixed() throws Exception {
        Path file = dir.resolve("themes.txt");
        Files.writeString(file, "[a]\nany = x\n");
        Taxonomy taxonomy = new Taxonomy(file);
        assertEquals(1, taxonomy.themes().size());
        Files.writeString(file, "[a]\nany = x\nall = \"y\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        TaxonomyException e = assertThrows(TaxonomyException.class, taxonomy::all);
        assertTrue(e.getMessage().startsWith(file + ":3: unclosed double quote"), e.getMessage());
        Files.writeString(file, "[a]\nany = x\nall = \"y\"\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        assertEquals(1, taxonomy.themes().getFirst().all().size());
    }

    @Test
    void untaggedIsAPseudoThemeExcludingEveryTheme() throws Exception {
        Path file = dir.resolve("themes.txt");
        Files.writeString(file, "[a]\nany = x\n[b]\nany = y\n");
        Taxonomy taxonomy = new Taxonomy(file);
        JacksonJsonpMapper mapper = new JacksonJsonpMapper();
        String rules = taxonomy.all().values().stream().map(q -> JsonpUtils.toJsonString(q, mapper))
                .collect(Collectors.joining(","));
        assertEquals("{\"bool\":{\"must_not\":[" + rules + "]}}",
                JsonpUtils.toJsonString(taxonomy.filter(Taxonomy.UNTAGGED).orElseThrow(), mapper));
        assertEquals(List.of("a", "b"), names(taxonomy), "not a theme of its own");
    }

    @Test
    void aMissingFileSaysHowToProvideOne() {
        Taxonomy taxonomy = new Taxonomy(dir.resolve("absent.txt"));
        TaxonomyException e = assertThrows(TaxonomyException.class, taxonomy::themes);
        assertTrue(e.getMessage().contains("THEMES_FILE"), e.getMessage());
    }

    @Test
    void notUtf8IsRefused() throws Exception {
        Path file = dir.resolve("themes.txt");
        Files.write(file, "[防災]\nany = 防災\n".getBytes("windows-31j"));
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> new Taxonomy(file).themes());
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void themeNamesAreFoundInEitherWidth() throws Exception {
        Path file = dir.resolve("themes.txt");
        Files.writeString(file, "[ICT・DX]\nany = DX\n");
        Taxonomy taxonomy = new Taxonomy(file);
        assertTrue(taxonomy.filter("ＩＣＴ・ＤＸ").isPresent());
        assertTrue(taxonomy.theme("ICT・DX").isPresent());
    }

    @Test
    void theStarterTaxonomyParsesAndHasTheCommitteeThemes() {
        Path file = Path.of(System.getProperty("project.basedir", ".")).resolve(Taxonomy.DEFAULT_FILE);
        List<Theme> themes = new Taxonomy(file).themes();
        Set<String> names = Set.copyOf(themes.stream().map(Theme::name).toList());
        assertTrue(names.containsAll(List.of("協働事業", "人財バンク・人材", "学習会・研修", "評価・表彰", "情報発信・広報",
                "若者・高校生", "防災・地域の安全", "ボランティア・社会福祉", "区・自治会", "拠点・施設", "財政・予算")), names.toString());
        themes.forEach(t -> assertTrue(!t.description().isBlank(), t.name() + " needs a description"));
    }

    private static List<String> names(Taxonomy t) {
        return t.themes().stream().map(Theme::name).toList();
    }
}
