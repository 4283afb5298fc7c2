package jp.meetingsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.ingest.BulkSettings;
import jp.meetingsearch.loaders.Loaders;

/**
 * Ingest of one corpus, three ways in one run: the loader's dry run writing the bulk bodies (parse + JSON, no
 * Elasticsearch), those exact bodies replayed straight to {@code _bulk} (Elasticsearch alone), and the loader
 * end to end (parse + JSON + bulk + stale checks). Raw first, so the indices the queries then use are the
 * loader's own.
 */
final class IngestBench {
    /**
     * Seconds and rates of one way of ingesting, and the CPU seconds the node and this process used meanwhile:
     * on a machine shared with other work, CPU per remark varies far less than wall-clock rates.
     */
    record Rate(double seconds, long remarks, long bytes, double nodeCpu, double clientCpu) {
        double remarksPerSecond() {
            return remarks / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        /** CPU milliseconds per remark of the node, then of this process. */
        String cpuPerRemark() {
            return String.format(Locale.ROOT, "CPU per 1k remarks: node %.2f s, loader/replayer %.2f s",
                    nodeCpu * 1000 / remarks, clientCpu * 1000 / remarks);
        }
    }

    /** Wall clock and CPU of the node and of this process since {@link #start}. */
    private final class Clock {
        private final long wall = System.nanoTime();
        private final long node;
        private final long client = processCpuNanos();

        Clock() throws IOException {
            node = info.cpuMillis();
        }

