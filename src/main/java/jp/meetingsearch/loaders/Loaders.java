package jp.meetingsearch.loaders;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.ingest.Documents;
import jp.meetingsearch.minutes.Minutes;
import jp.meetingsearch.minutes.MinutesFormats;
import jp.meetingsearch.minutes.MinutesParseException;
import jp.meetingsearch.minutes.ParsedMinutes;
import jp.meetingsearch.projects.ColumnMapping;
import jp.meetingsearch.projects.ProjectCsvReader;
import jp.meetingsearch.projects.ProjectParseResult;
import jp.meetingsearch.text.UnreadableInputException;

/** The two loader commands: {@code load-minutes} and {@code load-projects}. */
public final class Loaders {
    private Loaders() {
    }

    /** {@code load-minutes PATH... [--format F] [--encoding E] [--dry-run] [--emit-ndjson FILE]}; returns the exit code. */
    public static int loadMinutes(String[] args, AppConfig cfg, ObjectMapper mapper, PrintStream out, PrintStream err,
                                  EsConnection shared) {
        LoaderOptions opts;
        try {
            opts = LoaderOptions.parse("load-minutes", args, Set.copyOf(MinutesFormats.ALL), false);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("usage: load-minutes PATH... [--format summary|verbatim] [--encoding utf-8|cp932] [--dry-run] "
                    + "[--emit-ndjson FILE] [--no-replicas]");
            return LoaderRun.USAGE;
        }
        Set<String> meetingIds = new HashSet<>();
        LoaderRun.FileParser parser = (file, indices) -> {
            ParsedMinutes parsed;
            try {
                parsed = Minutes.parse(file, opts.encoding(), opts.format());
            } catch (MinutesParseException e) {
                throw new LoaderRun.Rejected(e.getMessage());
            }
            if (!meetingIds.add(parsed.meeting().id())) {
                throw new LoaderRun.Rejected(file + ": the same meeting (" + parsed.meeting().id()
                        + ") is in another file of this load; load one of them");
            }
            List<String> warnings = parsed.warnings().stream().map(w -> w.startsWith(file.getFileName().toString())
                    || w.startsWith(file.toString()) ? w : file + ": " + w).toList();
            return new LoaderRun.Parsed(new Documents(mapper, indices).minutes(parsed),
                    orderedCounts("meetings", 1, "remarks", parsed.remarks().size()), List.of(), warnings);
        };
        return new LoaderRun("load-minutes", Set.of(".txt", ".text"), parser, out, err, shared).run(cfg, mapper, opts);
    }

    /** {@code load-projects FILE.csv... [--columns MAPPING] [--encoding E] [--dry-run] [--emit-ndjson FILE]}. */
    public static int loadProjects(String[] args, AppConfig cfg, ObjectMapper mapper, PrintStream out, PrintStream err,
                                   EsConnection shared) {
        LoaderOptions opts;
        ColumnMapping mapping;
        try {
            opts = LoaderOptions.parse("load-projects", args, Set.of(), true);
            mapping = opts.columns() == null ? null : ColumnMapping.load(opts.columns());
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("usage: load-projects FILE.csv... [--columns MAPPING] [--encoding utf-8|cp932] [--dry-run] "
                    + "[--emit-ndjson FILE] [--no-replicas]");
            err.println("built-in column names: " + ProjectCsvReader.builtInAliases());
            return LoaderRun.USAGE;
        } catch (UnreadableInputException e) {
            err.println("load-projects: --columns: " + e.getMessage());
            return LoaderRun.USAGE;
        }
        LoaderRun.FileParser parser = (file, indices) -> {
            ProjectParseResult r;
            try {
                r = ProjectCsvReader.read(file, mapping, opts.encoding());
            } catch (UnreadableInputException e) {
                throw new LoaderRun.Rejected(e.getMessage());
            }
            String source = file.getFileName().toString();
            return new LoaderRun.Parsed(new Documents(mapper, indices).projects(source, r.rows()),
                    Map.of("projects", r.rows().size()),
                    r.rejections().stream().map(Object::toString).toList(), r.warnings());
        };
        return new LoaderRun("load-projects", Set.of(".csv", ".tsv", ".txt"), parser, out, err, shared).run(cfg, mapper, opts);
    }

    private static Map<String, Integer> orderedCounts(String k1, int v1, String k2, int v2) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /**
     * Loads the sample corpus ({@code loaders/sample}: every minutes file, and the project lists that
     * {@code projects/load.txt} names with their options) through the given connection; returns the worst exit code.
     */
    public static int loadSample(Path sample, AppConfig cfg, ObjectMapper mapper, PrintStream out, PrintStream err,
                                 EsConnection shared) throws java.io.IOException {
        int code = loadMinutes(new String[] {sample.resolve("minutes").toString()}, cfg, mapper, out, err, shared);
        Path projects = sample.resolve("projects");
        for (String line : java.nio.file.Files.readAllLines(projects.resolve("load.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> args = new java.util.ArrayList<>(List.of(line.trim().split("\\s+")));
            args.set(0, projects.resolve(args.get(0)).toString());
            int i = args.indexOf("--columns");
            if (i >= 0 && i + 1 < args.size()) {
                args.set(i + 1, projects.resolve(args.get(i + 1)).normalize().toString());
            }
            code = Math.max(code, loadProjects(args.toArray(String[]::new), cfg, mapper, out, err, shared));
        }
        return code;
    }
}
