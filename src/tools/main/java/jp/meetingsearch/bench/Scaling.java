package jp.meetingsearch.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The scaling table: each figure at each corpus size, and between consecutive sizes the log-log slope
 * {@code Δlog(figure) / Δlog(size)}: 0 means it does not grow with the corpus, 1 that it grows in proportion.
 */
final class Scaling {
    /** One column of the table: a name and how to read it from a size's results. */
    record Column(String name, ToDoubleFunction<Benchmark.SizeResult> value) {
    }

    private Scaling() {
    }

    /** The slope of log(y) against log(x) between two points; NaN where a value is not positive. */
    static double slope(double x1, double y1, double x2, double y2) {
        if (x1 <= 0 || x2 <= 0 || y1 <= 0 || y2 <= 0 || x1 == x2) {
            return Double.NaN;
        }
        return (Math.log(y2) - Math.log(y1)) / (Math.log(x2) - Math.log(x1));
    }

    static List<Column> columns(List<Benchmark.SizeResult> results) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("loader r/s", r -> r.ingest().loader().remarksPerSecond()));
        columns.add(new Column("raw r/s", r -> r.ingest().raw().remarksPerSecond()));
        columns.add(new Column("ratio", r -> r.ingest().ratio()));
        columns.add(new Column("index MB", r -> r.storeBytes() / 1e6));
        columns.add(new Column("heap MB", r -> r.heapUsed() / 1e6));
        columns.add(new Column("tagging r/s", r -> r.tagging().remarksPerSecond()));
        columns.add(new Column("tagging node CPU s/1k", r -> r.tagging().nodeCpu() * 1000 / r.tagging().remarks()));
        columns.add(new Column("index MB tagged", r -> r.tagging().storeBytes() / 1e6));
        int queries = results.stream().mapToInt(r -> r.queries().size()).min().orElse(0);
        for (int q = 0; q < queries; q++) {
            int i = q;
            String name = results.getFirst().queries().get(i).scenario().name();
            columns.add(new Column(name + " API p50", r -> r.queries().get(i).api().p50()));
            columns.add(new Column(name + " API p99", r -> r.queries().get(i).api().p99()));
            columns.add(new Column(name + " × plain", r -> r.queries().get(i).timesPlain()));
            columns.add(new Column(name + " API + ms paired", r -> r.queries().get(i).paired().p50()));
        }
        return columns;
    }

    static void print(PrintStream out, List<Benchmark.SizeResult> results) {
        if (results.isEmpty()) {
            return;
        }
        out.println();
        out.println("== scaling (figures per size; slope = Δlog(figure)/Δlog(remarks) to the next size) ==");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-32s", "figure"));
        for (Benchmark.SizeResult r : results) {
            head.append(String.format(Locale.ROOT, " %12s", String.format(Locale.ROOT, "%,d", r.size())));
        }
        for (int i = 1; i < results.size(); i++) {
            head.append(String.format(Locale.ROOT, " %9s", "slope " + i));
        }
        out.println(head);
        for (Column c : columns(results)) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-32s", c.name()));
            for (Benchmark.SizeResult r : results) {
                row.append(String.format(Locale.ROOT, " %12.2f", c.value().applyAsDouble(r)));
            }
            for (int i = 1; i < results.size(); i++) {
                Benchmark.SizeResult a = results.get(i - 1);
                Benchmark.SizeResult b = results.get(i);
                row.append(String.format(Locale.ROOT, " %9.2f", slope(a.size(), c.value().applyAsDouble(a), b.size(),
                        c.value().applyAsDouble(b))));
            }
            out.println(row);
        }
    }
}
