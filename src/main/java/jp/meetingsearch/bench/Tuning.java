package jp.meetingsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jp.meetingsearch.ingest.BulkSettings;

/**
 * Chooses the loaders' bulk defaults by measurement: the same bodies replayed at several request sizes and
 * concurrencies into fresh indices, refresh paused as in a load.
 */
final class Tuning {
    static final List<Integer> MEGABYTES = List.of(1, 2, 4, 8, 16);
    static final List<Integer> CONCURRENCY = List.of(1, 2, 3);

    private Tuning() {
    }

    static void run(IngestBench ingest, Path corpus, Path ndjson, long remarks, PrintStream out) throws IOException {
        // the bodies, written once by a dry run of the loader
        ingest.run(corpus, ndjson, remarks, BulkSettings.from(System.getenv()), true);
        long inputBytes = IngestBench.inputBytes(corpus);
        out.println("  tuning: raw _bulk replay, remarks/s by request size (rows) and requests in flight (columns)");
        StringBuilder head = new StringBuilder("     MB");
        CONCURRENCY.forEach(c -> head.append(String.format(Locale.ROOT, " %10s", c + " in flight")));
        out.println(head);
        for (int mb : MEGABYTES) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %5d", mb));
            for (int c : CONCURRENCY) {
                ingest.deleteDataset();
                IngestBench.Rate r = ingest.raw(ndjson, remarks, inputBytes, new BulkSettings(mb << 20, c), true);
                row.append(String.format(Locale.ROOT, " %10.0f", r.remarksPerSecond()));
            }
            out.println(row);
        }
        StringBuilder refreshing = new StringBuilder("  4 MB, refresh every 1 s:");
        for (int c : CONCURRENCY) {
            ingest.deleteDataset();
            IngestBench.Rate r = ingest.raw(ndjson, remarks, inputBytes, new BulkSettings(4 << 20, c), false);
            refreshing.append(String.format(Locale.ROOT, " %10.0f", r.remarksPerSecond()));
        }
        out.println(refreshing);
        ingest.deleteDataset();
    }
}
