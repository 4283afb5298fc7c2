package jp.meetingsearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Reads token streams into lists, in the golden files' notation: {@code term}, or {@code term/N} when N ≠ 1. */
final class Tokens {
    private Tokens() {
    }

    static List<String> terms(Tokenizer tokenizer, String text) {
        tokenizer.setReader(new StringReader(text));
        return read(tokenizer, false);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return read(analyzer.tokenStream("text", text), false);
    }

    /** Terms with their position increments, as the golden files write them. */
    static List<String> positioned(Analyzer analyzer, String text) {
        return read(analyzer.tokenStream("text", text), true);
    }

    private static List<String> read(TokenStream stream, boolean withIncrements) {
        List<String> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int step = increment.getPositionIncrement();
                tokens.add(withIncrements && step != 1 ? term + "/" + step : term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Everything a char filter's reader gives. */
    static String read(java.io.Reader reader) throws java.io.IOException {
        try (reader) {
            StringBuilder text = new StringBuilder();
            for (int c = reader.read(); c != -1; c = reader.read()) {
                text.append((char) c);
            }
            return text.toString();
        }
    }
}