        Rate stop(long remarks, long bytes) throws IOException {
            return new Rate((System.nanoTime() - wall) / 1e9, remarks, bytes, (info.cpuMillis() - node) / 1e3,
                    (processCpuNanos() - client) / 1e9);
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The three ways and the corpus they ran on. */
    record Result(long remarks, long inputBytes, long ndjsonBytes, long textChars, Rate dryRun, Rate raw,
                  Rate loader) {
        double ratio() {
            return loader.remarksPerSecond() / raw.remarksPerSecond();
        }
    }

    /** Enough bulk operations for the node's JIT to compile its indexing path (about a minute here). */
    static final long WARM_UP_OPERATIONS = 60_000;

    private final EsConnection es;
    private final AppConfig cfg;
    private final ObjectMapper mapper;
    private final PrintStream out;
    private final NodeInfo info;

    IngestBench(EsConnection es, AppConfig cfg, ObjectMapper mapper, PrintStream out) {
        this.info = new NodeInfo(es.client(), mapper);
        this.es = es;
        this.cfg = cfg;
        this.mapper = mapper;
        this.out = out;
    }

    /**
     * @param warmUp run the dry run and the raw replay once more before measuring, uncounted: the first pass of
     *               a fresh process or node runs code that the JIT has not compiled yet
     */
    Result run(Path corpus, Path ndjson, long remarks, BulkSettings bulk, boolean warmUp) throws IOException {
        long inputBytes = inputBytes(corpus);
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        String[] dryRunArgs = {corpus.toString(), "--dry-run", "--emit-ndjson", ndjson.toString()};
        if (warmUp) {
            check("dry run", Loaders.loadMinutes(dryRunArgs, cfg, mapper, quiet, quiet, null));
            deleteDataset();
            new IndexBootstrap(es.client(), IndexDefinitions.load(), new Indices(cfg.indexPrefix())).ensureAll();
            BulkReplay.Result w = BulkReplay.replay(es.client(), ndjson, bulk, WARM_UP_OPERATIONS);
            out.printf(Locale.ROOT, "  warm-up (not counted): dry run, then %,d operations replayed at %.0f/s%n",
                    w.operations(), w.operations() / w.seconds());
        }
        Clock clock = new Clock();
        int dry = Loaders.loadMinutes(dryRunArgs, cfg, mapper, quiet, quiet, null);
        Rate dryRun = clock.stop(remarks, inputBytes);
        check("dry run", dry);
        long ndjsonBytes = Files.size(ndjson);
        out.printf(Locale.ROOT, "  parse + JSON (dry run, no Elasticsearch): %6.1f s  %8.0f remarks/s  %6.2f MB/s%n",
                dryRun.seconds(), dryRun.remarksPerSecond(), dryRun.megabytesPerSecond());
        out.println("    " + dryRun.cpuPerRemark());

        deleteDataset();
        Rate raw = raw(ndjson, remarks, inputBytes, bulk, true);
        out.printf(Locale.ROOT, "  raw _bulk replay of the same bodies:      %6.1f s  %8.0f remarks/s  %6.2f MB/s "
                + "(%.1f MB of bulk bodies)%n", raw.seconds(), raw.remarksPerSecond(), raw.megabytesPerSecond(),
                ndjsonBytes / 1e6);
        out.println("    " + raw.cpuPerRemark());

        deleteDataset();
        clock = new Clock();
        int code = Loaders.loadMinutes(new String[] {corpus.toString()}, cfg, mapper, quiet, quiet, es);
        Rate loader = clock.stop(remarks, inputBytes);
        check("loader", code);
        long indexed = es.client().count(c -> c.index(alias(IndexName.REMARKS))).count();
        if (indexed != remarks) {
            throw new IllegalStateException("the loader indexed " + indexed + " remarks, the corpus has " + remarks);
        }
        out.printf(Locale.ROOT, "  loader end to end (parse + bulk):        %6.1f s  %8.0f remarks/s  %6.2f MB/s%n",
                loader.seconds(), loader.remarksPerSecond(), loader.megabytesPerSecond());
        out.println("    " + loader.cpuPerRemark());
        long chars = textChars();
        Result r = new Result(remarks, inputBytes, ndjsonBytes, chars, dryRun, raw, loader);
        out.printf(Locale.ROOT, "  ratio loader/raw %.2f; remark text through analysis end to end: %.0f chars/s%n",
                r.ratio(), chars / loader.seconds());
        return r;
    }

    /** The bodies straight to {@code _bulk} into fresh indices, refresh paused as the loader pauses it (or not). */
    Rate raw(Path ndjson, long remarks, long inputBytes, BulkSettings bulk, boolean pauseRefresh) throws IOException {
        ElasticsearchClient client = es.client();
        Indices indices = new Indices(cfg.indexPrefix());
        IndexDefinitions defs = IndexDefinitions.load();
        new IndexBootstrap(client, defs, indices).ensureAll();
        Clock clock = new Clock();
        if (pauseRefresh) {
            setRefresh(indices, n -> "-1");
        }
        BulkReplay.Result r = BulkReplay.replay(client, ndjson, bulk);
        setRefresh(indices, n -> defs.get(n).body().at("/settings/refresh_interval").asText("1s"));
        for (IndexName n : IndexName.values()) {
            client.indices().refresh(x -> x.index(indices.alias(n)));
        }
        if (r.failedItems() > 0) {
            throw new IllegalStateException(r.failedItems() + " bulk items failed in the raw replay");
        }
        return clock.stop(remarks, inputBytes);
    }

    private void setRefresh(Indices indices, java.util.function.Function<IndexName, String> interval)
            throws IOException {
        for (IndexName n : IndexName.values()) {
            String value = interval.apply(n);
            es.client().indices().putSettings(p -> p.index(indices.alias(n))
                    .settings(s -> s.refreshInterval(t -> t.time(value))));
        }
    }

    /** Deletes every index of the benchmark's dataset (its prefix). */
    void deleteDataset() throws IOException {
        // by name: wildcard deletes are refused (action.destructive_requires_name)
        var listing = mapper.readTree(EsClients.perform(es.client(), new Request("GET",
                "/_cat/indices/" + cfg.indexPrefix() + "*?format=json&h=index&expand_wildcards=all")));
        for (var row : listing) {
            String index = row.path("index").asText();
            es.client().indices().delete(d -> d.index(index));
        }
    }

    String alias(IndexName n) {
        return new Indices(cfg.indexPrefix()).alias(n);
    }

    /** Characters of remark text indexed (the sum of {@code chars}). */
    private long textChars() throws IOException {
        var answer = es.client().search(s -> s.index(alias(IndexName.REMARKS)).size(0)
                .aggregations("chars", a -> a.sum(x -> x.field("chars"))), Void.class);
        return Math.round(answer.aggregations().get("chars").sum().value());
    }

    private static void check(String what, int code) {
        if (code != 0) {
            throw new IllegalStateException(what + " exited with " + code);
        }
    }

    static long inputBytes(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            List<Path> texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).toList();
            long sum = 0;
            for (Path p : texts) {
                sum += Files.size(p);
            }
            return sum;
        }
    }

}
