package jp.meetingsearch.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jp.meetingsearch.corpus.GeneratedMeeting;
import jp.meetingsearch.corpus.GeneratedRemark;
import jp.meetingsearch.corpus.GeneratorOptions;
import jp.meetingsearch.corpus.MinutesGenerator;
import org.apache.lucene.analysis.Analyzer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Analysis cost without Elasticsearch: Kuromoji's tokenizer alone and the {@code ja_text} and {@code ja_bigram}
 * chains over generated remark texts, one remark per operation. Read the {@code chars} rows: characters analysed
 * per second on one thread, the floor of what indexing a remark's text can cost.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class AnalysisJmh {
    private String[] texts;
    private int next;
    private Analyzer tokenizerOnly;
    private Analyzer jaText;
    private Analyzer bigram;

    /** Characters analysed, reported by JMH as a rate next to the operations. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Chars {
        public long chars;
    }

    @Setup(Level.Trial)
    public void setUp() {
        MinutesGenerator generator = new MinutesGenerator(GeneratorOptions.parse(
                "--remarks", "5000", "--seed", "1", "--out", "unused"));
        texts = IntStream.range(0, generator.meetingCount()).mapToObj(generator::meeting)
                .map(GeneratedMeeting::remarks).flatMap(List::stream).map(GeneratedRemark::text)
                .toArray(String[]::new);
        tokenizerOnly = AnalysisChains.kuromojiTokenizer();
        jaText = AnalysisChains.jaText();
        bigram = AnalysisChains.bigram();
    }

    @Benchmark
    public int kuromojiTokenizer(Chars chars) {
        return analyse(tokenizerOnly, chars);
    }

    @Benchmark
    public int jaTextChain(Chars chars) {
        return analyse(jaText, chars);
    }

    @Benchmark
    public int bigramChain(Chars chars) {
        return analyse(bigram, chars);
    }

    private int analyse(Analyzer analyzer, Chars chars) {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        chars.chars += text.length();
        return AnalysisChains.tokens(analyzer, text);
    }
}
