package jp.meetingsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.corpus.ExpectedCounts;
import jp.meetingsearch.corpus.GeneratorOptions;
import jp.meetingsearch.corpus.MinutesGenerator;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.ingest.BulkSettings;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.loaders.Loaders;
import jp.meetingsearch.corpus.ProjectListGenerator;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.search.SynonymFile;
import jp.meetingsearch.themes.Taxonomy;
import jp.meetingsearch.themes.ThemeTagger;

/**
 * The service benchmark: for each corpus size, ingest (loader next to raw {@code _bulk} of the same bodies), query
 * latency (API next to the same Elasticsearch requests), index size and heap, then a scaling table. It runs its
 * own local node on its own port and data folder ({@code ES_HEAP} sets its heap) and deletes its indices at the
 * end. See docs/performance.md for the command and the figures.
 */
public final class Benchmark {
    static final String USAGE = """
            usage: loaders/bench [--sizes 10000,100000,1000000] [--corpus DIR] [--port 9277] [--rate 4]
                                 [--seconds 20] [--blocks 2] [--tune [--rounds 3]] [--no-query] [--no-untagged]
                                 [--keep] [--reuse] [--breakdown]
              --sizes    remark counts of the generated corpora, one run each (smallest first)
              --corpus   where the corpora and bulk bodies are generated (default target/bench-corpus)
              --port     HTTP port of the benchmark's own Elasticsearch node on 127.0.0.1
              --rate     requests per second of each open-loop series (API and direct alike)
              --seconds  seconds of load per series and query; --blocks alternates API and direct that often
              --tune     on the first size, replay the bulk bodies at several request sizes, concurrencies and
                         refresh settings, --rounds times each, interleaved
              --no-query ingest figures only
              --no-untagged  skip the theme queries measured between the load and the tagging of its remarks
              --keep     leave the last size's indices in place (prefix bench-)
              --reuse    queries only, over the tagged indices a --keep run left (one size, which they must
                         hold); nothing is loaded, tagged or deleted: to compare two builds on the same data
              --breakdown  before each query's series, what each of its Elasticsearch requests costs alone (and
                         each search of an _msearch as its own _search)""";

