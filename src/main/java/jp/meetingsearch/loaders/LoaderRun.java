package jp.meetingsearch.loaders;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.EsDisk;
import jp.meetingsearch.elasticsearch.EsFailures;
import jp.meetingsearch.elasticsearch.WritesBlockedException;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.ingest.BulkOp;
import jp.meetingsearch.ingest.BulkResult;
import jp.meetingsearch.ingest.BulkSettings;
import jp.meetingsearch.ingest.BulkWriter;
import jp.meetingsearch.ingest.SourceLoader;
import jp.meetingsearch.ingest.SourceUnit;
import jp.meetingsearch.links.ProjectLinker;
import jp.meetingsearch.links.ProjectNames;

/**
 * One run of a loader: parse each input file, write the parsed files in batches, and report. Exit codes:
 * 0 all loaded, 1 some input rejected (the rest loaded), 2 usage, 3 Elasticsearch unreachable.
 */
final class LoaderRun {
    static final int OK = 0;
    static final int SOME_REJECTED = 1;
    static final int USAGE = 2;
    static final int UNAVAILABLE = 3;
    /** How long a stopped loader waits for the batches in flight before it reports and exits. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    /** Turns one file into a unit to write, or throws {@link Rejected}. */
    interface FileParser {
        Parsed parse(Path file, Indices indices) throws Rejected;
    }

    /**
     * A parsed file.
     *
     * @param counts     documents per kind, e.g. {@code remarks → 36}
     * @param rejections parts of the file left out ("file:line: reason"); the rest is loaded
     * @param items      what the file is a table or list of ("rows", "speech items"), or null for a single record
     * @param itemsRead  how many of them the file has, those left out included
     */
    record Parsed(SourceUnit unit, Map<String, Integer> counts, List<String> rejections, List<String> warnings,
                  String items, int itemsRead) {
    }

    /** A whole file that cannot be loaded; the message names file (and line) and reason. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * What a load does once its files are written: link remarks to projects. Gets the sources of the files written;
     * null: nothing was done.
     */
    interface AfterLoad {
        /** Nothing after the load. */
        AfterLoad NONE = (linker, sources) -> null;

        ProjectLinker.Outcome run(ProjectLinker linker, List<String> sources) throws IOException;
    }

    private final String command;
    private final Set<String> endings;
    private final FileParser parser;
    private final PrintStream out;
    private final PrintStream err;
    private final EsConnection shared;
    private AfterLoad afterLoad = AfterLoad.NONE;

    /** @param shared a connection to use (the service's own), or null to open one for this run */
    LoaderRun(String command, Set<String> endings, FileParser parser, PrintStream out, PrintStream err,
              EsConnection shared) {
        this.command = command;
        this.endings = endings;
        this.parser = parser;
        this.out = out;
        this.err = err;
        this.shared = shared;
    }

    /** Sets what runs after the files are written (not in a dry run). */
    LoaderRun then(AfterLoad after) {
        this.afterLoad = after;
        return this;
    }

    int run(AppConfig cfg, ObjectMapper mapper, LoaderOptions opts) {
        Indices indices = new Indices(cfg.indexPrefix());
        List<Path> files = InputFiles.expand(opts.inputs(), endings);
        if (files.isEmpty()) {
            err.println(command + ": no input files found in " + opts.inputs());
            return USAGE;
        }
        if (opts.noReplicas() && !opts.dryRun() && cfg.scale().replicas().isEmpty()) {
            err.println(command + ": --no-replicas needs INDEX_REPLICAS, the replica count to give the indices back "
                    + "after the load");
            return USAGE;
        }
        Report report = new Report();
        try (Writer ndjson = opts.emitNdjson() == null ? null
                : Files.newBufferedWriter(opts.emitNdjson(), StandardCharsets.UTF_8)) {
            if (opts.dryRun()) {
                dryRun(files, indices, report, ndjson);
            } else {
                int code = load(cfg, mapper, files, indices, report, ndjson, opts.noReplicas());
                if (code != OK) {
                    report.print(out, true);
                    return code;
                }
            }
        } catch (IOException e) {
            err.println(command + ": cannot write " + opts.emitNdjson() + ": " + why(e, String.valueOf(opts.emitNdjson())));
            return USAGE;
        }
        report.print(out, !opts.dryRun());
        return report.hasRejections() ? SOME_REJECTED : OK;
    }

    private void dryRun(List<Path> files, Indices indices, Report report, Writer ndjson) throws IOException {
        Progress progress = new Progress(err, files.size());
        for (int i = 0; i < files.size(); i++) {
            progress.update(i, files.get(i).toString());
            Parsed p = parseOne(files.get(i), indices, report);
            if (p != null && ndjson != null) {
                // the same bodies a load would send, cut at the same size
                StringBuilder body = new StringBuilder();
                for (BulkOp op : p.unit().ops()) {
                    body.append(op.ndjson());
                }
                ndjson.write(body.toString());
            }
            if (p != null) {
                report.loaded(files.get(i), p);
            }
        }
        progress.finish();
    }

