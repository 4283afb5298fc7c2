package jp.meetingsearch.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import jp.meetingsearch.minutes.MinutesFormat;

/**
 * Seeded, deterministic synthetic minutes for benchmarks: meetings of 20–60 remarks (exactly N in all) in both
 * published formats, fiscal years 2009–2025, no two of the same body, day and session (so that a loader takes
 * every file), with an {@code .expected-counts.json} beside them. The same seed and
 * size give byte-identical files on any machine; each meeting has its own random stream, so they are written in
 * parallel.
 */
public final class MinutesGenerator {
    static final int MIN_REMARKS = 20;
    static final int MAX_REMARKS = 60;
    static final int FIRST_FISCAL_YEAR = 2009;
    static final int LAST_FISCAL_YEAR = 2025;

    private final GeneratorOptions options;
    private final int[] sizes;
    private final MinutesFormat[] formats;
    private final SummaryWriter summaries;
    private final VerbatimWriter verbatims;
    /** Per meeting, how often its identity was drawn again to differ from every earlier meeting's. */
    private final int[] redraws;

    /** What {@link #writeTo} wrote. */
    public record Report(int meetings, long remarks, long bytes, long millis) {
    }

    public MinutesGenerator(GeneratorOptions options) {
        this.options = options;
        CorpusText text = new CorpusText(options.seed());
        SeededRandom plan = SeededRandom.fork(options.seed(), -1);
        List<Integer> plannedSizes = new ArrayList<>();
        int remaining = options.remarks();
        while (remaining > MAX_REMARKS) {
            int size = plan.between(MIN_REMARKS, MAX_REMARKS);
            // never leave a remainder too small to be a meeting of its own
            size = remaining - size < MIN_REMARKS ? remaining - MIN_REMARKS : size;
            plannedSizes.add(size);
            remaining -= size;
        }
        plannedSizes.add(remaining);
        sizes = plannedSizes.stream().mapToInt(Integer::intValue).toArray();
        formats = new MinutesFormat[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            formats[i] = options.formats().size() > 1
                    ? (plan.chance(0.5) ? MinutesFormat.SUMMARY : MinutesFormat.VERBATIM)
                    : options.formats().iterator().next();
        }
        // More meetings, more cities (and so more districts, bodies and people): the vocabulary keeps growing.
        Zipf cities = new Zipf(Math.max(3, Math.min(text.cityCapacity(), sizes.length / 5)), 1.0);
        summaries = new SummaryWriter(text, options.seed(), cities);
        verbatims = new VerbatimWriter(text, options.seed(), cities);
        // in index order, so that the same seed and size always redraw the same meetings
        redraws = new int[sizes.length];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sizes.length; i++) {
            while (!seen.add(identity(i, redraws[i]))) {
                redraws[i]++;
            }
        }
    }

    public int meetingCount() {
        return sizes.length;
    }

    /** Meeting {@code index} (from 0), generated on demand; the same index always gives the same meeting. */
    public GeneratedMeeting meeting(int index) {
        String fileName = String.format(Locale.ROOT, "minutes-%06d.txt", index + 1);
        SeededRandom random = random(index, redraws[index]);
        return formats[index] == MinutesFormat.SUMMARY
                ? summaries.write(random, sizes[index], fileName)
                : verbatims.write(random, sizes[index], fileName);
    }

    /**
     * The stream of meeting {@code index}; a meeting that would repeat an earlier one (same body, day and session:
     * a loader takes the second for a duplicate) is drawn again from a stream salted with the number of redraws.
     */
    private SeededRandom random(int index, int redraw) {
        return redraw == 0 ? SeededRandom.fork(options.seed(), index) : SeededRandom.fork(options.seed(), index, redraw);
    }

    private String identity(int index, int redraw) {
        SeededRandom random = random(index, redraw);
        return formats[index] == MinutesFormat.SUMMARY ? summaries.head(random).key() : verbatims.head(random).key();
    }

    /** Writes every meeting as a UTF-8 file into {@code dir}, replacing earlier generated files, and the counts. */
    public Report writeTo(Path dir) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(dir);
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, "minutes-*.txt")) {
            for (Path file : stale) {
                Files.delete(file);
            }
        }
        AtomicLong bytes = new AtomicLong();
        List<ExpectedCounts.FileCounts> counts = IntStream.range(0, sizes.length).parallel().mapToObj(i -> {
            GeneratedMeeting meeting = meeting(i);
            byte[] content = meeting.text().getBytes(StandardCharsets.UTF_8);
            try {
                Files.write(dir.resolve(meeting.fileName()), content);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + dir.resolve(meeting.fileName()), e);
            }
            bytes.addAndGet(content.length);
            return ExpectedCounts.FileCounts.of(meeting);
        }).toList();
        ExpectedCounts.write(dir.resolve(ExpectedCounts.FILE_NAME), options, counts);
        long remarks = counts.stream().mapToLong(ExpectedCounts.FileCounts::remarks).sum();
        return new Report(sizes.length, remarks, bytes.get(), (System.nanoTime() - start) / 1_000_000);
    }

    public static void main(String[] args) throws IOException {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(GeneratorOptions.USAGE);
            System.exit(2);
            return;
        }
        Report report = new MinutesGenerator(options).writeTo(options.out());
        double mb = report.bytes() / 1e6;
        double seconds = Math.max(report.millis(), 1) / 1000.0;
        System.out.printf(Locale.ROOT, "wrote %d remarks in %d files, %.1f MB, to %s in %.1f s (%.1f MB/s)%n",
                report.remarks(), report.meetings(), mb, options.out(), seconds, mb / seconds);
    }
}
