package jp.meetingsearch.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.LocalNode;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutesLoaderIT {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    private static final Path SHARED = ROOT.resolve("src/test/resources/shared/minutes/azumino-kyodo-r03-3.txt");
    private static final Path SAMPLE = ROOT.resolve("loaders/sample/minutes");

    private final TestCluster es = TestCluster.get();
    private final AppConfig cfg = es.newDataset();
    private final LoaderHarness loader = new LoaderHarness(es, cfg);

    @AfterEach
    void cleanUp() throws Exception {
        es.deleteDataset(cfg.indexPrefix());
    }

    @Test
    void theSharedMinutesLoadWithTheirRolesAndReloadToTheSameDocuments() throws Exception {
        LoaderHarness.Run first = loader.minutes(SHARED.toString());
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertEquals(36, loader.count("remarks", null));
        assertEquals(1, loader.count("meetings", null));
        Map<String, Long> roles = loader.terms("remarks", "role", null);
        assertEquals(Map.of("委員", 21L, "会長", 5L, "事務局", 7L, "副会長", 3L), roles);
        assertEquals(2, loader.count("remarks", "{\"term\":{\"role_inferred\":true}}"));
        assertTrue(first.out().contains("documents: 37 new, 0 replaced, 0 stale deleted"), first.out());
        List<String> ids = loader.ids("remarks");

        LoaderHarness.Run second = loader.minutes(SHARED.toString());
        assertEquals(0, second.exitCode());
        assertTrue(second.out().contains("documents: 0 new, 37 replaced, 0 stale deleted"), second.out());
        assertEquals(ids, loader.ids("remarks"));
        assertEquals(roles, loader.terms("remarks", "role", null));
    }

    @Test
    void theSampleCorpusLoadsWithTheRemarkCountsItsReadmeStates() throws Exception {
        LoaderHarness.Run run = loader.minutes(SAMPLE.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        // the README's table: | file | body | date | fiscal year | format | remarks | …
        Map<String, Long> expected = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| (\\S+\\.txt) \\|(?:[^|]*\\|){4} (\\d+) \\|")
                .matcher(Files.readString(SAMPLE.resolve("README.md")));
        while (m.find()) {
            expected.put(m.group(1), Long.parseLong(m.group(2)));
        }
        assertEquals(14, expected.size());
        assertEquals(expected, loader.terms("remarks", "source_file", null));
        assertEquals(14, loader.count("meetings", null));
    }

    @Test
    void aReloadLooksForStaleRemarksOnceABatchNotOnceAFile() throws Exception {
        LoaderHarness.Run first = loader.minutes(SAMPLE.toString());
        assertEquals(0, first.exitCode(), first.out() + first.err());
        long remarks = loader.count("remarks", null);
        String alias = new jp.meetingsearch.index.Indices(cfg.indexPrefix())
                .alias(jp.meetingsearch.index.IndexName.REMARKS);
        long before = searches(alias);
        LoaderHarness.Run again = loader.minutes(SAMPLE.toString());
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().contains("0 new, " + (remarks + 14) + " replaced, 0 stale deleted"), again.out());
        // the 14 files fit in one batch: one scan of their meetings' remarks (a page of them), not one a file
        long searched = searches(alias) - before;
        assertTrue(searched >= 1 && searched < 14, "searches of the remarks during the reload: " + searched);
    }

    /** The searches Elasticsearch ran on the index behind {@code alias} so far (each shard's query phases). */
    private long searches(String alias) throws IOException {
        return es.request("GET", "/" + alias + "/_stats/search", null).at("/_all/total/search/query_total").asLong();
    }

    @Test
    void anEditedFileReplacesItsRemarksAndDropsTheOnesThatAreGone() throws Exception {
        Path dir = Files.createTempDirectory("minutes-edit");
        Path file = dir.resolve("azumino-kyodo-r03-3.txt");
        Files.copy(SHARED, file);
        assertEquals(0, loader.minutes(file.toString()).exitCode());
        Files.writeString(file, withoutFirstMemberBlock(file), StandardCharsets.UTF_8);
        LoaderHarness.Run again = loader.minutes(file.toString());
        assertEquals(0, again.exitCode(), again.out());
        assertEquals(35, loader.count("remarks", null));
        assertEquals(20, loader.terms("remarks", "role", null).get("委員"));
        assertTrue(again.out().contains("1 stale deleted"), again.out());
    }

    @Test
    void theSameFileNameInTwoYearlyFoldersKeepsBothMeetings(@TempDir Path dir) throws Exception {
        // municipal data comes in yearly folders whose files have the same names
        Path y2019 = Files.createDirectories(dir.resolve("2019")).resolve("dai1.txt");
        Path y2020 = Files.createDirectories(dir.resolve("2020")).resolve("dai1.txt");
        Files.copy(SAMPLE.resolve("minato-kyodo-h31-1.txt"), y2019);
        Files.copy(SAMPLE.resolve("minato-kyodo-r02-2.txt"), y2020);
        assertEquals(0, loader.minutes(y2019.toString()).exitCode());
        long first = loader.count("remarks", null);
        LoaderHarness.Run second = loader.minutes(y2020.toString());
        assertEquals(0, second.exitCode(), second.out());
        assertTrue(second.out().contains("0 stale deleted"), second.out());
        assertEquals(2, loader.count("meetings", null));
        assertEquals(first, loader.count("remarks", "{\"term\":{\"source_path\":\"" + y2019 + "\"}}"));
        assertEquals(Map.of("dai1.txt", loader.count("remarks", null)), loader.terms("remarks", "source_file", null));
        // loading the 2019 folder again replaces its own meeting only
        LoaderHarness.Run again = loader.minutes(y2019.getParent().toString());
        assertTrue(again.out().contains("0 new, " + (first + 1) + " replaced, 0 stale deleted"), again.out());
        assertEquals(2, loader.count("meetings", null));
    }

    @Test
    void aMeetingGoneFromItsFileIsRemovedAndReportedAndOneFromAnotherFileIsTakenOver(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("teirei.txt");
        Files.copy(SAMPLE.resolve("minato-kyodo-h31-1.txt"), file);
        assertEquals(0, loader.minutes(file.toString()).exitCode());
        String before = loader.ids("meetings").getFirst();
        // the file now holds another meeting (a corrected date, another session): the old one is gone from it
        Files.copy(SAMPLE.resolve("minato-kyodo-r01-3.txt"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LoaderHarness.Run run = loader.minutes(file.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains(file + ": meeting " + before), run.out());
        assertTrue(run.out().contains("is no longer in this file: removed with its 15 remarks"), run.out());
        assertEquals(1, loader.count("meetings", null));
        assertEquals(0, loader.count("remarks", "{\"term\":{\"meeting_id\":\"" + before + "\"}}"));
        assertEquals(14, loader.count("remarks", null));

        // the same meeting from another file (renamed): replaced, not doubled, and said so
        Path renamed = dir.resolve("renamed.txt");
        Files.move(file, renamed);
        LoaderHarness.Run moved = loader.minutes(renamed.toString());
        assertEquals(0, moved.exitCode(), moved.out());
        assertTrue(moved.out().contains("was loaded from " + file + " before; it now comes from this file"),
                moved.out());
        assertEquals(1, loader.count("meetings", null));
        assertEquals(14, loader.count("remarks", "{\"term\":{\"source_path\":\"" + renamed + "\"}}"));
    }

    @Test
    void aRenamedAndEditedFileLeavesNoOrphanRemark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("azumino-kyodo-r03-3.txt");
        Files.copy(SHARED, file);
        assertEquals(0, loader.minutes(file.toString()).exitCode());
        Path renamed = dir.resolve("azumino-r03-3-corrected.txt");
        Files.writeString(renamed, withoutFirstMemberBlock(file), StandardCharsets.UTF_8);
        LoaderHarness.Run run = loader.minutes(renamed.toString());
        assertEquals(0, run.exitCode(), run.out());
        JsonNode meeting = es.request("GET", "/" + cfg.indexPrefix() + "meetings/_doc/" + loader.ids("meetings").getFirst(),
                null).get("_source");
        assertEquals(35, meeting.get("remark_count").asInt());
        assertEquals(35, loader.count("remarks", null));
        assertEquals(renamed.toString(), meeting.get("source_path").asText());
    }

    @Test
    void remarkIdsSurviveAnEditElsewhereInTheMeeting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("azumino-kyodo-r03-3.txt");
        Files.copy(SHARED, file);
        assertEquals(0, loader.minutes(file.toString()).exitCode());
        Map<String, String> before = textsById();
        // one remark early in the meeting is removed: every other remark keeps its id, so shared links still work
        Files.writeString(file, withoutFirstMemberBlock(file), StandardCharsets.UTF_8);
        LoaderHarness.Run run = loader.minutes(file.toString());
        assertEquals(0, run.exitCode(), run.out());
        Map<String, String> after = textsById();
        assertEquals(before.size() - 1, after.size());
        after.forEach((id, text) -> assertEquals(before.get(id), text, "remark " + id + " changed its text"));
        assertTrue(run.out().contains("1 stale deleted"), run.out());
    }

    private Map<String, String> textsById() throws Exception {
        JsonNode hits = es.request("POST", "/" + cfg.indexPrefix() + "remarks/_search",
                "{\"size\":1000,\"_source\":[\"text\"]}").at("/hits/hits");
        Map<String, String> m = new HashMap<>();
        hits.forEach(h -> m.put(h.get("_id").asText(), h.at("/_source/text").asText()));
        return m;
    }

    @Test
    void aFileThatNoLongerParsesLeavesWhatItLoadedBeforeUntouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("azumino-kyodo-r03-3.txt");
        Files.copy(SHARED, file);
        assertEquals(0, loader.minutes(file.toString()).exitCode());
        List<String> before = loader.ids("remarks");
        // truncated to its first lines: the header table without a date
        Files.writeString(file, String.join("\n", Files.readAllLines(SHARED).subList(0, 3)) + "\n");
        LoaderHarness.Run run = loader.minutes(file.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("azumino-kyodo-r03-3.txt"), run.out());
        assertEquals(before, loader.ids("remarks"));
    }

    @Test
    void badFilesAreRejectedByNameAndTheRestIsLoaded(@TempDir Path dir) throws Exception {
        Files.copy(SHARED, dir.resolve("good.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0x50, 0x4b});
        Files.writeString(dir.resolve("notes.txt"), "これは会議録ではありません。\n単なるメモです。\n");
        LoaderHarness.Run run = loader.minutes(dir.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("read 4 files: 1 loaded, 0 partly, 3 rejected"), run.out());
        for (String name : List.of("empty.txt", "binary.txt", "notes.txt")) {
            assertTrue(run.out().lines().anyMatch(l -> l.contains(name)), name + " not named in:\n" + run.out());
        }
        assertEquals(36, loader.count("remarks", null));
    }

    @Test
    void loadersStartedTogetherOnANewDatasetAllCreateItAndLoad() throws Exception {
        // four loads of a new INDEX_PREFIX at once: each finds the indices missing and creates them
        List<java.util.concurrent.Future<LoaderHarness.Run>> runs = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> loader.minutes(SHARED.toString())));
            }
        }
        for (var f : runs) {
            LoaderHarness.Run run = f.get();
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertFalse((run.out() + run.err()).contains("resource_already_exists"), run.err());
        }
        assertEquals(36, loader.count("remarks", null));
    }

    @Test
    void aRequestElasticsearchRefusesMidLoadStopsTheRunWithExit3AndLosesNothingLoaded() throws Exception {
        assertEquals(0, loader.minutes(SHARED.toString()).exitCode());
        String remarks = cfg.indexPrefix() + "remarks";
        List<String> loaded = new java.util.ArrayList<>();
        es.request("POST", "/" + remarks + "/_search", "{\"size\":100,\"_source\":false}").at("/hits/hits")
                .forEach(h -> loaded.add(h.get("_id").asText()));
        assertEquals(36, loaded.size());
        // reads refused, writes taken: the search for a file's stale remarks fails, as it did once under load
        es.request("PUT", "/" + remarks + "/_settings", "{\"index.blocks.read\":true}");
        LoaderHarness.Run run;
        try {
            run = loader.minutes(SAMPLE.toString());
        } finally {
            es.request("PUT", "/" + remarks + "/_settings", "{\"index.blocks.read\":null}");
        }
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("Elasticsearch refused a request during the load"), run.err());
        assertTrue(run.err().contains("loading the same input again completes them"), run.err());
        assertEquals(36, loader.count("remarks", "{\"ids\":{\"values\":"
                + es.mapper().writeValueAsString(loaded) + "}}"), "the remarks loaded before are all there");
        LoaderHarness.Run again = loader.minutes(SAMPLE.toString());
        assertEquals(0, again.exitCode(), again.out() + again.err());
    }

    @Test
    void anUnreachableClusterExitsWith3BeforeWritingAnything() {
        Map<String, String> env = new HashMap<>();
        env.put("ES_URL", "http://127.0.0.1:" + LocalNode.freePort());
        env.put("ES_CONNECT_TIMEOUT_MS", "500");
        LoaderHarness.Run run = loader.run(true, AppConfig.from(env), SHARED.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("unreachable, nothing was written"), run.err());
    }

    @Test
    void aDryRunParsesReportsAndEmitsTheBulkBodiesWithoutWriting(@TempDir Path dir) throws Exception {
        Path ndjson = dir.resolve("bulk.ndjson");
        LoaderHarness.Run run = loader.minutes(SHARED.toString(), "--dry-run", "--emit-ndjson", ndjson.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("parsed: meetings 1, remarks 36"), run.out());
        List<String> lines = Files.readAllLines(ndjson);
        assertEquals(2 * 37, lines.size());
        assertTrue(lines.get(0).startsWith("{\"index\":{\"_index\":\"" + cfg.indexPrefix() + "meetings\""));
        assertFalse(es.request("GET", "/_cat/indices/" + cfg.indexPrefix() + "*?format=json", null).elements().hasNext(),
                "a dry run created indices");
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, loader.minutes().exitCode());
        assertEquals(2, loader.minutes("--format", "poem", SHARED.toString()).exitCode());
        assertEquals(2, loader.minutes("/no/such/folder").exitCode());
        assertEquals(2, loader.minutes("--bogus", SHARED.toString()).exitCode());
    }

    /** The file's text without its first 【委員】 block: the marker line and the bullets up to the next marker. */
    private static String withoutFirstMemberBlock(Path file) throws java.io.IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int start = text.indexOf("【委員】");
        int next = text.indexOf("【", start + 1);
        return text.substring(0, start) + text.substring(next);
    }
}