    private int load(AppConfig cfg, ObjectMapper mapper, List<Path> files, Indices indices, Report report,
                     Writer ndjson, boolean noReplicas) {
        EsConnection es;
        try {
            es = shared != null ? shared : EsConnection.open(cfg, mapper);
        } catch (RuntimeException e) {
            err.println(command + ": Elasticsearch is not available, nothing was written: " + e.getMessage());
            return UNAVAILABLE;
        }
        try {
            Optional<String> refused = prepare(es, cfg, indices);
            if (refused.isPresent()) {
                err.println(command + ": " + refused.get());
                return UNAVAILABLE;
            }
            // request size and requests in flight: see docs/performance.md
            BulkSettings bulk = BulkSettings.of(cfg.bulk());
            BulkWriter writer = new BulkWriter(es.client(), mapper, bulk.maxBytes(), null,
                    ndjson == null ? null : body -> write(ndjson, body));
            Sending sending = send(es, cfg, files, indices, report, noReplicas, bulk, new SourceLoader(es.client(),
                    mapper, writer));
            if (sending.stopped.get()) {
                // the shutdown hook reports; the process ends with it
                return UNAVAILABLE;
            }
            if (sending.failure.get() != null) {
                reportFailure(sending.failure.get(), es, report);
                return UNAVAILABLE;
            }
            return finish(es, mapper, indices, writer, sending.sources, report);
        } finally {
            if (es != shared) {
                es.close();
            }
        }
    }

