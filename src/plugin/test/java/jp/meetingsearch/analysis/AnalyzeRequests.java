package jp.meetingsearch.analysis;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Builds, from the body of an Elasticsearch {@code _analyze} request (without its text), the analyzer the node would
 * use, out of this plugin's components found through {@code named_components.json}. Of Elasticsearch's own
 * components only the {@code standard} tokenizer and {@code lowercase} filter are known, the ones every node has.
 */
final class AnalyzeRequests {
    private final NamedComponents components;

    AnalyzeRequests(NamedComponents components) {
        this.components = components;
    }

    Analyzer analyzer(JsonNode request) {
        if (request.has("analyzer")) {
            if (request.size() != 1) {
                throw new IllegalArgumentException("an analyzer excludes tokenizer and filters: " + request);
            }
            return ComponentFactories.create(components.component(AnalyzerFactory.class,
                    request.get("analyzer").asText())).create();
        }
        if (request.has("tokenizer") == false) {
            throw new IllegalArgumentException("neither analyzer nor tokenizer in " + request);
        }
        List<UnaryOperator<Reader>> charFilters = new ArrayList<>();
        for (JsonNode spec : list(request, "char_filter")) {
            CharFilterFactory factory = create(CharFilterFactory.class, spec);
            charFilters.add(factory::create);
        }
        List<UnaryOperator<TokenStream>> filters = new ArrayList<>();
        for (JsonNode spec : list(request, "filter")) {
            filters.add(spec.asText().equals("lowercase") ? LowerCaseFilter::new : create(TokenFilterFactory.class, spec)::create);
        }
        JsonNode tokenizer = request.get("tokenizer");
        Supplier<Tokenizer> source = tokenizer.asText().equals("standard") ? StandardTokenizer::new
                : create(TokenizerFactory.class, tokenizer)::create;
        return new AnalysisChain(charFilters, source, filters);
    }

    private static List<JsonNode> list(JsonNode request, String field) {
        List<JsonNode> specs = new ArrayList<>();
        request.path(field).forEach(specs::add);
        return specs;
    }

    /** A component given by name, or as an object of its {@code type} and settings. */
    private <T> T create(Class<T> type, JsonNode spec) {
        if (spec.isTextual()) {
            return ComponentFactories.create(components.component(type, spec.asText()));
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        spec.properties().forEach(entry -> settings.put(entry.getKey(), entry.getValue().isArray()
                ? entry.getValue().valueStream().map(JsonNode::asText).toList() : entry.getValue().asText()));
        Object name = settings.remove("type");
        if (name == null) {
            throw new IllegalArgumentException("component without type: " + spec);
        }
        return ComponentFactories.create(components.component(type, name.toString()), settings);
    }
}
