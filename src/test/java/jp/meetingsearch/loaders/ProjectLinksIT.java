package jp.meetingsearch.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.links.ProjectNames;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remarks are linked to listed projects at load time, whichever is loaded first, and reloads keep links right. */
class ProjectLinksIT {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    static final Path LINKS = ROOT.resolve("src/test/resources/links");
    private static final Path LIST = LINKS.resolve("minato-projects.csv");
    private static final Path MINUTES = LINKS.resolve("minutes/minato-links-r05-9.txt");

    private final TestCluster es = TestCluster.get();
    private final AppConfig cfg = es.newDataset();
    private final LoaderHarness loader = new LoaderHarness(es, cfg);

    @AfterEach
    void cleanUp() throws Exception {
        es.deleteDataset(cfg.indexPrefix());
    }

    private static final String CENTRE = ProjectNames.projectId("市民活動サポートセンター運営事業", "地域づくり課");
    private static final String SAKURA = ProjectNames.projectId("桜まつり開催事業", "観光課");
    private static final String FIREWORKS = ProjectNames.projectId("髙田川花火大会", "観光課");

    @Test
    void linksAreTheSameWhicheverIsLoadedFirst() throws Exception {
        assertEquals(0, loader.projects(LIST.toString()).exitCode());
        LoaderHarness.Run minutes = loader.minutes(MINUTES.toString());
        assertEquals(0, minutes.exitCode(), minutes.out() + minutes.err());
        assertTrue(minutes.out().contains("project links: 3 remarks linked"), minutes.out());
        Map<String, String> listFirst = links();

        es.deleteDataset(cfg.indexPrefix());
        assertEquals(0, loader.minutes(MINUTES.toString()).exitCode());
        assertEquals(Map.of(), links(), "no list, no links");
        LoaderHarness.Run list = loader.projects(LIST.toString());
        assertEquals(0, list.exitCode(), list.out() + list.err());
        assertEquals(listFirst, links());

        // what a user reads: which remark discusses which project, through which words
        assertEquals(Map.of(
                "今年のさくらまつりは浜梨川沿いで4月6日に開き、約3,000人が来場した。", SAKURA + "=[桜まつり]",
                "サポートセンターの相談窓口は夜間も開けてはどうか。", CENTRE + "=[サポートセンター]",
                "高田川の花火大会は今年も盛況だったと聞いている。", FIREWORKS + "=[高田川花火大会]"), listFirst);
    }

