package jp.meetingsearch.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import jp.meetingsearch.minutes.MinutesFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinutesGeneratorTest {

    private static MinutesGenerator generator(int remarks, long seed, String format) {
        return new MinutesGenerator(GeneratorOptions.parse(
                "--remarks", Integer.toString(remarks), "--seed", Long.toString(seed), "--format", format,
                "--out", "unused"));
    }

    private static List<GeneratedMeeting> meetings(MinutesGenerator generator) {
        return IntStream.range(0, generator.meetingCount()).mapToObj(generator::meeting).toList();
    }

    @Test
    void sameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        generator(700, 11, "both").writeTo(a);
        generator(700, 11, "both").writeTo(b);
        generator(700, 12, "both").writeTo(c);
        List<String> names = list(a);
        assertEquals(names, list(b));
        assertTrue(names.contains(ExpectedCounts.FILE_NAME));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("minutes-000001.txt")),
                Files.readAllBytes(c.resolve("minutes-000001.txt"))));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void noTwoMeetingsShareBodyDayAndSessionSoALoaderTakesEveryFile(long seed) {
        // 20,000 remarks: about 500 meetings, where several seeds drew the same sitting twice before
        List<GeneratedMeeting> meetings = meetings(generator(20_000, seed, "both"));
        Set<String> sittings = new HashSet<>();
        for (GeneratedMeeting m : meetings) {
            assertTrue(sittings.add(m.body() + "|" + m.date() + "|" + m.session()),
                    "seed " + seed + ": " + m.fileName() + " repeats " + m.body() + " " + m.date() + " session "
                            + m.session());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 19, 20, 21, 60, 61, 79, 80, 1234})
    void totalRemarkCountIsExactAndMeetingsHoldTwentyToSixty(int total) {
        for (String format : List.of("summary", "verbatim", "both")) {
            List<GeneratedMeeting> meetings = meetings(generator(total, total, format));
            assertEquals(total, meetings.stream().mapToInt(m -> m.remarks().size()).sum(), format);
            if (total >= MinutesGenerator.MIN_REMARKS) {
                for (GeneratedMeeting m : meetings) {
                    int n = m.remarks().size();
                    assertTrue(n >= MinutesGenerator.MIN_REMARKS && n <= MinutesGenerator.MAX_REMARKS,
                            m.fileName() + " has " + n + " remarks");
                }
            }
        }
    }

    @Test
    void remarkLengthsHaveTheirMedianNearTwoHundredFifty() {
        List<GeneratedMeeting> meetings = meetings(generator(20_000, 5, "both"));
        for (MinutesFormat format : MinutesFormat.values()) {
            int[] lengths = meetings.stream().filter(m -> m.format() == format)
                    .flatMap(m -> m.remarks().stream()).mapToInt(GeneratedRemark::length).sorted().toArray();
            double median = lengths[lengths.length / 2];
            assertTrue(Math.abs(median - 250) <= 250 * 0.15, format + " median " + median);
            // log-normal: a long right tail, so the mean lies above the median
            assertTrue(IntStream.of(lengths).average().orElseThrow() > median, format + " has no right tail");
        }
    }

    @Test
    void vocabularyKeepsGrowingWithCorpusSize() {
        int small = distinctBigrams(meetings(generator(2_000, 9, "both")));
        int large = distinctBigrams(meetings(generator(20_000, 9, "both")));
        assertTrue(large > small * 1.3, "distinct 2-character strings: " + small + " → " + large);
    }

    @Test
    void fiscalYearsAndBodiesAreSpread() {
        List<GeneratedMeeting> meetings = meetings(generator(20_000, 2, "both"));
        Set<Integer> years = new HashSet<>();
        Set<String> bodies = new HashSet<>();
        for (GeneratedMeeting m : meetings) {
            years.add(m.fiscalYear());
            bodies.add(m.body());
            assertEquals(Wareki.fiscalYearOf(m.date()), m.fiscalYear(), m.fileName());
        }
        assertEquals(MinutesGenerator.LAST_FISCAL_YEAR - MinutesGenerator.FIRST_FISCAL_YEAR + 1, years.size());
        assertTrue(bodies.size() > 50, "bodies: " + bodies.size());
    }

    @Test
    void noTwoMeetingsAreTheSameMeeting() {
        // at this size the city and day draws alone repeat a meeting dozens of times
        List<GeneratedMeeting> meetings = meetings(generator(60_000, 1, "both"));
        Set<String> seen = new HashSet<>();
        for (GeneratedMeeting m : meetings) {
            assertTrue(seen.add(m.body() + "|" + m.date() + "|" + m.session()), m.fileName() + " repeats "
                    + m.body() + " on " + m.date());
        }
    }

    @Test
    void expectedCountsAgreeWithTheFiles(@TempDir Path dir) throws IOException {
        MinutesGenerator generator = generator(1_500, 4, "both");
        generator.writeTo(dir);
        JsonNode counts = new ObjectMapper().readTree(dir.resolve(ExpectedCounts.FILE_NAME).toFile());
        assertEquals(1_500, counts.get("remarks").asInt());
        assertEquals(1_500, sum(counts.get("by_role")));
        assertEquals(1_500, sum(counts.get("by_role_group")));
        assertEquals(generator.meetingCount(), counts.get("files").size());
        for (JsonNode file : counts.get("files")) {
            String text = Files.readString(dir.resolve(file.get("file").asText()));
            int marked = file.get("format").asText().equals("summary")
                    ? MinutesShapes.summaryBlocks(text)
                    : MinutesShapes.verbatimSpeakers(text);
            assertEquals(file.get("remarks").asInt(), marked + file.get("inferred").asInt(), file.get("file").asText());
            assertEquals(file.get("remarks").asInt(), sum(file.get("by_role")));
        }
    }

    @Test
    void rejectsBadOptionsNamingTheOption() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--remarks", "x", "--out", "o"))
                .getMessage().contains("--remarks"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--format", "pdf", "--out", "o"))
                .getMessage().contains("--format"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--remarks", "5"))
                .getMessage().contains("--out"));
        assertNotEquals(0, GeneratorOptions.parse("--out", "o").remarks());
    }

    private static int distinctBigrams(List<GeneratedMeeting> meetings) {
        Set<String> bigrams = new HashSet<>();
        for (GeneratedMeeting m : meetings) {
            for (GeneratedRemark r : m.remarks()) {
                String t = r.text();
                for (int i = 0; i + 2 <= t.length(); i++) {
                    bigrams.add(t.substring(i, i + 2));
                }
            }
        }
        return bigrams.size();
    }

    private static int sum(JsonNode counts) {
        int total = 0;
        for (JsonNode n : counts) {
            total += n.asInt();
        }
        return total;
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
