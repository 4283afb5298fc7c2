package jp.meetingsearch.fidelity;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jp.meetingsearch.minutes.Meeting;
import jp.meetingsearch.minutes.Minutes;
import jp.meetingsearch.minutes.MinutesParseException;
import jp.meetingsearch.minutes.ParsedFile;
import jp.meetingsearch.minutes.ParsedMinutes;
import jp.meetingsearch.minutes.Remark;
import jp.meetingsearch.speeches.SpeechColumns;
import jp.meetingsearch.text.UnreadableInputException;

/**
 * Measures the parsers on records with expectations: every file {@code x.<ext>} beside an {@code x.turns.tsv} is
 * read through {@link Minutes#read} (so every form the loaders read is measured, every meeting of a file in
 * order), its turns aligned to the expected ones ({@link TurnAlignment}) and counted. The family of a record is
 * the folder it is in.
 */
public final class Fidelity {
    private Fidelity() {
    }

    /** The share of turns right below which a family fails. */
    public static final double REQUIRED = 0.98;

    /** The figures of one record (one form of it): {@code refused} holds the parser's refusal, if any. */
    public record RecordResult(Path file, String family, int expected, int right, int wrong, int missed, int extra,
                               int merged, int warnings, int fieldsRight, int fields, String refused,
                               List<String> details) {
        public RecordResult {
            details = List.copyOf(details);
        }

        String form() {
            String name = file.getFileName().toString();
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    /** Sums of several records. */
    public record Totals(int records, int expected, int right, int wrong, int missed, int extra, int merged,
                         int warnings, int refused) {
        static Totals of(List<RecordResult> rs) {
            int e = 0;
            int r = 0;
            int w = 0;
            int mi = 0;
            int x = 0;
            int me = 0;
            int wa = 0;
            int re = 0;
            for (RecordResult rr : rs) {
                e += rr.expected();
                r += rr.right();
                w += rr.wrong();
                mi += rr.missed();
                x += rr.extra();
                me += rr.merged();
                wa += rr.warnings();
                re += rr.refused() == null ? 0 : 1;
            }
            return new Totals(rs.size(), e, r, w, mi, x, me, wa, re);
        }

        /** Turns right over turns expected (1 when none are expected). */
        public double share() {
            return expected == 0 ? 1.0 : (double) right / expected;
        }
    }

    /**
     * Every record under the given folders, measured, in path order; a record file given itself is measured alone
     * against the expectations beside it.
     */
    public static List<RecordResult> measure(List<Path> roots) throws IOException {
        List<RecordResult> out = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (Path root : roots) {
            String name = root.getFileName() == null ? "" : root.getFileName().toString();
            if (!Files.isRegularFile(root) || name.endsWith(ExpectedTurns.SUFFIX)) {
                folders.add(root);
                continue;
            }
            int dot = name.lastIndexOf('.');
            Path expectations = root.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ExpectedTurns.SUFFIX);
            if (!Files.isRegularFile(expectations)) {
                throw new IOException(root + ": no expectations " + expectations.getFileName() + " beside it");
            }
            out.add(measure(root, ExpectedTurns.read(expectations)));
        }
        for (Path expectations : expectationFiles(folders)) {
            ExpectedTurns expected = ExpectedTurns.read(expectations);
            List<Path> records = recordsOf(expectations, expected.columns());
            if (records.isEmpty()) {
                throw new IOException(expectations + ": no record beside it (x.txt, x.html, x.json … for x"
                        + ExpectedTurns.SUFFIX + ")");
            }
            for (Path record : records) {
                out.add(measure(record, expected));
            }
        }
        return out;
    }

    /** One record against its expectations. */
    public static RecordResult measure(Path record, ExpectedTurns expected) {
        String family = record.toAbsolutePath().getParent().getFileName().toString();
        ParsedFile<ParsedMinutes> parsed;
        try {
            SpeechColumns columns = expected.columns() == null ? null : SpeechColumns.load(expected.columns());
            parsed = Minutes.read(record, record.toString(), null, null, columns);
        } catch (UnreadableInputException e) {
            int n = expected.turns().size();
            return new RecordResult(record, family, n, 0, 0, n, 0, 0, 0, 0, expected.meeting().size(),
                    "field mapping: " + e.getMessage(), List.of("refused: field mapping: " + e.getMessage()));
        } catch (MinutesParseException e) {
            int n = expected.turns().size();
            return new RecordResult(record, family, n, 0, 0, n, 0, 0, 0, 0, expected.meeting().size(), e.getMessage(),
                    List.of("refused: " + e.getMessage()));
        } catch (RuntimeException e) {
            // a fault of the parser's on this record, as the loader reports it: measured as a refusal, the other
            // records still measured
            int n = expected.turns().size();
            String reason = record + ": could not be read: " + e;
            return new RecordResult(record, family, n, 0, 0, n, 0, 0, 0, 0, expected.meeting().size(), reason,
                    List.of("refused: " + reason));
        }
        if (parsed.meetings().isEmpty()) {
            int n = expected.turns().size();
            String reason = "no meeting read: " + String.join("; ", parsed.rejections());
            return new RecordResult(record, family, n, 0, 0, n, 0, 0, parsed.warnings().size(), 0,
                    expected.meeting().size(), reason, List.of("refused: " + reason));
        }
        // a file of several meetings (an export) is measured as their turns in order
        List<TurnRow> actual = new ArrayList<>();
        for (ParsedMinutes m : parsed.meetings()) {
            for (Remark r : m.remarks()) {
                actual.add(TurnRow.of(r));
            }
        }
        Meeting first = parsed.meetings().getFirst().meeting();
        TurnAlignment.Result a = TurnAlignment.align(expected.turns(), actual);
        List<String> details = new ArrayList<>();
        int fieldsRight = 0;
        for (Map.Entry<String, String> f : expected.meeting().entrySet()) {
            String got = field(first, f.getKey());
            if (TurnRow.norm(f.getValue()).equals(TurnRow.norm(got))) {
                fieldsRight++;
            } else {
                details.add("meeting " + f.getKey() + ": '" + f.getValue() + "' ≠ '" + got + "'");
            }
        }
        details.addAll(describe(a, expected.file().getFileName().toString(), record.getFileName().toString()));
        return new RecordResult(record, family, expected.turns().size(), a.count(TurnAlignment.Outcome.RIGHT),
                a.count(TurnAlignment.Outcome.WRONG), a.count(TurnAlignment.Outcome.MISSED), a.extra().size(),
                a.mergedCount(), warnings(parsed), fieldsRight, expected.meeting().size(), null, details);
    }

    /** Warnings and left-out parts of a file, each once (a file's warnings repeat its meetings'). */
    private static int warnings(ParsedFile<ParsedMinutes> f) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(f.warnings());
        all.addAll(f.rejections());
        f.meetings().forEach(m -> all.addAll(m.warnings()));
        return all.size();
    }