    /** Command-line options. */
    record Options(List<Integer> sizes, Path corpus, int port, double rate, int seconds, int blocks, boolean tune,
                   int rounds, boolean query, boolean untagged, boolean keep, boolean reuse, boolean breakdown) {

        static Options parse(String... args) {
            List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
            Path corpus = Path.of("target", "bench-corpus");
            int port = 9277;
            double rate = 4;
            int seconds = 20;
            int blocks = 2;
            boolean tune = false;
            int rounds = 3;
            boolean query = true;
            boolean untagged = true;
            boolean keep = false;
            boolean reuse = false;
            boolean breakdown = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--sizes" -> sizes = java.util.Arrays.stream(value(args, ++i, a).split(","))
                            .map(s -> Integer.parseInt(s.trim().replace("_", ""))).sorted().toList();
                    case "--corpus" -> corpus = Path.of(value(args, ++i, a));
                    case "--port" -> port = Integer.parseInt(value(args, ++i, a));
                    case "--rate" -> rate = Double.parseDouble(value(args, ++i, a));
                    case "--seconds" -> seconds = Integer.parseInt(value(args, ++i, a));
                    case "--blocks" -> blocks = Integer.parseInt(value(args, ++i, a));
                    case "--tune" -> tune = true;
                    case "--rounds" -> rounds = Integer.parseInt(value(args, ++i, a));
                    case "--no-query" -> query = false;
                    case "--no-untagged" -> untagged = false;
                    case "--keep" -> keep = true;
                    case "--reuse" -> reuse = true;
                    case "--breakdown" -> breakdown = true;
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (sizes.isEmpty() || sizes.getFirst() < 100 || rate <= 0 || seconds < 1 || blocks < 1) {
                throw new IllegalArgumentException("sizes ≥ 100, rate > 0, seconds ≥ 1 and blocks ≥ 1 please");
            }
            if (reuse && (sizes.size() != 1 || tune || !query)) {
                throw new IllegalArgumentException("--reuse measures the queries of one size: one --sizes value, "
                        + "no --tune or --no-query");
            }
            return new Options(sizes, corpus, port, rate, seconds, blocks, tune, rounds, query, untagged, keep,
                    reuse, breakdown);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** Everything measured at one size, for the scaling table. */
    record SizeResult(int size, IngestBench.Result ingest, long storeBytes, long heapUsed, int segments,
                      TagRun tagging, List<QueryBench.Row> untagged, List<QueryBench.Row> queries) {
    }

    /** The tagging of the loaded remarks' themes: how long, and the CPU the node and the tagger used. */
    record TagRun(long remarks, double seconds, double nodeCpu, double clientCpu, long storeBytes) {
        double remarksPerSecond() {
            return remarks / seconds;
        }
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        PrintStream out = System.out;
        ObjectMapper mapper = Json.newMapper();
        AppConfig cfg = BenchConfig.benchNode(options.port());
        BulkSettings bulk = BulkSettings.of(cfg.bulk());
        SystemInfo.print(out);
        out.printf(Locale.ROOT, "bulk requests: %d MB, %d in flight (BULK_MAX_MB, BULK_CONCURRENCY); refresh paused "
                + "during loads of %d files or more%n", bulk.maxBytes() >> 20, bulk.concurrency(), 20);
        KuromojiFloor.print(out);
        try (EsConnection es = EsConnection.open(cfg, mapper)) {
            NodeInfo node = new NodeInfo(es.client(), mapper);
            out.println("node: " + es.url() + ", " + node.describe() + ", data in " + cfg.localNode().dataDir());
            IngestBench ingest = new IngestBench(es, cfg, mapper, out);
            if (options.reuse()) {
                reuse(options, cfg, mapper, es, node, ingest, out);
                return;
            }
            ingest.deleteDataset();
            List<SizeResult> results = new ArrayList<>();
            for (int i = 0; i < options.sizes().size(); i++) {
                int size = options.sizes().get(i);
                results.add(runSize(options, cfg, mapper, es, node, ingest, bulk, size, i == 0));
                if (!options.keep() || i < options.sizes().size() - 1) {
                    ingest.deleteDataset();
                }
            }
            Scaling.print(out, results);
        }
    }

    private static SizeResult runSize(Options options, AppConfig cfg, ObjectMapper mapper, EsConnection es,
                                      NodeInfo node, IngestBench ingest, BulkSettings bulk, int size, boolean first)
            throws IOException {
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%n== %,d remarks ==%n", size);
        Path corpus = corpus(options.corpus(), size, out);
        Path ndjson = options.corpus().resolve("r" + size + ".ndjson");
        if (options.tune() && first) {
            Tuning.run(ingest, corpus, ndjson, size, options.rounds(), bulk, out);
        }
        IngestBench.Result r = ingest.run(corpus, ndjson, size, bulk, first && !options.tune());
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        Path projects = projects(options.corpus(), size);
        int code = Loaders.loadProjects(new String[] {projects.toString()}, cfg, mapper, quiet, quiet, es);
        if (code != 0) {
            throw new IllegalStateException("loading the generated project list exited with " + code);
        }
        String remarks = ingest.alias(IndexName.REMARKS);
        long store = node.storeBytes(remarks);
        int segments = node.segments(remarks);
        long heap = node.heapUsed();
        out.printf(Locale.ROOT, "  remarks index: %.1f MB on disk (%.0f bytes per remark), %d segments; node heap "
                        + "in use %.0f MB; Lucene %s%n", store / 1e6, store / (double) size, segments, heap / 1e6,
                node.luceneVersion(remarks));
        Taxonomy taxonomy = new Taxonomy(cfg.search().themesFile());
        List<QueryBench.Row> untagged = List.of();
        if (options.query() && options.untagged()) {
            out.println("  before tagging (the loaded remarks wait for their theme tags: rules' queries count them):");
            untagged = queries(options, cfg, mapper, es, out, taxonomy, true);
        }
        TagRun tagging = tag(es, cfg, mapper, taxonomy, node, size, out);
        List<QueryBench.Row> rows = List.of();
        if (options.query()) {
            rows = queries(options, cfg, mapper, es, out, taxonomy, false);
        }
        return new SizeResult(size, r, store, heap, segments, tagging, untagged, rows);
    }

    /** The queries alone over the indices a {@code --keep} run left, which must hold the size's remarks, tagged. */
    private static void reuse(Options options, AppConfig cfg, ObjectMapper mapper, EsConnection es, NodeInfo node,
                              IngestBench ingest, PrintStream out) throws IOException {
        int size = options.sizes().getFirst();
        String remarks = ingest.alias(IndexName.REMARKS);
        long held = es.client().count(c -> c.index(remarks)).count();
        Taxonomy taxonomy = new Taxonomy(Path.of(Taxonomy.DEFAULT_FILE));
        long pending = es.client().count(c -> c.index(remarks)
                .query(q -> q.term(t -> t.field(jp.meetingsearch.themes.TagFields.PENDING).value(true)))).count();
        if (held != size || pending > 0) {
            throw new IllegalStateException(remarks + " holds " + held + " remarks (" + pending + " waiting for their "
                    + "theme tags): --reuse needs the " + size + " tagged remarks of a run with --keep");
        }
        out.printf(Locale.ROOT, "%n== %,d remarks (reused indices: %.1f MB on disk, %d segments) ==%n", size,
                node.storeBytes(remarks) / 1e6, node.segments(remarks));
        // the taxonomy's tags are verified as a tagging pass leaves them (it finds nothing to do)
        tag(es, cfg, mapper, taxonomy, node, size, out);
        queries(options, cfg, mapper, es, out, taxonomy, false);
    }

    /** Tags the themes of every loaded remark as the service's tagger does, unthrottled, and prints the cost. */
    static TagRun tag(EsConnection es, AppConfig cfg, ObjectMapper mapper, Taxonomy taxonomy, NodeInfo node, long size,
                      PrintStream out) throws IOException {
        Indices indices = new Indices(cfg.indexPrefix());
        long cpu = node.cpuMillis();
        long client = IngestBench.processCpuNanos();
        long t0 = System.nanoTime();
        boolean done;
        try (ThemeTagger tagger = new ThemeTagger(es.client(), indices, taxonomy, mapper, 0)) {
            done = tagger.tagAll(Duration.ofHours(6));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        TagRun run = new TagRun(taxonomy.tags().progress().remarksTagged(), seconds, (node.cpuMillis() - cpu) / 1e3,
                (IngestBench.processCpuNanos() - client) / 1e9, node.storeBytes(indices.alias(IndexName.REMARKS)));
        if (!done) {
            throw new IllegalStateException("the themes were not tagged within 6 hours: " + taxonomy.tags().progress());
        }
        if (run.remarks() == 0) {
            // reused indices, tagged already: the tagger's start-up is no cost per remark
            out.printf(Locale.ROOT,
                    "  theme tags: every remark tagged already (checked in %.1f s); remarks index %.1f MB%n",
                    seconds, run.storeBytes() / 1e6);
            return run;
        }
        out.printf(Locale.ROOT, "  theme tags: %,d remarks tagged in %.1f s (%.0f remarks/s); CPU per 1k remarks: "
                        + "node %.2f s, tagger %.2f s; remarks index now %.1f MB%n", run.remarks(), seconds,
                run.remarksPerSecond(), run.nodeCpu() * 1000 / run.remarks(),
                run.clientCpu() * 1000 / run.remarks(), run.storeBytes() / 1e6);
        return run;
    }

    private static List<QueryBench.Row> queries(Options options, AppConfig cfg, ObjectMapper mapper, EsConnection es,
                                                PrintStream out, Taxonomy taxonomy, boolean themesOnly)
            throws IOException {
        Indices indices = new Indices(cfg.indexPrefix());
        // the request cache would answer repeated aggregations from memory: off, for the API and direct alike
        for (IndexName n : IndexName.values()) {
            Request r = new Request("PUT", "/" + indices.alias(n) + "/_settings");
            r.setJsonEntity("{\"index.requests.cache.enable\": false}");
            EsClients.perform(es.client(), r);
        }
        List<QueryBench.Scenario> scenarios = scenarios(es.client(), indices, cfg.scale().facetSample() > 0);
        if (themesOnly) {
            scenarios = scenarios.stream().filter(QueryBench.Scenario::themes).toList();
        }
        // the service's settings (FACET_SAMPLE_SIZE), and the taxonomy whose tags the tagger verified
        SearchSettings settings = SearchSettings.of(cfg);
        SynonymFile synonyms = ApiServer.Services.synonymFile(settings);
        try (RequestCapture capture = RequestCapture.start(es.url())) {
            ElasticsearchClient proxied = EsClients.create(capture.url(), cfg, mapper);
            Javalin api = ApiServer.create(cfg, mapper, ApiServer.Services.forCluster(es.client(), mapper, indices,
                    settings, taxonomy, synonyms)).start("127.0.0.1", 0);
            Javalin captureApi = ApiServer.create(cfg, mapper, ApiServer.Services.forCluster(proxied, mapper, indices,
                    settings, taxonomy, synonyms)).start("127.0.0.1", 0);
            try {
                out.printf(Locale.ROOT, "  queries: open loop at %.1f/s per series, %d s each, in %d alternating "
                        + "blocks; request cache off; facets sampled beyond %,d matches%n", options.rate(),
                        options.seconds(), options.blocks(), cfg.scale().facetSample());
                QueryBench bench = new QueryBench(URI.create("http://127.0.0.1:" + api.port()),
                        URI.create("http://127.0.0.1:" + captureApi.port()), capture, es.client(),
                        new QueryBench.Plain(indices.alias(IndexName.REMARKS), PLAIN_WORD), out, options.breakdown());
                return bench.run(scenarios, new QueryBench.Load(options.rate(), Duration.ofSeconds(options.seconds()),
                        options.blocks(), 256));
            } finally {
                api.stop();
                captureApi.stop();
                proxied._transport().close();
            }
        }
    }

    /**
     * The API calls measured. The rare word is the name of a speaker who speaks least, found in the data (its
     * frequency then stays low at every size); the common word and the phrase occur in much of the corpus.
     */
    static List<QueryBench.Scenario> scenarios(ElasticsearchClient client, Indices indices, boolean sampled)
            throws IOException {
        var answer = client.search(s -> s.index(indices.alias(IndexName.REMARKS)).size(0)
                .aggregations("rare", a -> a.terms(t -> t.field("speaker").size(1)
                        .order(co.elastic.clients.util.NamedValue.of("_count",
                                co.elastic.clients.elasticsearch._types.SortOrder.Asc)))), Void.class);
        var buckets = answer.aggregations().get("rare").sterms().buckets().array();
        String rare = buckets.isEmpty() ? "図書館" : buckets.getFirst().key().stringValue();
        List<QueryBench.Scenario> out = new ArrayList<>(List.of(
                new QueryBench.Scenario("search rare", "/api/search?facets=false&q=" + enc(rare), 1, false),
                new QueryBench.Scenario("search common", "/api/search?facets=false&q=" + enc(PLAIN_WORD), 1, false),
                new QueryBench.Scenario("search phrase", "/api/search?facets=false&q=" + enc("\"市民の皆様\""), 1, false),
                new QueryBench.Scenario("search+facets", "/api/search?q=" + enc(PLAIN_WORD), 1, true)));
        if (sampled) {
            out.add(new QueryBench.Scenario("search+facets exact", "/api/search?facets=exact&q=" + enc(PLAIN_WORD),
                    1, true));
        }
        out.addAll(List.of(
                new QueryBench.Scenario("themes counts", "/api/themes", 0.5, true),
                new QueryBench.Scenario("projects yearly", "/api/projects/yearly", 1, false),
                new QueryBench.Scenario("themes matrix", "/api/themes/matrix?by=role", 0.5, true)));
        if (sampled) {
            out.add(new QueryBench.Scenario("themes matrix exact", "/api/themes/matrix?by=role&exact=true", 0.5,
                    true));
        }
        out.add(new QueryBench.Scenario("role keywords", "/api/roles/" + enc("委員") + "/keywords", 0.125, false));
        return out;
    }

    /** The common word of the searches, and of the plain match query every call is compared with. */
    static final String PLAIN_WORD = "地域";

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The corpus of {@code size} remarks, generated unless the folder already holds it. */
    static Path corpus(Path root, int size, PrintStream out) throws IOException {
        Path dir = root.resolve("r" + size);
        Path counts = dir.resolve(ExpectedCounts.FILE_NAME);
        if (Files.isRegularFile(counts)
                && Json.newMapper().readTree(counts.toFile()).path("remarks").asLong() == size) {
            return dir;
        }
        out.printf(Locale.ROOT, "  generating %,d remarks into %s…%n", size, dir);
        MinutesGenerator.Report report = new MinutesGenerator(GeneratorOptions.parse("--remarks",
                Integer.toString(size), "--seed", "1", "--out", dir.toString())).writeTo(dir);
        out.printf(Locale.ROOT, "  generated %d files, %.1f MB in %.1f s%n", report.meetings(), report.bytes() / 1e6,
                report.millis() / 1000.0);
        return dir;
    }

    /** A project list of one row per 50 remarks (at least 200), 2009–2025, beside the corpus. */
    static Path projects(Path root, int size) throws IOException {
        Path file = root.resolve("projects-" + size + ".csv");
        if (!Files.isRegularFile(file)) {
            ProjectListGenerator.write(file, Math.max(200, size / 50), 2009, 17, 1);
        }
        return file;
    }
}
