package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgedSetTest {
    static final Path SET = Path.of(System.getProperty("project.basedir", "."))
            .resolve("src/test/resources/quality/judgments.tsv");

    @TempDir
    Path dir;

    @Test
    void theShippedSetHasAtLeast100QueriesInEveryFamilyAndAShareWhoseWordsDiffer() throws IOException {
        JudgedSet set = JudgedSet.read(SET);
        assertTrue(set.queries().size() >= 100, "queries: " + set.queries().size());
        for (String f : JudgedSet.FAMILIES) {
            assertTrue(set.family(f).size() >= 10, f + ": " + set.family(f).size());
        }
        long differ = set.queries().stream().filter(q -> List.of("variant", "abbrev", "concept").contains(q.family()))
                .count();
        assertTrue(differ * 3 >= set.queries().size(), "queries whose words differ: " + differ);
    }

    @Test
    void readsQueriesParametersAndRelevantRemarks() throws IOException {
        JudgedSet set = JudgedSet.read(write("# a comment\n\nC\tassembly/x.txt\nQ\tx1\ttopic\t避難所\nR\ta.txt\t避難所の 開設\n"
                + "Q\tx2\tname\t\tspeaker=てらお;role_group=member\nR\tb.txt\tＳＮＳの発信です\n"));
        assertEquals(2, set.queries().size());
        assertEquals(List.of("assembly/x.txt"), set.corpus());
        JudgedSet.Query q = set.queries().get(1);
        assertEquals(Map.of("speaker", List.of("てらお"), "role_group", List.of("member")), q.params());
        assertEquals("SNSの発信です", q.relevant().getFirst().snippet());
        assertEquals("q=避難所", set.queries().getFirst().label());
    }

    @Test
    void queriesAfterAPartLineBelongToThatPart() throws IOException {
        JudgedSet set = JudgedSet.read(write("Q\tx1\ttopic\t避難所\nR\ta.txt\t避難所の開設\nS\theld-out\n"
                + "Q\tx2\tconcept\t脱炭素\nR\ta.txt\tゼロカーボン\n"));
        assertEquals(List.of(JudgedSet.DEVELOPMENT, "held-out"), set.parts());
        assertEquals(List.of("x2"), set.part("held-out").queries().stream().map(JudgedSet.Query::id).toList());
        assertEquals(List.of("x1"), set.part(JudgedSet.DEVELOPMENT).queries().stream().map(JudgedSet.Query::id)
                .toList());
    }

    @Test
    void refusesWhatItCannotRead() throws IOException {
        assertRefused("Q\tx\tflavour\tq\nR\ta.txt\tsnippet\n", "t.tsv:1: unknown family");
        assertRefused("R\ta.txt\tsnippet\n", "t.tsv:1: a relevant remark before any query");
        assertRefused("C\t../outside.txt\n", "t.tsv:1: a corpus line");
        assertRefused("Q\tx\ttopic\tq\nR\ta.txt\tsnippet\nQ\tx\ttopic\tq\nR\ta.txt\tsnippet\n",
                "t.tsv:3: query id x used twice");
        assertRefused("Q\tx\ttopic\tq\n", "t.tsv:1: query x has no relevant remark");
        assertRefused("Q\tx\ttopic\tq\nR\ta.txt\tab\n", "t.tsv:2: a relevant line");
        assertRefused("S\n", "t.tsv:1: a part line");
    }

    private void assertRefused(String text, String message) throws IOException {
        Path f = write(text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JudgedSet.read(f));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    private Path write(String text) throws IOException {
        Path f = dir.resolve("t.tsv");
        Files.writeString(f, text);
        return f;
    }
}
