package jp.meetingsearch.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jp.meetingsearch.corpus.GeneratedMeeting;
import jp.meetingsearch.corpus.GeneratedRemark;
import jp.meetingsearch.corpus.GeneratorOptions;
import jp.meetingsearch.corpus.MinutesGenerator;
import org.apache.lucene.analysis.Analyzer;

/**
 * A timed loop over generated remark texts through Lucene's Kuromoji tokenizer and the {@code ja_text} chain, in
 * this process and on one thread: the analysis floor that end-to-end ingest is compared with in the same run
 * ({@code AnalysisJmh} measures the same with JMH).
 */
final class KuromojiFloor {
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    private KuromojiFloor() {
    }

    /** Characters per second through the analyzer, on one thread. */
    static double charsPerSecond(Analyzer analyzer, List<String> texts) {
        loop(analyzer, texts, WARM_UP_NANOS);
        long[] charsAndNanos = loop(analyzer, texts, MEASURE_NANOS);
        return charsAndNanos[0] / (charsAndNanos[1] / 1e9);
    }

    static void print(PrintStream out) {
        MinutesGenerator generator = new MinutesGenerator(GeneratorOptions.parse(
                "--remarks", "3000", "--seed", "2", "--out", "unused"));
        List<String> texts = IntStream.range(0, generator.meetingCount()).mapToObj(generator::meeting)
                .map(GeneratedMeeting::remarks).flatMap(List::stream).map(GeneratedRemark::text).toList();
        double tokenizer = charsPerSecond(AnalysisChains.kuromojiTokenizer(), texts);
        double chain = charsPerSecond(AnalysisChains.jaText(), texts);
        double bigram = charsPerSecond(AnalysisChains.bigram(), texts);
        out.printf(Locale.ROOT, "analysis floor (Lucene alone, one thread): Kuromoji tokenizer %.2fM chars/s, ja_text "
                + "chain %.2fM chars/s, ja_bigram %.1fM chars/s%n", tokenizer / 1e6, chain / 1e6, bigram / 1e6);
    }

    private static long[] loop(Analyzer analyzer, List<String> texts, long nanos) {
        long chars = 0;
        long start = System.nanoTime();
        long tokens = 0;
        int i = 0;
        while (System.nanoTime() - start < nanos) {
            String t = texts.get(i);
            tokens += AnalysisChains.tokens(analyzer, t);
            chars += t.length();
            i = i + 1 == texts.size() ? 0 : i + 1;
        }
        if (tokens < 0) {
            throw new IllegalStateException("unreachable: keeps the token count alive");
        }
        return new long[] {chars, System.nanoTime() - start};
    }
}
