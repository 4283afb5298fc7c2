package jp.meetingsearch.loaders;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.ingest.Documents;
import jp.meetingsearch.minutes.Minutes;
import jp.meetingsearch.minutes.MinutesFormat;
import jp.meetingsearch.minutes.MinutesParseException;
import jp.meetingsearch.minutes.ParsedFile;
import jp.meetingsearch.minutes.ParsedMinutes;
import jp.meetingsearch.projects.ColumnMapping;
import jp.meetingsearch.projects.ProjectCsvReader;
import jp.meetingsearch.projects.ProjectParseResult;
import jp.meetingsearch.speeches.SpeechColumns;
import jp.meetingsearch.text.UnreadableInputException;

/** The two loader commands: {@code load-minutes} and {@code load-projects}. */
public final class Loaders {
    private Loaders() {
    }

    /** What a folder given to load-minutes contributes: every form of minutes the loader reads. */
    static final List<String> MINUTES_ENDINGS = List.of(".txt", ".text", ".html", ".htm", ".pdf", ".docx", ".json");
    /**
     * Tables of speeches, read only through a field mapping. Scripts that carry speech records ({@code .js}) are read
     * when named alone, never picked from a folder, which holds a site's program scripts beside its data.
     */
    static final List<String> SPEECH_TABLE_ENDINGS = List.of(".csv", ".tsv");

    /**
     * {@code load-minutes PATH... [--format F] [--columns MAPPING] [--encoding E] [--dry-run] [--emit-ndjson FILE]};
     * returns the exit code.
     */
    public static int loadMinutes(String[] args, AppConfig cfg, ObjectMapper mapper, PrintStream out, PrintStream err,
                                  EsConnection shared) {
        LoaderOptions opts;
        SpeechColumns columns;
        try {
            Optional<LoaderOptions> o = LoaderOptions.parse("load-minutes", args, Set.copyOf(MinutesFormat.allValues()), true,
                    out);
            if (o.isEmpty()) {
                return LoaderRun.OK;
            }
            opts = o.get();
            columns = opts.columns() == null ? null : SpeechColumns.load(opts.columns());
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("usage: load-minutes PATH... [--format summary|verbatim] [--columns MAPPING] "
                    + "[--encoding utf-8|cp932] [--dry-run] [--emit-ndjson FILE] [--no-replicas]  (--help for more)");
            return LoaderRun.USAGE;
        } catch (UnreadableInputException e) {
            err.println("load-minutes: --columns: " + e.getMessage());
            return LoaderRun.USAGE;
        }
        Set<String> meetingIds = new HashSet<>();
        LoaderRun.FileParser parser = (file, indices) -> {
            ParsedFile<ParsedMinutes> parsed;
            try {
                parsed = Minutes.read(file, InputFiles.sourcePath(file), opts.encoding(), opts.format(), columns);
            } catch (MinutesParseException e) {
                throw new LoaderRun.Rejected(e.getMessage());
            }
            List<String> rejections = new ArrayList<>(parsed.rejections());
            List<ParsedMinutes> kept = new ArrayList<>();
            for (ParsedMinutes m : parsed.meetings()) {
                if (meetingIds.add(m.meeting().id())) {
                    kept.add(m);
                    continue;
                }
                String message = file + ": the same meeting (" + m.meeting().id() + ", " + m.meeting().body() + " "
                        + m.meeting().date() + ") is in another file of this load; load one of them";
                if (parsed.meetings().size() == 1) {
                    throw new LoaderRun.Rejected(message);
                }
                rejections.add(message + ": left out");
            }
            if (kept.isEmpty()) {
                throw new LoaderRun.Rejected(file + ": no meeting to load" + (rejections.isEmpty() ? ""
                        : " (" + String.join("; ", rejections) + ")"));
            }
            String name = file.getFileName().toString();
            List<String> warnings = parsed.warnings().stream().map(w -> w.startsWith(name)
                    || w.startsWith(file.toString()) || w.startsWith(InputFiles.sourcePath(file)) ? w
                    : file + ": " + w).toList();
            int remarks = kept.stream().mapToInt(m -> m.remarks().size()).sum();
            boolean table = SPEECH_TABLE_ENDINGS.stream().anyMatch(e -> name.toLowerCase(Locale.ROOT).endsWith(e));
            String items = parsed.itemsRead() == 0 ? null : table ? "rows" : "speech items";
            return new LoaderRun.Parsed(new Documents(mapper, indices).minutes(InputFiles.sourcePath(file), kept),
                    orderedCounts("meetings", kept.size(), "remarks", remarks), rejections, warnings, items,
                    parsed.itemsRead());
        };
        Set<String> endings = new LinkedHashSet<>(MINUTES_ENDINGS);
        if (columns != null) {
            endings.addAll(SPEECH_TABLE_ENDINGS);
        }
        return new LoaderRun("load-minutes", endings, parser, out, err, shared)
                .then((linker, sources) -> linker.relink(sources))
                .run(cfg, mapper, opts);
    }

    /** {@code load-projects FILE.csv|FILE.xlsx... [--columns MAPPING] [--encoding E] [--dry-run] [--emit-ndjson FILE]}. */
    public static int loadProjects(String[] args, AppConfig cfg, ObjectMapper mapper, PrintStream out, PrintStream err,
                                   EsConnection shared) {
        LoaderOptions opts;
        ColumnMapping mapping;
        try {
            Optional<LoaderOptions> o = LoaderOptions.parse("load-projects", args, Set.of(), true, out);
            if (o.isEmpty()) {
                return LoaderRun.OK;
            }
            opts = o.get();
            mapping = opts.columns() == null ? null : ColumnMapping.load(opts.columns());
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("usage: load-projects FILE.csv|FILE.xlsx... [--columns MAPPING] [--encoding utf-8|cp932] [--dry-run] "
                    + "[--emit-ndjson FILE] [--no-replicas]  (--help for more)");
            err.println("built-in column names: " + ProjectCsvReader.builtInAliases());
            return LoaderRun.USAGE;
        } catch (UnreadableInputException e) {
            err.println("load-projects: --columns: " + e.getMessage());
            return LoaderRun.USAGE;
        }
        // the clock is read once, here: a list reads the same whatever day it is parsed on
        java.time.Year thisYear = java.time.Year.now();
        LoaderRun.FileParser parser = (file, indices) -> {
            ProjectParseResult r;
            try {
                r = ProjectCsvReader.read(file, mapping, opts.encoding(), thisYear);
            } catch (UnreadableInputException e) {
                throw new LoaderRun.Rejected(e.getMessage());
            }
            return new LoaderRun.Parsed(new Documents(mapper, indices).projects(InputFiles.sourcePath(file), r.rows()),
                    Map.of("projects", r.rows().size()),
                    r.rejections().stream().map(Object::toString).toList(), r.warnings(), "rows",
                    r.rows().size() + r.rejections().size());
        };
        // a list changes which project every remark may discuss: all remarks are linked again
        return new LoaderRun("load-projects", Set.of(".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".html", ".htm"),
                parser, out, err, shared)
                .then((linker, sources) -> linker.relink(null))
                .run(cfg, mapper, opts);
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
