package jp.meetingsearch.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.testsupport.ChildJvm;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus (src/test/resources/badinput): every expectation of its {@code expected.txt} holds when
 * each folder is loaded as one batch, and the good files of the batch load whole. The big inputs are generated
 * here and loaded by a loader in its own JVM with a small heap and a time limit.
 */
class BadInputIT {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    private static final Path FIXTURES = ROOT.resolve("src/test/resources/badinput");
    private static final long BIG = 50L * 1024 * 1024;
    private static final List<String> SMALL_HEAP = List.of("-Xmx256m");
    private static final Duration TIME_LIMIT = Duration.ofSeconds(180);

    private final TestCluster es = TestCluster.get();
    private final AppConfig cfg = es.newDataset();
    private final LoaderHarness loader = new LoaderHarness(es, cfg);

    /** One line of expected.txt. */
    record Expectation(String file, String kind, String line, String text) {
        static Expectation parse(String row) {
            String[] f = row.split("\\s*\\|\\s*", -1);
            return new Expectation(f[0].strip(), f[1], f[2], f[3].strip());
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        es.deleteDataset(cfg.indexPrefix());
    }

    @Test
    void everyBadInputGetsItsMessageAndTheRestOfTheBatchLoads(@TempDir Path dir) throws Exception {
        List<Expectation> expected = Files.readAllLines(FIXTURES.resolve("expected.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(Expectation::parse).toList();
        Map<String, String> reports = new HashMap<>();
        for (String folder : List.of("minutes", "projects", "projects-by-date")) {
            Path copy = copy(FIXTURES.resolve(folder), dir.resolve(folder));
            LoaderHarness.Run run = switch (folder) {
                case "minutes" -> loader.minutes(copy.toString());
                case "projects" -> loader.projects(copy.toString());
                default -> loader.projects(copy.toString(), "--columns",
                        ROOT.resolve("loaders/columns/renkei-jisseki.columns").toString());
            };
            assertEquals(1, run.exitCode(), folder + ": " + run.out() + run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            reports.put(folder, run.out());
        }
        int checked = 0;
        for (Expectation e : expected) {
            String folder = e.file().substring(0, e.file().indexOf('/'));
            Path file = dir.resolve(e.file());
            String report = reports.get(folder);
            String where = file + ("-".equals(e.line()) ? "" : ":" + e.line()) + ": ";
            switch (e.kind()) {
                case "rejected" -> assertTrue(section(report, "rejected:").stream()
                        .anyMatch(l -> l.startsWith(where) && l.contains(e.text())), e + "\n" + report);
                case "warning" -> assertTrue(section(report, "warnings:").stream()
                        .anyMatch(l -> l.startsWith(where) && l.contains(e.text())), e + "\n" + report);
                case "documents" -> {
                    String index = folder.equals("minutes") ? "remarks" : "projects";
                    String field = folder.equals("minutes") ? "source_file" : "source";
                    long n = loader.count(index, "{\"term\":{\"" + field + "\":\"" + file.getFileName() + "\"}}");
                    assertEquals(Long.parseLong(e.text()), n, e.toString());
                }
                default -> throw new AssertionError("unknown kind in expected.txt: " + e);
            }
            checked++;
        }
        // every fixture has at least one expectation, and every file the loaders refused is expected to be
        try (Stream<Path> s = Files.walk(FIXTURES)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String name = FIXTURES.relativize(f).toString();
                if (name.contains("/")) {
                    assertTrue(expected.stream().anyMatch(e -> e.file().equals(name)), name + " has no expectation");
                }
            }
        }
        System.out.printf("bad input: %d files, %d expectations held%n",
                expected.stream().map(Expectation::file).distinct().count(), checked);
    }

    @Test
    void fiftyMegabyteLinesAndOversizedFilesAreRefusedInASmallHeapAndTheGoodFileLoads(@TempDir Path dir)
            throws Exception {
        Path minutes = Files.createDirectories(dir.resolve("minutes"));
        Files.copy(FIXTURES.resolve("minutes/good-summary.txt"), minutes.resolve("good-summary.txt"));
        Path summary = FIXTURES.resolve("minutes/good-summary.txt");
        // a real summary whose one remark is a single 50 MB line
        String text = Files.readString(summary, StandardCharsets.UTF_8);
        int cut = text.indexOf("【委員】");
        try (Writer w = Files.newBufferedWriter(minutes.resolve("huge-line.txt"), StandardCharsets.UTF_8)) {
            w.write(text.substring(0, cut).replace("ひがし町", "おおき町"));
            w.write("【委員】\n・");
            writeLine(w, "担い手の育成と確保について、地区ごとの事情を踏まえた丁寧な説明を求める。");
            w.write("\n");
            w.write(text.substring(cut));
        }
        try (RandomAccessFile f = new RandomAccessFile(minutes.resolve("oversized.txt").toFile(), "rw")) {
            f.setLength(65L * 1024 * 1024);
        }
        ChildJvm.Result m = ChildJvm.run(SMALL_HEAP, env(), TIME_LIMIT, "load-minutes", minutes.toString());
        assertEquals(1, m.exitCode(), m.output());
        assertTrue(m.output().contains(minutes.resolve("huge-line.txt") + ":20: line 20 is 52.4 MB long"), m.output());
        assertTrue(m.output().contains(minutes.resolve("oversized.txt") + ": 68 MB, more than the 64 MB"), m.output());
        assertFalse(m.output().contains("OutOfMemoryError"), m.output());
        assertEquals(4, loader.count("remarks", "{\"term\":{\"source_file\":\"good-summary.txt\"}}"));

        Path projects = Files.createDirectories(dir.resolve("projects"));
        Files.copy(FIXTURES.resolve("projects/good-list.csv"), projects.resolve("good-list.csv"));
        try (Writer w = Files.newBufferedWriter(projects.resolve("huge-cell.csv"), StandardCharsets.UTF_8)) {
            w.write("年度,事業名,担当課,事業概要\n令和3年度,巨大な概要の事業,市民協働課,\"");
            writeLine(w, "地域の担い手を育てる講座を開く。");
            w.write("\"\n");
        }
        ChildJvm.Result p = ChildJvm.run(SMALL_HEAP, env(), TIME_LIMIT, "load-projects", projects.toString());
        assertEquals(1, p.exitCode(), p.output());
        assertTrue(p.output().contains(projects.resolve("huge-cell.csv") + ":2: line 2 is 52.4 MB long"), p.output());
        assertFalse(p.output().contains("OutOfMemoryError"), p.output());
        assertEquals(2, loader.count("projects", "{\"term\":{\"source\":\"good-list.csv\"}}"));
        System.out.printf("bad input: 50 MB lines and a 65 MB file refused by loaders with a 256 MB heap in %d s and "
                + "%d s; the good files of each batch loaded%n", m.took().toSeconds(), p.took().toSeconds());
    }

    private Map<String, String> env() {
        return Map.of("ES_URL", es.url().toString(), "INDEX_PREFIX", cfg.indexPrefix());
    }

    /** Writes {@code phrase} over and over, without a line break, until the line holds 50 MB. */
    private static void writeLine(Writer w, String phrase) throws IOException {
        long bytes = 0;
        long per = phrase.getBytes(StandardCharsets.UTF_8).length;
        while (bytes < BIG) {
            w.write(phrase);
            bytes += per;
        }
    }

    /** The indented lines under a heading of the loader's summary. */
    private static List<String> section(String report, String heading) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String l : report.split("\n")) {
            if (l.equals(heading)) {
                in = true;
            } else if (in && l.startsWith("  ")) {
                lines.add(l.substring(2));
            } else {
                in = false;
            }
        }
        return lines;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