    private static String field(Meeting m, String key) {
        return switch (key) {
            case "date" -> m.date() == null ? "" : m.date().toString();
            case "body" -> m.body();
            case "title" -> m.title();
            case "session" -> m.session() == null ? "" : m.session().toString();
            case "start_time" -> m.startTime() == null ? "" : m.startTime().toString();
            case "end_time" -> m.endTime() == null ? "" : m.endTime().toString();
            case "venue" -> m.venue();
            default -> "(no meeting field " + key + ")";
        };
    }

    /** One line per turn that is not right, in the order of the expectations, extra turns where they stand. */
    static List<String> describe(TurnAlignment.Result a, String expectations, String record) {
        List<String> out = new ArrayList<>();
        int nextActual = 0;
        for (int k = 0; k < a.expected().size(); k++) {
            TurnRow e = a.expected().get(k);
            int j = a.pairOf()[k];
            if (j >= 0) {
                for (; nextActual < j; nextActual++) {
                    out.add(extra(a.actual().get(nextActual), record));
                }
                nextActual = j + 1;
            }
            String where = expectations + ":" + e.line() + " ";
            String merged = a.merged()[k] ? " (silently merged into another turn)" : "";
            switch (a.outcomes()[k]) {
                case WRONG -> out.add(where + "wrong (" + record + ":" + a.actual().get(j).line() + "): "
                        + e.differences(a.actual().get(j)) + merged);
                case MISSED -> out.add(where + "missed: " + e.speaker() + " " + e.role() + " '" + e.first() + "…"
                        + e.last() + "'" + merged);
                default -> {
                    // right
                }
            }
        }
        for (; nextActual < a.actual().size(); nextActual++) {
            out.add(extra(a.actual().get(nextActual), record));
        }
        return out;
    }

    private static String extra(TurnRow t, String record) {
        return record + ":" + t.line() + " extra: " + t.speaker() + " " + t.role() + " '" + t.first() + "…"
                + t.last() + "'";
    }

