package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.http.params.Params;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.loaders.Loaders;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judged evaluation of remark search (src/test/resources/quality): loads the sample corpus and the real
 * published records into a fresh dataset on the test node, resolves each judged remark by its file and snippet,
 * runs every judged query through the search service as the API runs it (first page of 10, relevance order) and
 * prints recall@10, precision@10 and nDCG@10 per family and overall, for the engine as shipped and for the
 * engine with each improvement switched off (so the table shows before and after of each, measured in one run).
 * Prints the distance to the targets (recall@10 ≥ 0.97 overall and ≥ 0.9 in every family) and fails when the
 * shipped engine falls below the figures it reached (FLOORS, docs/search-quality.md): a change that loses recall in
 * any family fails here, a change that gains lets the floor be raised.
 */
class SearchQualityIT {
    static final int K = 10;
    static final double OVERALL_TARGET = 0.97;
    static final double FAMILY_TARGET = 0.9;
    /**
     * The recall@10 the shipped engine reached, per part of the set (JudgedSet.parts), per family and overall
     * ("overall"), less 0.01 so that a record added to the corpus that pushes one judged remark past the tenth place
     * does not fail the build by itself. A part without floors is reported only.
     */
    static final Map<String, Map<String, Double>> FLOORS = Map.of(JudgedSet.DEVELOPMENT, Map.of("topic", 0.98,
            "variant", 0.99, "abbrev", 0.98, "concept", 0.81, "compound", 0.94, "name", 0.99, "official", 0.99,
            "overall", 0.96), "held-out", Map.of("concept", 0.91, "compound", 0.97, "overall", 0.94),
            "held-out-2", Map.of("variant", 0.99, "abbrev", 0.99, "concept", 0.56, "overall", 0.77),
            "held-out-3", Map.of("topic", 0.99, "variant", 0.99, "abbrev", 0.99, "concept", 0.44, "compound", 0.99,
                    "name", 0.99, "official", 0.99, "overall", 0.85));
    /** The engine the service runs (every feature, exact matches first): the one held to the targets. */
    static final String SHIPPED = "+ related words (shipped)";

    private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
    private static final TestCluster ES = TestCluster.get();
    private static AppConfig cfg;
    private static Indices indices;
    private static EsConnection connection;

