package jp.meetingsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.corpus.GeneratorOptions;
import jp.meetingsearch.corpus.MinutesGenerator;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.loaders.Loaders;
import jp.meetingsearch.minutes.Minutes;
import jp.meetingsearch.minutes.MinutesParseException;
import jp.meetingsearch.minutes.ParsedMinutes;
import jp.meetingsearch.minutes.RoleTable;

/**
 * Parsing throughput of the minutes parser on a generated corpus (MB/s and remarks/s per format), and, with
 * {@code --index}, the end-to-end loading rate of the same files into Elasticsearch in the same run, so the two
 * can be compared: parsing must never be what limits loading.
 *
 * <pre>java -cp target/tools/meeting-search-tools-0.1.0.jar jp.meetingsearch.bench.ParseBenchmark [--remarks N] [--dir DIR] [--index N]</pre>
 */
public final class ParseBenchmark {
    private ParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int remarks = 400_000;
        Path dir = Path.of("target", "bench-corpus");
        int indexFiles = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--remarks" -> remarks = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--index" -> indexFiles = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: ParseBenchmark [--remarks N] [--dir DIR] [--index FILES]");
                    System.exit(2);
                }
            }
        }
        PrintStream out = System.out;
        SystemInfo.print(out);
        List<Path> files = corpus(dir, remarks, out);
        RoleTable roles = RoleTable.standard();
        out.println("warm-up pass…");
        parseAll(files, roles);
        Result r = parseAll(files, roles);
        out.printf("parse: %d files, %.1f MB, %d remarks in %.2f s%n", files.size(), r.bytes / 1e6, r.remarks, r.seconds);
        out.printf("parse: %.1f MB/s, %.0f remarks/s (one thread)%n", r.bytes / 1e6 / r.seconds, r.remarks / r.seconds);
        r.perFormat.forEach((f, v) -> out.printf("  %-9s %.1f MB/s, %.0f remarks/s%n", f, v[0] / 1e6 / v[2], v[1] / v[2]));
        if (indexFiles > 0) {
            index(files.subList(0, Math.min(indexFiles, files.size())), r, out);
        }
    }

    private static List<Path> corpus(Path dir, int remarks, PrintStream out) throws IOException {
        Path marker = dir.resolve(jp.meetingsearch.corpus.ExpectedCounts.FILE_NAME);
        if (!Files.isRegularFile(marker) || !Files.readString(marker).contains("\"remarks\" : " + remarks)
                && !Files.readString(marker).contains("\"remarks\":" + remarks)) {
            out.printf("generating %d remarks into %s…%n", remarks, dir);
            new MinutesGenerator(GeneratorOptions.parse("--remarks", String.valueOf(remarks), "--seed", "1",
                    "--out", dir.toString(), "--format", "both")).writeTo(dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private record Result(long bytes, long remarks, double seconds, Map<String, double[]> perFormat) {
    }

    private static Result parseAll(List<Path> files, RoleTable roles) throws IOException, MinutesParseException {
        long bytes = 0;
        long remarks = 0;
        Map<String, double[]> perFormat = new TreeMap<>();
        long t0 = System.nanoTime();
        for (Path f : files) {
            long s = System.nanoTime();
            ParsedMinutes p = Minutes.parse(f, null, null, roles);
            long size = Files.size(f);
            double[] v = perFormat.computeIfAbsent(p.meeting().format().value(), k -> new double[3]);
            v[0] += size;
            v[1] += p.remarks().size();
            v[2] += (System.nanoTime() - s) / 1e9;
            bytes += size;
            remarks += p.remarks().size();
        }
        return new Result(bytes, remarks, (System.nanoTime() - t0) / 1e9, perFormat);
    }

    private static void index(List<Path> files, Result parse, PrintStream out) throws IOException {
        Path list = Files.createTempDirectory("bench-load");
        for (Path f : files) {
            Files.createSymbolicLink(list.resolve(f.getFileName()), f.toAbsolutePath());
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        AppConfig cfg = BenchConfig.withIndexPrefix("bench" + System.currentTimeMillis() + "-");
        try (EsConnection es = EsConnection.open(cfg, Json.newMapper())) {
            long t0 = System.nanoTime();
            int code = Loaders.loadMinutes(new String[] {list.toString()}, cfg, Json.newMapper(),
                    new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8), System.err, es);
            double secs = (System.nanoTime() - t0) / 1e9;
            long remarks = es.client().count(c -> c.index(cfg.indexPrefix() + "remarks")).count();
            out.printf("load (parse + bulk, exit %d): %d files, %.1f MB, %d remarks in %.2f s: %.1f MB/s, %.0f remarks/s%n",
                    code, files.size(), bytes / 1e6, remarks, secs, bytes / 1e6 / secs, remarks / secs);
            out.printf("parsing alone is %.1f× faster than loading%n", (parse.remarks / parse.seconds) / (remarks / secs));
            jp.meetingsearch.index.IndexDefinitions defs = jp.meetingsearch.index.IndexDefinitions.load();
            jp.meetingsearch.index.Indices indices = new jp.meetingsearch.index.Indices(cfg.indexPrefix());
            for (jp.meetingsearch.index.IndexName n : jp.meetingsearch.index.IndexName.values()) {
                String idx = indices.concrete(n, defs.get(n).schemaVersion());
                es.client().indices().delete(d -> d.index(idx));
            }
        }
    }
}
