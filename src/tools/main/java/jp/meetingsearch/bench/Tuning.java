package jp.meetingsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.meetingsearch.ingest.BulkSettings;

/**
 * Chooses the loaders' bulk defaults by measurement: the same bodies replayed at several request sizes,
 * concurrencies and refresh settings into fresh indices. Every setting runs once per round and the rounds repeat,
 * so that other load on the machine falls on all settings alike; medians are printed.
 */
final class Tuning {
    /** One setting tried. */
    record Setting(int megabytes, int concurrency, boolean pauseRefresh) {
        String label() {
            return String.format(Locale.ROOT, "%2d MB, %d in flight, refresh %s", megabytes, concurrency,
                    pauseRefresh ? "paused" : "1 s");
        }
    }

    static final List<Setting> SETTINGS = List.of(
            new Setting(2, 1, true), new Setting(4, 1, true), new Setting(8, 1, true), new Setting(16, 1, true),
            new Setting(2, 2, true), new Setting(4, 2, true), new Setting(8, 2, true),
            new Setting(4, 1, false), new Setting(4, 2, false));

    private Tuning() {
    }

    static void run(IngestBench ingest, Path corpus, Path ndjson, long remarks, int rounds, BulkSettings bulk,
            PrintStream out) throws IOException {
        // the bodies, written once by a dry run of the loader (the run also warms the node up)
        ingest.run(corpus, ndjson, remarks, bulk, true);
        long inputBytes = IngestBench.inputBytes(corpus);
        List<List<IngestBench.Rate>> rates = new ArrayList<>();
        SETTINGS.forEach(s -> rates.add(new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < SETTINGS.size(); i++) {
                Setting s = SETTINGS.get(i);
                ingest.deleteDataset();
                rates.get(i).add(ingest.raw(ndjson, remarks, inputBytes,
                        new BulkSettings(s.megabytes() << 20, s.concurrency()), s.pauseRefresh()));
            }
        }
        ingest.deleteDataset();
        out.printf(Locale.ROOT, "  tuning: raw _bulk replay of %,d remarks, median of %d rounds%n", remarks, rounds);
        out.printf(Locale.ROOT, "  %-36s %10s %10s %16s%n", "setting", "remarks/s", "(min–max)", "node CPU s/1k");
        for (int i = 0; i < SETTINGS.size(); i++) {
            List<IngestBench.Rate> r = rates.get(i);
            out.printf(Locale.ROOT, "  %-36s %10.0f %10s %16.2f%n", SETTINGS.get(i).label(),
                    median(r.stream().mapToDouble(IngestBench.Rate::remarksPerSecond).toArray()),
                    String.format(Locale.ROOT, "%.0f–%.0f",
                            r.stream().mapToDouble(IngestBench.Rate::remarksPerSecond).min().orElse(0),
                            r.stream().mapToDouble(IngestBench.Rate::remarksPerSecond).max().orElse(0)),
                    median(r.stream().mapToDouble(x -> x.nodeCpu() * 1000 / x.remarks()).toArray()));
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