    @BeforeAll
    static void load() throws IOException {
        cfg = ES.newDataset();
        indices = new Indices(cfg.indexPrefix());
        new IndexBootstrap(ES.client(), IndexDefinitions.load(), indices).ensureAll();
        connection = EsConnection.open(cfg, ES.mapper());
        List<String> args = new ArrayList<>();
        args.add(BASE.resolve("loaders/sample/minutes").toString());
        args.addAll(realRecords());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try (PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            code = Loaders.loadMinutes(args.toArray(String[]::new), cfg, ES.mapper(), p, p, connection);
        }
        System.out.println("[quality] corpus loaded (exit " + code + "):\n" + summary(out.toString(StandardCharsets.UTF_8)));
        // exit 1: some real records are in forms the parsers do not read yet; they are left out, reported above
        if (code > 1) {
            fail("the corpus did not load (" + code + "):\n" + out.toString(StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void drop() throws IOException {
        if (cfg != null) {
            ES.deleteDataset(cfg.indexPrefix());
        }
        if (connection != null) {
            connection.close();
        }
    }

    /**
     * The published records the set was judged over (its {@code C} lines). Records added to real/ later are not
     * loaded until someone judges the queries over them too: unjudged remarks would count as misses.
     */
    private static List<String> realRecords() throws IOException {
        Path real = BASE.resolve("src/test/resources/real");
        List<String> out = new ArrayList<>();
        for (String record : JudgedSet.read(BASE.resolve("src/test/resources/quality/judgments.tsv")).corpus()) {
            Path f = real.resolve(record).normalize();
            if (!f.startsWith(real) || !Files.isRegularFile(f)) {
                fail("judgments.tsv names a record that is not under src/test/resources/real: " + record);
            }
            out.add(f.toString());
        }
        return out;
    }

    private static String summary(String loaderOutput) {
        // the loader's summary without its per-line warnings about dropped text (long, and not about search)
        return String.join("\n", loaderOutput.lines().filter(l -> !l.contains("text outside any speaker"))
                .limit(40).toList());
    }

    /** An engine to measure: a name and the search service it runs. */
    record Engine(String name, SearchService search) {
    }

    /**
     * The engines of the report: the service's engine with every way of matching beyond the typed words switched
     * off and the synonyms file as it was before the judged set ({@code words as typed}), then each of those ways
     * added in turn, the last being the engine the service ships. (The engine that ran before them, with its own
     * query, is gone; its figures, measured at commit a967a4a, are in docs/search-quality.md.)
     */
    private static List<Engine> engines() throws IOException {
        Synonyms before = synonyms(BASE.resolve("src/test/resources/quality/synonyms-before.txt"));
        Synonyms current = synonyms(BASE.resolve("mappings/synonyms.txt"));
        SearchSettings settings = SearchSettings.DEFAULT;
        String alias = indices.alias(IndexName.REMARKS);
        RemarkQueries.Counter counter = new MatchCounter(ES.client(), alias);
        List<Engine> out = new ArrayList<>();
        Object[][] steps = {
            {"words as typed", before, SearchFeatures.NONE},
            {"+ readings", before, new SearchFeatures(true, false, false, false)},
            {"+ names and roles", before, new SearchFeatures(true, true, false, false)},
            {"+ local vocabulary", current, new SearchFeatures(true, true, false, false)},
            {"+ thesaurus", current, new SearchFeatures(true, true, true, false)},
            {"+ exact, broad, partial", current, new SearchFeatures(true, true, true, true)},
            {"+ rarer words first", current, new SearchFeatures(true, true, true, true, true, false)},
            {"+ compound parts", current, new SearchFeatures(true, true, true, true, true, true)},
            {"+ verbs and adjectives", current, new SearchFeatures(true, true, true, true, true, true, true)},
        };
        for (Object[] s : steps) {
            Synonyms rules = (Synonyms) s[1];
            out.add(new Engine((String) s[0], new SearchService(ES.client(), indices, new RemarkQueries(ThemeFilters.NONE,
                    () -> rules, Thesaurus.shipped(), Thesaurus.yomi(), (SearchFeatures) s[2], counter), settings)));
        }
        out.add(new Engine(SHIPPED, new SearchService(ES.client(), indices,
                SearchService.queries(ES.client(), indices, ThemeFilters.NONE, () -> current), settings)));
        return out;
    }

    private static Synonyms synonyms(Path file) throws IOException {
        return Synonyms.parse(Files.readAllLines(file), file.toString());
    }

    @Test
    void judgedQueriesMeetTheTargets() throws IOException {
        JudgedSet set = JudgedSet.read(BASE.resolve("src/test/resources/quality/judgments.tsv"));
        Map<JudgedSet.Relevant, String> resolved = resolve(set);
        Map<String, Map<String, RankingMetrics>> byEngine = new LinkedHashMap<>();
        Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Engine e : engines()) {
            Map<String, RankingMetrics> perQuery = new LinkedHashMap<>();
            Map<String, Long> total = new LinkedHashMap<>();
            for (JudgedSet.Query q : set.queries()) {
                Set<String> relevant = new HashSet<>();
                q.relevant().forEach(r -> relevant.add(resolved.get(r)));
                SearchResult answer = run(e.search(), q);
                List<String> ranked = answer.hits().stream().map(RemarkHit::id).toList();
                total.put(q.id(), answer.total());
                RankingMetrics m = RankingMetrics.of(ranked, relevant, K);
                perQuery.put(q.id(), m);
                if (e.name().equals(SHIPPED) && m.recall() < 1) {
                    misses.add(q.id() + " " + q.label() + ": recall@10 " + fmt(m.recall()) + ", missed "
                            + q.relevant().stream().filter(r -> !ranked.subList(0, Math.min(K, ranked.size()))
                            .contains(resolved.get(r))).map(r -> r.sourceFile() + " 「" + r.snippet() + "」").toList());
                }
            }
            byEngine.put(e.name(), perQuery);
            totals.put(e.name(), total);
        }
        String report = report(set, byEngine, totals) + byPart(set, byEngine);
        System.out.println(report);
        Files.writeString(BASE.resolve("target/search-quality.md"), report);
        System.out.println("[quality] queries the shipped engine does not answer fully:\n  " + String.join("\n  ", misses));

        Map<String, RankingMetrics> shipped = byEngine.get(SHIPPED);
        RankingMetrics overall = RankingMetrics.mean(List.copyOf(shipped.values()));
        List<String> toTargets = new ArrayList<>();
        if (overall.recall() < OVERALL_TARGET) {
            toTargets.add("overall recall@10 " + fmt(overall.recall()) + " < " + OVERALL_TARGET);
        }
        for (String f : JudgedSet.FAMILIES) {
            RankingMetrics m = familyMean(set, shipped, f);
            if (m.recall() < FAMILY_TARGET) {
                toTargets.add(f + " recall@10 " + fmt(m.recall()) + " < " + FAMILY_TARGET);
            }
        }
        List<String> below = new ArrayList<>();
        FLOORS.forEach((name, floors) -> {
            JudgedSet part = set.part(name);
            RankingMetrics all = RankingMetrics.mean(part.queries().stream().map(q -> shipped.get(q.id())).toList());
            if (all.recall() < floors.get("overall")) {
                below.add(name + " overall recall@10 " + fmt(all.recall()) + " < " + floors.get("overall"));
            }
            for (String f : JudgedSet.FAMILIES) {
                RankingMetrics m = familyMean(part, shipped, f);
                if (floors.containsKey(f) && m.recall() < floors.get(f)) {
                    below.add(name + " " + f + " recall@10 " + fmt(m.recall()) + " < " + floors.get(f));
                }
            }
        });
        System.out.println("[quality] against the targets: " + (toTargets.isEmpty() ? "met" : String.join("; ", toTargets)));
        assertTrue(below.isEmpty(), "recall fell below what the engine reached: " + below);
    }

    /** The first page of the query, as the search endpoint answers it. */
    private static SearchResult run(SearchService search, JudgedSet.Query q) throws IOException {
        Map<String, List<String>> params = new HashMap<>(q.params());
        params.put("size", List.of(String.valueOf(K)));
        params.put("facets", List.of("false"));
        return search.search(RemarkSearchRequest.from(new Params(params)));
    }

    /**
     * The remark id of every judged remark: the one remark of its file whose text contains its snippet. Fails
     * listing every snippet that finds no remark or more than one (the parsers changed the turns: judge again).
     */
    private static Map<JudgedSet.Relevant, String> resolve(JudgedSet set) throws IOException {
        JsonNode hits = ES.request("POST", "/" + indices.alias(IndexName.REMARKS) + "/_search",
                "{\"size\":10000,\"_source\":[\"id\",\"source_file\",\"text\"],\"query\":{\"match_all\":{}}}")
                .path("hits").path("hits");
        Map<String, List<String[]>> byFile = new HashMap<>();
        for (JsonNode h : hits) {
            JsonNode s = h.path("_source");
            byFile.computeIfAbsent(s.path("source_file").asText(), k -> new ArrayList<>())
                    .add(new String[] {h.path("_id").asText(), JudgedSet.normalize(s.path("text").asText())});
        }
        Map<JudgedSet.Relevant, String> out = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (JudgedSet.Query q : set.queries()) {
            Set<String> seen = new HashSet<>();
            for (JudgedSet.Relevant r : q.relevant()) {
                List<String> ids = byFile.getOrDefault(r.sourceFile(), List.of()).stream()
                        .filter(d -> d[1].contains(r.snippet())).map(d -> d[0]).toList();
                if (ids.size() != 1) {
                    problems.add("judgments.tsv:" + r.line() + " (" + q.id() + "): " + r.sourceFile() + " 「"
                            + r.snippet() + "」 is in " + ids.size() + " remarks"
                            + (byFile.containsKey(r.sourceFile()) ? "" : " (the file loaded no remark)"));
                } else if (!seen.add(ids.getFirst())) {
                    problems.add("judgments.tsv:" + r.line() + " (" + q.id() + "): names a remark the query already names");
                } else {
                    out.put(r, ids.getFirst());
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("judged remarks that no longer resolve to exactly one remark (judge them again):\n  "
                    + String.join("\n  ", problems));
        }
        return out;
    }

    private static RankingMetrics familyMean(JudgedSet set, Map<String, RankingMetrics> perQuery, String family) {
        return RankingMetrics.mean(set.family(family).stream().map(q -> perQuery.get(q.id())).toList());
    }

    /**
     * One table per metric, a row per engine and a column per family and overall; then what {@code total} counts
     * (remarks matched per query: the compound family shows what exact matching leaves out).
     */
    private static String report(JudgedSet set, Map<String, Map<String, RankingMetrics>> byEngine,
                                 Map<String, Map<String, Long>> totals) {
        StringBuilder out = new StringBuilder("[quality] " + set.queries().size() + " judged queries; at 10:\n");
        List<String> cols = JudgedSet.FAMILIES;
        for (String metric : List.of("recall", "precision", "nDCG")) {
            header(out, set, metric + "@10");
            byEngine.forEach((engine, perQuery) -> row(out, set, perQuery, engine, metric));
        }
        header(out, set, "remarks counted (mean total)");
        totals.forEach((engine, perQuery) -> {
            out.append("| ").append(engine).append(" |");
            for (String c : cols) {
                out.append(' ').append(String.format(Locale.ROOT, "%.1f", set.family(c).stream()
                        .mapToLong(q -> perQuery.get(q.id())).average().orElse(0))).append(" |");
            }
            out.append(' ').append(String.format(Locale.ROOT, "%.1f",
                    perQuery.values().stream().mapToLong(x -> x).average().orElse(0))).append(" |\n");
        });
        return out.toString();
    }

    /**
     * recall@10 of every engine and precision@10 and nDCG@10 of the shipped one, per part of the set
     * ({@code S} lines of judgments.tsv): the queries the engine was developed with and those held out from it,
     * so that a gain on the first that does not show on the second reads as fitting.
     */
    private static String byPart(JudgedSet set, Map<String, Map<String, RankingMetrics>> byEngine) {
        StringBuilder out = new StringBuilder();
        if (set.parts().size() < 2) {
            return "";
        }
        for (String name : set.parts()) {
            JudgedSet part = set.part(name);
            header(out, part, "part " + name + " (" + part.queries().size() + ")");
            byEngine.forEach((engine, perQuery) -> row(out, part, perQuery, "recall@10, " + engine, "recall"));
            row(out, part, byEngine.get(SHIPPED), "precision@10, shipped", "precision");
            row(out, part, byEngine.get(SHIPPED), "nDCG@10, shipped", "nDCG");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, JudgedSet part, Map<String, RankingMetrics> perQuery, String label,
                            String metric) {
        out.append("| ").append(label).append(" |");
        for (String c : JudgedSet.FAMILIES) {
            out.append(' ').append(part.family(c).isEmpty() ? "–" : fmt(pick(familyMean(part, perQuery, c), metric)))
                    .append(" |");
        }
        out.append(' ').append(fmt(pick(RankingMetrics.mean(part.queries().stream().map(q -> perQuery.get(q.id()))
                .toList()), metric))).append(" |\n");
    }

    private static void header(StringBuilder out, JudgedSet set, String title) {
        out.append(String.format("%n| %s |", title));
        JudgedSet.FAMILIES.forEach(c -> out.append(' ').append(c).append(" (").append(set.family(c).size()).append(") |"));
        out.append(" overall |\n|---|").append("---|".repeat(JudgedSet.FAMILIES.size() + 1)).append('\n');
    }

    private static double pick(RankingMetrics m, String metric) {
        return switch (metric) {
            case "recall" -> m.recall();
            case "precision" -> m.precision();
            default -> m.ndcg();
        };
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