    @Test
    void aReloadKeepsLinksRightAndADroppedProjectLosesThem(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("minato-projects.csv");
        Files.copy(LIST, list);
        assertEquals(0, loader.projects(list.toString()).exitCode());
        assertEquals(0, loader.minutes(MINUTES.toString()).exitCode());
        Map<String, String> before = links();

        LoaderHarness.Run again = loader.minutes(MINUTES.toString());
        assertEquals(0, again.exitCode());
        assertEquals(before, links());
        LoaderHarness.Run listAgain = loader.projects(list.toString());
        assertTrue(listAgain.out().contains("links of 0 remarks written"), listAgain.out());
        assertEquals(before, links());

        // the list without 桜まつり: its remark is linked to nothing any more
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.contains("桜まつり開催事業")).toList();
        Files.write(list, lines, StandardCharsets.UTF_8);
        assertEquals(0, loader.projects(list.toString()).exitCode());
        Map<String, String> after = new TreeMap<>(before);
        after.values().removeIf(v -> v.startsWith(SAKURA));
        assertEquals(after, links());
        assertEquals(1, loader.count("remarks", """
                {"match_phrase":{"text":"さくらまつり"}}"""), "the remark is still there");
    }

    /**
     * Precision and recall of the links on the judged pairs of {@code links/judgments.tsv} (the sample minutes of
     * みなと市 and the list fixture of the same city), printed with the distance to the targets (precision ≥ 0.9,
     * recall ≥ 0.85); fails when either falls below its target.
     */
    @Test
    void judgedPairsMeetThePrecisionAndRecallTargets() throws Exception {
        assertEquals(0, loader.projects(LIST.toString()).exitCode());
        assertEquals(0, loader.minutes(ROOT.resolve("loaders/sample/minutes").toString(), MINUTES.toString()).exitCode());
        JsonNode r = es.request("POST", "/" + cfg.indexPrefix() + "remarks/_search", """
                {"size":2000,"_source":["text","source_file","projects"]}""");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> lines = Files.readAllLines(LINKS.resolve("judgments.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(2, lines.size())) {
            String[] c = line.split("\t");
            String id = ProjectNames.projectId(c[0], c[1]);
            JsonNode remark = null;
            for (JsonNode h : r.at("/hits/hits")) {
                JsonNode src = h.get("_source");
                if (src.path("source_file").asText().endsWith(c[2])
                        && jp.meetingsearch.text.Width.fold(src.path("text").asText())
                        .contains(jp.meetingsearch.text.Width.fold(c[3]))) {
                    remark = src;
                }
            }
            assertTrue(remark != null, "no remark of " + c[2] + " says " + c[3]);
            boolean linked = false;
            for (JsonNode x : remark.path("projects")) {
                linked |= x.asText().equals(id);
            }
            boolean judged = c[4].equals("1");
            if (linked && judged) {
                tp++;
            } else if (linked) {
                fp++;
                System.out.println("false link: " + c[0] + " ← " + c[2] + " " + remark.path("text").asText());
            } else if (judged) {
                fn++;
                System.out.println("missed: " + c[0] + " ← " + c[2] + " " + c[3]);
            } else {
                tn++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("project links on %d judged pairs: precision %.3f (%d/%d), recall %.3f (%d/%d), %d true "
                + "non-links%n", tp + fp + fn + tn, precision, tp, tp + fp, recall, tp, tp + fn, tn);
        assertTrue(tp + fp + fn + tn >= 60, "at least 60 judged pairs");
        System.out.printf("against the targets (precision 0.9, recall 0.85): %s%n",
                precision >= 0.9 && recall >= 0.85 ? "met" : "not met");
        // held to the targets, which the linker reaches (docs/links.md gives the figures)
        assertTrue(precision >= 0.9, "precision " + precision + " below the target 0.9");
        assertTrue(recall >= 0.85, "recall " + recall + " below the target 0.85");
    }

    /**
     * A real list's names over real minutes: a name that is one common word before its suffix (学校支援事業,
     * 会計運営事業, 幼稚園運営事業, 結婚支援事業) links no remark that only speaks of schools, accounts, kindergartens or
     * marriage, while a name of two words (予防接種事業, 学校給食運営事業) still links the remarks that say them.
     */
    @Test
    void aRealListsNamesLinkNoRemarkThroughATopicWordAlone() throws Exception {
        Path assembly = ROOT.resolve("src/test/resources/real/assembly");
        LoaderHarness.Run list = loader.projects(LINKS.resolve("seiro-projects.csv").toString());
        assertEquals(0, list.exitCode(), list.out() + list.err());
        LoaderHarness.Run minutes = loader.minutes(assembly.resolve("katsushika-teirei-r070214.txt").toString(),
                assembly.resolve("hakodate-teirei-r060222.json").toString(),
                assembly.resolve("meguro-teirei-r070217.txt").toString(),
                assembly.resolve("hirosaki-teirei-r050217.txt").toString());
        assertEquals(0, minutes.exitCode(), minutes.out() + minutes.err());
        // the remarks do speak of the topics
        for (String topic : List.of("学校", "会計", "幼稚園", "結婚")) {
            assertTrue(loader.count("remarks", "{\"match_phrase\":{\"text\":\"" + topic + "\"}}") >= 1, topic);
        }
        Map<String, Set<String>> words = new TreeMap<>();
        JsonNode r = es.request("POST", "/" + cfg.indexPrefix() + "remarks/_search", """
                {"size":1000,"query":{"exists":{"field":"projects"}},"_source":["project_links"]}""");
        for (JsonNode h : r.at("/hits/hits")) {
            for (JsonNode l : h.at("/_source/project_links")) {
                l.path("words").forEach(w -> words.computeIfAbsent(l.path("name").asText(), k -> new TreeSet<>())
                        .add(w.asText()));
            }
        }
        for (String name : List.of("学校支援事業", "会計運営事業", "幼稚園運営事業", "結婚支援事業")) {
            assertFalse(words.containsKey(name), name + " is linked through " + words.get(name));
        }
        // what still links, and through which words: two words of the dictionary, or the name with its suffix
        assertEquals(Map.of(
                "予防接種事業", Set.of("予防接種"),
                "学校給食運営事業", Set.of("学校給食"),
                "児童館運営事業", Set.of("児童館"),
                "移住支援事業", Set.of("移住支援"),
                "河川管理事業", Set.of("河川管理"),
                "防犯対策推進事業", Set.of("防犯対策")), words);
    }

    /** Remark text → its links as "id=[words]" (several joined by ;), for every remark with a link. */
    private Map<String, String> links() throws Exception {
        JsonNode r = es.request("POST", "/" + cfg.indexPrefix() + "remarks/_search", """
                {"size":1000,"query":{"exists":{"field":"projects"}},"_source":["text","projects","project_links"]}""");
        Map<String, String> out = new TreeMap<>();
        for (JsonNode h : r.at("/hits/hits")) {
            JsonNode src = h.get("_source");
            StringBuilder s = new StringBuilder();
            for (JsonNode l : src.path("project_links")) {
                List<String> words = new java.util.ArrayList<>();
                l.path("words").forEach(w -> words.add(w.asText()));
                s.append(s.isEmpty() ? "" : ";").append(l.path("id").asText()).append('=').append(words);
            }
            if (!s.isEmpty()) {
                out.put(src.path("text").asText(), s.toString());
            }
        }
        return out;
    }
}
