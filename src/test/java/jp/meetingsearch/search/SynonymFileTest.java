package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymFileTest {
    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        void advanceSeconds(long s) {
            now = now.plusSeconds(s);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static List<String> variants(SynonymFile f, String word) {
        return f.current().expand(SimpleQuery.parse(word, "q")).query().positiveTerms().getFirst().variants();
    }

    private static void write(Path file, String text, long modifiedSecond) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedSecond * 1000));
    }

    @Test
    void reReadsWhenTheFileChangesAndKeepsTheOldRulesWhenAnEditBreaksThem() throws Exception {
        Path file = dir.resolve("synonyms.txt");
        write(file, "人材, 人財\n", 1000);
        ManualClock clock = new ManualClock();
        SynonymFile f = new SynonymFile(file, clock);
        assertEquals(List.of("人材", "人財"), variants(f, "人材"));

        write(file, "人材, 人財, 人才\n", 2000);
        assertEquals(List.of("人材", "人財"), variants(f, "人材"), "looked at once a second at most");
        clock.advanceSeconds(2);
        assertEquals(List.of("人材", "人財", "人才"), variants(f, "人材"));

        write(file, "人材,, 人財\n", 3000);
        clock.advanceSeconds(2);
        assertEquals(List.of("人材", "人財", "人才"), variants(f, "人材"));

        Files.delete(file);
        clock.advanceSeconds(2);
        assertEquals(List.of("人材"), variants(f, "人材"));
    }

    @Test
    void aMissingFileMeansNoSynonymsAndABrokenOneStopsTheStart() throws Exception {
        assertEquals(0, new SynonymFile(dir.resolve("none.txt")).current().size());
        Path broken = dir.resolve("broken.txt");
        write(broken, "# ok\nひとつだけ\n", 1000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SynonymFile(broken));
        assertEquals(true, e.getMessage().contains("broken.txt:2"), e.getMessage());
    }
}
