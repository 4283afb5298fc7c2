package jp.meetingsearch.fidelity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fidelity command as a user runs it on a folder of their own records. */
class FidelityTest {
    private static final String HEADER = "speaker\trole\trole_group\tgroup\tseat\tfirst\tlast\n";
    private static final String TURNS = HEADER
            + "中島和也\t委員長\tchair\t\t\tただいまから建設\t説明を求めます。\n"
            + "小川秀樹\t建設部長\texecutive\t\t\t議案第５２号、市\tのでございます。\n"
            + "中島和也\t委員長\tchair\t\t\t説明が終わりまし\tはありませんか。\n"
            + "石田誠\t委員\tmember\t\t\t新たに認定する路\t程度を見込んでいるのか伺います。\n";

    private static Path record(Path dir, String turns) throws IOException {
        Path family = Files.createDirectories(dir.resolve("mine"));
        Files.copy(Path.of("src/test/resources/minutes/golden/verbatim-diamond-markers.txt"), family.resolve("x.txt"));
        Files.writeString(family.resolve("x.turns.tsv"), "#@ date\t2023-06-20\n" + turns, StandardCharsets.UTF_8);
        return family;
    }

    private static String run(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Fidelity.run(args, Path.of("nowhere"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, code, text);
        return text;
    }

    @Test
    void aFolderOfRecordsIsMeasuredTurnByTurn(@TempDir Path dir) throws IOException {
        Path family = record(dir, TURNS);
        List<Fidelity.RecordResult> results = Fidelity.measure(List.of(dir));
        assertEquals(1, results.size());
        Fidelity.RecordResult r = results.getFirst();
        assertEquals("mine", r.family());
        assertEquals(4, r.expected());
        assertEquals(3, r.right(), r.details().toString());
        assertEquals(1, r.wrong(), "the last expected turn's end is cut wrong on purpose");
        assertEquals(5, r.extra(), "the record goes on past the four turns expected");
        assertEquals(1, r.fieldsRight());
        String table = run(1, "--details", family.toString());
        assertTrue(table.contains("x.turns.tsv:6 wrong"), table);
        assertTrue(table.contains("family mine (1 records)"), table);
        assertTrue(table.contains("FAIL family mine"), table);
    }

    @Test
    void aRecordFileMayBeGivenAlone(@TempDir Path dir) throws IOException {
        Path family = record(dir, TURNS);
        assertEquals(1, Fidelity.measure(List.of(family.resolve("x.txt"))).size());
        Files.delete(family.resolve("x.turns.tsv"));
        IOException e = assertThrows(IOException.class, () -> Fidelity.measure(List.of(family.resolve("x.txt"))));
        assertTrue(e.getMessage().contains("no expectations x.turns.tsv"), e.getMessage());
    }

    @Test
    void aBrokenExpectationsFileIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        record(dir, "speaker\trole\tfirst\tlast\n");
        String out = run(2, dir.toString());
        assertTrue(out.contains("x.turns.tsv:2: the header row has no column 'role_group'"), out);
    }

    @Test
    void aRefusedRecordCountsEveryTurnMissed(@TempDir Path dir) throws IOException {
        Path family = record(dir, TURNS);
        Files.writeString(family.resolve("x.txt"), "図書館だより\n", StandardCharsets.UTF_8);
        Fidelity.RecordResult r = Fidelity.measure(List.of(dir)).getFirst();
        assertEquals(4, r.missed());
        assertTrue(r.refused().contains("no recognisable minutes structure"), r.refused());
        assertEquals(List.of("family mine: 0.0% of turns right (0 of 4), below 98%"),
                Fidelity.failures(List.of(r)));
    }
}
