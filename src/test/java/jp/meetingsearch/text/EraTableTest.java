package jp.meetingsearch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import jp.meetingsearch.text.Eras.Era;
import org.junit.jupiter.api.Test;

/**
 * The eras of {@code mappings/eras.txt} are the only ones: date parsing and fiscal-year names follow the table, and
 * the pages' {@code dashboards/js/eras.js} is the table written as a module. After a change of the table, regenerate
 * it with {@code mvn -o -q test -pl src -am -Dtest=EraTableTest -Dgolden.update=true} and commit both.
 */
class EraTableTest {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath().normalize();
    private static final Path MODULE = ROOT.resolve("dashboards/js/eras.js");

    /** The pages' module: the table as JavaScript. */
    static String module(List<Era> eras) {
        StringBuilder js = new StringBuilder("// Generated from mappings/eras.txt by EraTableTest (-Dgolden.update=true): "
                + "edit the table, not this file.\n// The 和暦 eras, newest first; first: the western year of 元年, "
                + "start: its first day.\nexport const ERAS = [\n");
        for (Era e : eras) {
            js.append("  { name: '").append(e.name()).append("', letter: '").append(e.letter())
                    .append("', first: ").append(e.firstYear()).append(", start: '").append(e.start()).append("' },\n");
        }
        return js.append("];\n").toString();
    }

    @Test
    void thePagesModuleIsTheTable() throws Exception {
        String expected = module(Eras.ALL);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(MODULE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(MODULE, StandardCharsets.UTF_8),
                "dashboards/js/eras.js differs from mappings/eras.txt: regenerate it (see this test's comment)");
        // era.js takes the eras from the module and names none itself
        String era = Files.readString(ROOT.resolve("dashboards/js/era.js"), StandardCharsets.UTF_8);
        assertTrue(era.contains("from './eras.js'"), "era.js imports the table");
        for (Era e : Eras.ALL) {
            assertFalse(era.contains(e.name()) && !era.lines().filter(l -> l.contains(e.name()))
                    .allMatch(l -> l.strip().startsWith("//") || l.strip().startsWith("*") || l.strip().startsWith("/**")),
                    "era.js spells " + e.name() + " outside a comment");
        }
    }

    @Test
    void theTableIsEveryEraSinceMeijiWithItsDays() {
        assertEquals(List.of("令和", "平成", "昭和", "大正", "明治"), Eras.ALL.stream().map(Era::name).toList());
        Era heisei = Eras.ALL.get(1);
        assertEquals(LocalDate.of(1989, 1, 8), heisei.start());
        assertEquals(LocalDate.of(2019, 4, 30), heisei.end());
        assertEquals(1989, heisei.firstYear());
        assertEquals(null, Eras.ALL.get(0).end());
    }

    @Test
    void datesAndFiscalYearsFollowTheTable() {
        for (Era e : Eras.ALL) {
            if (e.start().getYear() < 1873) {
                continue; // lunisolar days before 明治6年 are refused
            }
            LocalDate s = e.start();
            String first = e.name() + "元年" + s.getMonthValue() + "月" + s.getDayOfMonth() + "日";
            assertEquals(Optional.of(s), JapaneseDates.parseDate(first), first);
            assertEquals(Optional.of(s), JapaneseDates.parseDate(e.letter() + "1." + s.getMonthValue() + "."
                    + s.getDayOfMonth()), e.letter() + "1");
            assertEquals(Optional.of(s), JapaneseDates.parseDate(e.square() + "元年" + s.getMonthValue() + "月"
                    + s.getDayOfMonth() + "日"), String.valueOf(e.square()));
            LocalDate before = s.minusDays(1);
            // the day before an era is not in it
            assertEquals(Optional.empty(), JapaneseDates.parseDate(e.name() + "元年" + before.getMonthValue() + "月"
                    + before.getDayOfMonth() + "日"), "the day before " + e.name());
            assertEquals(e.name() + "元年", JapaneseDates.warekiYear(s));
            assertEquals(e.name() + "元年度", JapaneseDates.warekiFiscalYear(e.firstYear()));
            assertEquals(OptionalInt.of(e.firstYear()), JapaneseDates.parseFiscalYear(e.name() + "元年度"));
        }
        assertEquals("平成31年", JapaneseDates.warekiYear(LocalDate.of(2019, 4, 30)));
        assertThrows(IllegalArgumentException.class, () -> JapaneseDates.warekiYear(LocalDate.of(1872, 12, 31)));
    }

    @Test
    void aMalformedTableNamesItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Eras.parse(List.of("# eras", "令和\tR\t㋿"), "eras.txt"));
        assertEquals("eras.txt:2: expected NAME<TAB>LETTER<TAB>SQUARE<TAB>FIRST-DAY, got '令和\tR\t㋿'", e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> Eras.parse(List.of("平成\tH\t㍻\t1989-01-08", "令和\tR\t㋿\t2019-05-01"), "eras.txt"));
    }
}