    /** Why a file could not be written, in words: NIO's exceptions give only the path. */
    static String why(IOException e, String path) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.equals(path) ? e.getClass().getSimpleName() : m;
    }

    /** Checks that the cluster answers and takes writes, with the indices in place; else why nothing was written. */
    private static Optional<String> prepare(EsConnection es, AppConfig cfg, Indices indices) {
        ElasticsearchClient client = es.client();
        try {
            client.cluster().health();
            new IndexBootstrap(client, IndexDefinitions.load(), indices, cfg.scale()).ensureAll();
            Optional<String> block = writeBlock(client, indices);
            return block.map(b -> "nothing was written: " + EsDisk.blockedWrites(client, b));
        } catch (IOException | ElasticsearchException e) {
            return Optional.of("Elasticsearch is unreachable, nothing was written: " + EsFailures.describe(e, es.url()));
        }
    }

    /** The state of the sending: the sources parsed, the first failure of a batch, and whether the run was stopped. */
    private static final class Sending {
        final AtomicReference<Exception> failure = new AtomicReference<>();
        final AtomicBoolean stopped = new AtomicBoolean();
        final List<String> sources = new ArrayList<>();
    }

    /**
     * Parses the files and sends them in batches, parsing on while earlier batches are indexed, with refresh (and
     * replicas) paused for the load; Ctrl-C lets the batches in flight end and prints what was loaded.
     */
    private Sending send(EsConnection es, AppConfig cfg, List<Path> files, Indices indices, Report report,
                         boolean noReplicas, BulkSettings bulk, SourceLoader loader) {
        ElasticsearchClient client = es.client();
        int batchChars = bulk.maxBytes() / 2;
        RefreshPause pause = files.size() >= RefreshPause.MIN_FILES ? RefreshPause.start(client, indices, err)
                : RefreshPause.NONE;
        // each document analysed once instead of once per copy; replicas are then copied as files
        RefreshPause replicas = noReplicas
                ? RefreshPause.withoutReplicas(client, indices, cfg.scale().replicas().getAsInt(), err)
                : RefreshPause.NONE;
        Progress progress = new Progress(err, files.size());
        // at most one batch waits per sender
        ThreadPoolExecutor senders = new ThreadPoolExecutor(bulk.concurrency(), bulk.concurrency(), 0,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), new ThreadPoolExecutor.CallerRunsPolicy());
        Sending sending = new Sending();
        // Ctrl-C: the batches in flight end, refresh is turned back on and the summary says what was loaded
        Runnable cancelHook = es.onShutdown(() -> {
            sending.stopped.set(true);
            senders.shutdown();
            awaitQuietly(senders, STOP_WAIT);
            pause.close();
            replicas.close();
            err.println();
            err.println(command + ": stopped before the end of the input; the files not listed as fully loaded "
                    + "may be partly written: loading the same input again completes them");
            report.print(out, true);
            report.printLoadedFiles(out);
            out.flush();
        });
        try {
            List<Path> batchFiles = new ArrayList<>();
            List<Parsed> batch = new ArrayList<>();
            int batchSize = 0;
            for (int i = 0; i < files.size() && sending.failure.get() == null && !sending.stopped.get(); i++) {
                progress.update(i, files.get(i).toString());
                Parsed p = parseOne(files.get(i), indices, report);
                if (p == null) {
                    continue;
                }
                batchFiles.add(files.get(i));
                batch.add(p);
                sending.sources.add(p.unit().source());
                batchSize += p.unit().ops().stream().mapToInt(op -> op.source() == null ? 64 : op.source().length()).sum();
                if (batchSize >= batchChars) {
                    submit(senders, loader, batchFiles, batch, report, sending.failure);
                    batchFiles = new ArrayList<>();
                    batch = new ArrayList<>();
                    batchSize = 0;
                }
            }
            if (!batch.isEmpty() && sending.failure.get() == null) {
                submit(senders, loader, batchFiles, batch, report, sending.failure);
            }
        } finally {
            senders.shutdown();
            awaitQuietly(senders, null);
            cancelHook.run();
            progress.finish();
            pause.close();
            replicas.close();
        }
        return sending;
    }

    /** Says why the load stopped half-way and which files were loaded whole. */
    private void reportFailure(Exception failure, EsConnection es, Report report) {
        if (failure instanceof WritesBlockedException blocked) {
            err.println(command + ": " + blocked.getMessage());
        } else {
            err.println(command + (failure instanceof IOException ? ": Elasticsearch stopped answering during the load: "
                    : ": Elasticsearch refused a request during the load: ") + EsFailures.describe(failure, es.url()));
            err.println(command + ": the files not listed as fully loaded may be partly written; loading the "
                    + "same input again completes them and leaves no duplicates");
        }
        report.printLoadedFiles(out);
    }

    /** Makes the documents searchable and runs what follows the load (linking remarks to projects). */
    private int finish(EsConnection es, ObjectMapper mapper, Indices indices, BulkWriter writer, List<String> sources,
                       Report report) {
        ElasticsearchClient client = es.client();
        try {
            for (IndexName n : IndexName.values()) {
                client.indices().refresh(r -> r.index(indices.alias(n)));
            }
        } catch (IOException e) {
            err.println(command + ": the documents are written but the final refresh failed: " + e.getMessage());
        }
        try {
            ProjectLinker.Outcome linked = afterLoad.run(new ProjectLinker(client, mapper, indices, writer,
                    ProjectNames.RULES), sources);
            if (linked != null) {
                report.linked(linked);
            }
        } catch (IOException | ElasticsearchException e) {
            err.println(command + ": the documents are written but linking remarks to projects failed (loading "
                    + "again links them): " + EsFailures.describe(e, es.url()));
            return UNAVAILABLE;
        }
        return OK;
    }

    /** The write block on one of the indices (a full disk's read-only block), if there is one. */
    private static Optional<String> writeBlock(ElasticsearchClient client, Indices indices) throws IOException {
        List<String> aliases = new ArrayList<>();
        for (IndexName n : IndexName.values()) {
            aliases.add(indices.alias(n));
        }
        Request r = new Request("GET", "/" + String.join(",", aliases) + "/_settings/index.blocks.*?flat_settings=true");
        JsonNode all = new ObjectMapper().readTree(EsClients.perform(client, r));
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) all::fields) {
            JsonNode settings = e.getValue().path("settings");
            for (String block : List.of("read_only_allow_delete", "read_only", "write")) {
                if (settings.path("index.blocks." + block).asBoolean(false)) {
                    return Optional.of("index [" + e.getKey() + "] has the block index.blocks." + block);
                }
            }
        }
        return Optional.empty();
    }

    private void submit(ThreadPoolExecutor senders, SourceLoader loader, List<Path> files, List<Parsed> batch,
                        Report report, AtomicReference<Exception> failure) {
        senders.execute(() -> {
            if (failure.get() != null) {
                return;
            }
            try {
                BulkResult result = loader.load(batch.stream().map(Parsed::unit).toList());
                report.bulk(result);
                Set<String> refused = result.failedFiles();
                for (int i = 0; i < batch.size(); i++) {
                    if (refused.contains(batch.get(i).unit().source())) {
                        report.partial(files.get(i));
                    } else {
                        report.loaded(files.get(i), batch.get(i));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a refused request too (the search for a source's stale documents): the run stops and says so,
                // rather than losing the batch's files from the report
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Waits for the batches in flight, at most {@code limit} (null: as long as they take). */
    private static void awaitQuietly(ThreadPoolExecutor senders, Duration limit) {
        try {
            if (limit != null) {
                senders.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            while (!senders.awaitTermination(1, TimeUnit.MINUTES)) {
                // a bulk request is bounded by the client's response timeout; keep waiting for it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Parsed parseOne(Path file, Indices indices, Report report) {
        try {
            Parsed p = parser.parse(file, indices);
            p.rejections().forEach(report::rejected);
            p.warnings().forEach(report::warning);
            return p;
        } catch (Rejected e) {
            report.rejected(e.getMessage());
            report.rejectedFile();
            return null;
        } catch (RuntimeException e) {
            report.rejected(file + ": could not be read: " + e);
            report.rejectedFile();
            return null;
        }
    }

    private static void write(Writer w, String body) {
        try {
            w.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts and messages of one run, printed as the summary. */
    static final class Report {
        private final List<Path> loadedFiles = new ArrayList<>();
        /** Files loaded without the parts they had to leave out (rows, meetings): loaded in part, not whole. */
        private final List<Path> leftOutFiles = new ArrayList<>();
        private final List<Path> partialFiles = new ArrayList<>();
        private final Map<String, int[]> items = new LinkedHashMap<>();
        private int rejectedFiles;
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final List<String> rejections = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final BulkResult bulk = new BulkResult();
        private ProjectLinker.Outcome linked;

        synchronized void loaded(Path file, Parsed p) {
            (p.rejections().isEmpty() ? loadedFiles : leftOutFiles).add(file);
            p.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
            if (p.items() != null) {
                int[] n = items.computeIfAbsent(p.items(), k -> new int[2]);
                n[0] += p.itemsRead();
                n[1] += p.rejections().size();
            }
        }

        synchronized void linked(ProjectLinker.Outcome outcome) {
            linked = outcome;
        }

        synchronized void partial(Path file) {
            partialFiles.add(file);
        }

        synchronized void rejectedFile() {
            rejectedFiles++;
        }

        synchronized void rejected(String message) {
            rejections.add(message);
        }

        synchronized void warning(String message) {
            warnings.add(message);
        }

        synchronized void bulk(BulkResult r) {
            bulk.add(r);
        }

        synchronized boolean hasRejections() {
            return !rejections.isEmpty() || !bulk.failures().isEmpty() || !partialFiles.isEmpty()
                    || linked != null && !linked.writes().failures().isEmpty();
        }

        synchronized void printLoadedFiles(PrintStream out) {
            out.println("fully loaded (" + (loadedFiles.size() + leftOutFiles.size()) + " files):");
            loadedFiles.forEach(f -> out.println("  " + f));
            leftOutFiles.forEach(f -> out.println("  " + f + " (without the parts listed as rejected)"));
        }

        synchronized void print(PrintStream out, boolean written) {
            int read = loadedFiles.size() + leftOutFiles.size() + partialFiles.size() + rejectedFiles;
            // a file that had to leave rows or meetings out is loaded in part, never counted as loaded whole
            out.printf("read %d file%s: %d %s, %d partly, %d rejected%n", read, read == 1 ? "" : "s",
                    loadedFiles.size(), written ? "loaded" : "parsed", leftOutFiles.size() + partialFiles.size(),
                    rejectedFiles);
            StringBuilder c = new StringBuilder();
            counts.forEach((k, v) -> c.append(c.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
            out.println((written ? "indexed: " : "parsed: ") + (c.length() == 0 ? "nothing" : c));
            items.forEach((kind, n) -> out.printf("%s: %d read, %d left out%s%n", kind, n[0], n[1],
                    n[1] > 0 ? " (listed under rejected)" : ""));
            if (written) {
                out.printf("documents: %d new, %d replaced, %d stale deleted%s%n", bulk.createdCount(),
                        bulk.updatedCount(), bulk.deletedCount(),
                        bulk.retriedCount() > 0 ? ", " + bulk.retriedCount() + " sent again (429, or a node that left)" : "");
            }
            if (!bulk.notes().isEmpty()) {
                out.println("removed or taken over:");
                bulk.notes().forEach(n -> out.println("  " + n));
            }
            if (linked != null) {
                out.printf("project links: %d remarks linked to listed projects (%d projects listed), links of %d "
                        + "remarks written%n", linked.linked(), linked.projects(), linked.changed());
            }
            List<BulkResult.ItemFailure> linkFailures = linked == null ? List.of() : linked.writes().failures();
            if (!rejections.isEmpty() || !bulk.failures().isEmpty() || !linkFailures.isEmpty()) {
                out.println("rejected:");
                rejections.forEach(r -> out.println("  " + r));
                bulk.failures().forEach(f -> out.println("  " + f));
                linkFailures.forEach(f -> out.println("  links of " + f));
            }
            if (!partialFiles.isEmpty()) {
                out.println("partly loaded (load them again after fixing the cause): " + partialFiles);
            }
            if (!warnings.isEmpty()) {
                out.println("warnings:");
                warnings.forEach(w -> out.println("  " + w));
            }
        }
    }
}
