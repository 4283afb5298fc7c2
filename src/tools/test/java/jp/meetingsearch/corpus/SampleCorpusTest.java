package jp.meetingsearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample corpus README lists every file with the remark count a loader should find in it. */
class SampleCorpusTest {
    private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", "."), "loaders/sample/minutes");

    /** One row of the README's file table: file name, format and remark count. */
    record Listed(String file, String format, int remarks) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Listed> listed() throws IOException {
        List<Listed> rows = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE.resolve("README.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length > 7 && cells[1].strip().endsWith(".txt")) {
                rows.add(new Listed(cells[1].strip(), cells[5].strip(), Integer.parseInt(cells[6].strip())));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("listed")
    void fileHasTheListedRemarks(Listed row) throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLE.resolve(row.file()));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(row.file() + " is not UTF-8", e);
        }
        int remarks = row.format().equals("summary")
                ? MinutesShapes.summaryRemarks(text).size()
                : MinutesShapes.verbatimSpeakers(text);
        assertEquals(row.remarks(), remarks, row.file());
    }

    @Test
    void everySampleFileIsListed() throws IOException {
        List<String> names = listed().stream().map(Listed::file).sorted().toList();
        try (Stream<Path> files = Files.list(SAMPLE)) {
            assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList(),
                    names);
        }
        assertTrue(names.size() >= 14, "sample meetings: " + names.size());
    }
}