    /** The table: one row per record, per family and overall. */
    public static String table(List<RecordResult> results) {
        StringBuilder b = new StringBuilder();
        String head = String.format(Locale.ROOT, "%-52s %8s %6s %6s %6s %6s %6s %7s %5s %7s%n", "record", "expected",
                "right", "wrong", "missed", "extra", "merged", "right%", "warn", "fields");
        b.append(head);
        Map<String, List<RecordResult>> byFamily = new LinkedHashMap<>();
        for (RecordResult r : results) {
            byFamily.computeIfAbsent(r.family(), f -> new ArrayList<>()).add(r);
            String fields = r.fields() == 0 ? "" : r.fieldsRight() + "/" + r.fields();
            b.append(String.format(Locale.ROOT, "%-52s %8d %6d %6d %6d %6d %6d %7s %5d %7s%n",
                    r.family() + "/" + r.file().getFileName() + (r.refused() == null ? "" : " REFUSED"),
                    r.expected(), r.right(), r.wrong(), r.missed(), r.extra(), r.merged(),
                    percent(Totals.of(List.of(r))), r.warnings(), fields));
        }
        b.append('\n');
        for (Map.Entry<String, List<RecordResult>> f : byFamily.entrySet()) {
            b.append(totalsLine("family " + f.getKey(), Totals.of(f.getValue())));
        }
        b.append(totalsLine("overall", Totals.of(results)));
        return b.toString();
    }

    private static String totalsLine(String label, Totals t) {
        return String.format(Locale.ROOT, "%-52s %8d %6d %6d %6d %6d %6d %7s %5d%n",
                label + " (" + t.records() + " records" + (t.refused() > 0 ? ", " + t.refused() + " refused" : "")
                        + ")", t.expected(), t.right(), t.wrong(), t.missed(), t.extra(), t.merged(), percent(t),
                t.warnings());
    }

    private static String percent(Totals t) {
        return String.format(Locale.ROOT, "%.1f", t.share() * 100);
    }

    /** What fails the measure: a family below {@link #REQUIRED}, any silently merged turn. */
    public static List<String> failures(List<RecordResult> results) {
        List<String> out = new ArrayList<>();
        Map<String, List<RecordResult>> byFamily = new LinkedHashMap<>();
        for (RecordResult r : results) {
            byFamily.computeIfAbsent(r.family(), f -> new ArrayList<>()).add(r);
            if (r.merged() > 0) {
                out.add(r.file() + ": " + r.merged() + " turn(s) silently merged into another turn");
            }
        }
        for (Map.Entry<String, List<RecordResult>> f : byFamily.entrySet()) {
            Totals t = Totals.of(f.getValue());
            if (t.share() < REQUIRED) {
                out.add("family " + f.getKey() + ": " + percent(t) + "% of turns right (" + t.right() + " of "
                        + t.expected() + "), below " + Math.round(REQUIRED * 100) + "%");
            }
        }
        return out;
    }

    private static List<Path> expectationFiles(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new IOException(root + ": no such file or folder");
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(ExpectedTurns.SUFFIX))
                        .sorted().forEach(out::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return out;
    }

    /**
     * The records an expectations file is for: files of the same name before the extension, but for the field
     * mapping the expectations name ({@code x.speeches} beside {@code x.json} is the mapping, not a form of x).
     */
    private static List<Path> recordsOf(Path expectations, Path mappingOrNull) throws IOException {
        String name = expectations.getFileName().toString();
        String base = name.substring(0, name.length() - ExpectedTurns.SUFFIX.length());
        try (Stream<Path> s = Files.list(expectations.toAbsolutePath().getParent())) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return Files.isRegularFile(p) && n.startsWith(base + ".") && n.indexOf('.', base.length() + 1) < 0
                        && !n.endsWith(".md") && !(mappingOrNull != null && p.toAbsolutePath().normalize()
                        .equals(mappingOrNull.toAbsolutePath().normalize()));
            }).sorted().map(p -> expectations.resolveSibling(p.getFileName())).toList();
        }
    }

    /** {@code fidelity [--details] [PATH…]}: prints the table (and each turn not right); exit 1 on a failure. */
    public static int run(String[] args, Path defaultRoot, PrintStream out, PrintStream err) {
        boolean details = false;
        List<Path> roots = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--details")) {
                details = true;
            } else if (a.startsWith("-")) {
                err.println("unknown option " + a);
                err.println("usage: fidelity [--details] [PATH...]   (folders of records with x.turns.tsv beside x.txt)");
                return 2;
            } else {
                roots.add(Path.of(a));
            }
        }
        if (roots.isEmpty()) {
            roots.add(defaultRoot);
        }
        List<RecordResult> results;
        try {
            results = measure(roots);
        } catch (IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (results.isEmpty()) {
            err.println("no expectations (x" + ExpectedTurns.SUFFIX + " beside a record x.txt) under " + roots);
            return 2;
        }
        if (details) {
            for (RecordResult r : results) {
                if (!r.details().isEmpty()) {
                    out.println("== " + r.file());
                    r.details().forEach(d -> out.println("  " + d));
                }
            }
            out.println();
        }
        out.print(table(results));
        List<String> failures = failures(results);
        failures.forEach(f -> out.println("FAIL " + f));
        return failures.isEmpty() ? 0 : 1;
    }
}
