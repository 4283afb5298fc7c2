package jp.meetingsearch.analysis;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** A custom analyzer as Elasticsearch assembles one: char filters, then a tokenizer, then token filters. */
final class AnalysisChain extends Analyzer {
    private final List<UnaryOperator<Reader>> charFilters;
    private final Supplier<Tokenizer> tokenizer;
    private final List<UnaryOperator<TokenStream>> filters;

    AnalysisChain(List<UnaryOperator<Reader>> charFilters, Supplier<Tokenizer> tokenizer,
            List<UnaryOperator<TokenStream>> filters) {
        this.charFilters = List.copyOf(charFilters);
        this.tokenizer = tokenizer;
        this.filters = List.copyOf(filters);
    }

    /** The default {@code kuromoji_tokenizer} followed by {@code filters}. */
    static AnalysisChain kuromoji(TokenFilterFactory... filters) {
        return of(ComponentFactories.create(KuromojiTokenizerFactory.class)::create, filters);
    }

    static AnalysisChain of(Supplier<Tokenizer> tokenizer, TokenFilterFactory... filters) {
        return new AnalysisChain(List.of(), tokenizer,
                Arrays.stream(filters).<UnaryOperator<TokenStream>>map(filter -> filter::create).toList());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        TokenStream stream = source;
        for (UnaryOperator<TokenStream> filter : filters) {
            stream = filter.apply(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        for (UnaryOperator<Reader> charFilter : charFilters) {
            reader = charFilter.apply(reader);
        }
        return reader;
    }
}
