package jp.meetingsearch.analytics;

import java.time.Duration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.SamplerAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.SignificantStringTermsAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.SignificantStringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.search.RemarkFilters;
import jp.meetingsearch.search.RemarkQueries;
import jp.meetingsearch.search.RemarkQuery;
import jp.meetingsearch.search.SimpleQuery;
import jp.meetingsearch.text.SurfaceForms;

/**
 * Characteristic words (KH Coder's 特徴語) of a foreground against the remarks under the same filters, and words
 * co-occurring with a query, both with Elasticsearch's {@code significant_text} over the Kuromoji field
 * {@code text}: particles and stop words never reach it (the analyzer drops them), one-character tokens and pure
 * numbers are excluded here, and near-duplicate passages are counted once ({@code filter_duplicate_text}).
 */
public final class KeywordService {
    /** Analysed field the words come from. */
    static final String FIELD = "text";
    /** One character (Lucene regular expressions match whole terms) or digits with separators. */
    static final String EXCLUDE_BASE = ".|[0-9][0-9.,]*";
    /** Fixed seed: the same request samples the same remarks, so answers are repeatable. */
    static final int SAMPLE_SEED = 20_211_221;
    /** Foreground remarks read to find the written form of each word (the analyzer's terms are folded, stemmed). */
    static final int SURFACE_SAMPLE = 200;
    /**
     * Evaluative words, degree adverbs, verbs of saying and thinking and formal nouns: frequent in every kind of
     * speech, so a small foreground makes them "characteristic" by chance, and they say nothing about what was
     * discussed (KH Coder leaves such words out by part of speech). Left out by their analysed tokens.
     */
    static final List<String> GENERAL_WORDS = List.of(
            "良い", "よい", "いい", "悪い", "多い", "少ない", "大きい", "小さい", "高い", "低い", "強い", "弱い",
            "新しい", "古い", "長い", "短い", "早い", "遅い", "難しい", "正しい", "すごい", "よろしい",
            "大事", "大切", "重要", "必要", "十分", "非常", "大変", "とても", "もっと", "かなり", "少し", "ちょっと",
            "すごく", "やはり", "やっぱり", "ぜひ", "是非", "特に", "実際", "本当", "しっかり", "きちんと", "ますます",
            "さらに", "まだ", "もう", "すでに", "既に", "ほとんど", "いろいろ", "様々", "さまざま", "色々",
            "思う", "考える", "言う", "感じる", "存じる", "伺う", "申し上げる", "お願い", "ありがとう", "よろしく",
            "今回", "今後", "現在", "以上", "以下", "部分", "ところ", "もの", "こと", "形", "等", "など");

    private final ElasticsearchClient client;
    private final RemarkAggregations.Target target;
    private final RemarkQueries queries;
    // the tokens of GENERAL_WORDS, analysed once by the node (the analyzer is part of the index definitions)
    private volatile Set<String> generalTokens;

    public KeywordService(ElasticsearchClient client, Indices indices, RemarkQueries queries, Duration timeout) {
        this.client = client;
        this.target = RemarkAggregations.Target.of(indices, timeout);
        this.queries = queries;
    }

    /** Words typical of {@code fg} among the remarks the filters (q included) select. */
    public Keywords keywords(RemarkFilters filters, Foreground fg, KeywordOptions opts) throws IOException {
        Query background = queries.prepare(filters).query();
        return run(fg.label(), fg.query(), background, generalTokens(), opts);
    }

    /**
     * Words that occur with the query {@code filters.query()}: the foreground is the remarks matching it (its
     * synonyms included, as search finds them), the background the remarks under the other filters; the query's
     * own words and their synonyms are left out.
     *
     * @throws InvalidParameterException when there is no positive query word
     */
    public Keywords cooccurrence(RemarkFilters filters, KeywordOptions opts) throws IOException {
        SimpleQuery q = filters.query();
        if (q.positiveTerms().isEmpty()) {
            throw InvalidParameterException.required(RemarkFilters.Q, "the word whose neighbours are wanted");
        }
        RemarkQuery foreground = queries.prepare(filters);
        Query background = queries.prepare(filters.withQuery(SimpleQuery.EMPTY)).query();
        List<String> words = foreground.filters().query().positiveTerms().stream()
                .flatMap(t -> t.variants().stream()).toList();
        Set<String> excluded = new LinkedHashSet<>(analyse(words));
        excluded.addAll(generalTokens());
        return run("q:" + String.join(" ", q.positiveTerms().stream().map(SimpleQuery.Term::text).toList()),
                foreground.query(), background, excluded, opts);
    }

    private Keywords run(String label, Query foreground, Query background, Set<String> excluded, KeywordOptions opts)
            throws IOException {
        SearchResponse<JsonNode> r = client.search(request(target, foreground, background, excluded, opts), JsonNode.class);
        long fgTotal = r.hits().total() == null ? 0 : r.hits().total().value();
        SamplerAggregate sample = r.aggregations().get("sample").sampler();
        Aggregate words = sample.aggregations().get("keywords");
        List<Keyword> out = new ArrayList<>();
        long bgTotal = 0;
        if (words != null && words.isSigsterms()) {
            SignificantStringTermsAggregate sig = words.sigsterms();
            bgTotal = sig.bgCount() == null ? 0 : sig.bgCount();
            List<String> texts = new ArrayList<>();
            r.hits().hits().forEach(h -> {
                if (h.source() != null && h.source().get("text") != null) {
                    texts.add(h.source().get("text").asText());
                }
            });
            // the sample's texts folded once for all the words, not once a word
            SurfaceForms.Texts written = new SurfaceForms.Texts(texts);
            for (SignificantStringTermsBucket b : sig.buckets().array()) {
                long bg = b.bgCount();
                out.add(new Keyword(written.formOf(b.key()), b.key(), Math.round(b.score() * 10_000) / 10_000.0,
                        b.docCount(), b.docCount(), bg));
            }
        }
        return new Keywords(label, fgTotal, sample.docCount(), bgTotal, out);
    }

    /**
     * The request: the foreground (within the background) scored by a seeded random function so that the
     * sampler takes a fair sample rather than the oldest documents, and significant_text inside the sampler,
     * compared with the background filter (every remark, counted as a query counts them, when nothing restricts it).
     */
    static SearchRequest request(RemarkAggregations.Target target, Query foreground, Query background, Set<String> excluded,
            KeywordOptions opts) {
        List<Query> fg = new ArrayList<>(List.of(foreground));
        if (RemarkAggregations.restricts(background)) {
            fg.add(background);
        }
        Query selected = Query.of(q -> q.functionScore(fs -> fs
                .query(inner -> inner.bool(b -> b.filter(fg)))
                .functions(f -> f.randomScore(rs -> rs.seed(Integer.toString(SAMPLE_SEED)).field("_seq_no")))
                .boostMode(FunctionBoostMode.Replace)));
        return new SearchRequest.Builder()
                .index(target.index()).allowPartialSearchResults(false)
                // a random sample of the foreground's texts, to show each word as it was written
                .size(SURFACE_SAMPLE)
                .source(src -> src.filter(f -> f.includes("text")))
                .trackTotalHits(t -> t.enabled(true))
                .timeout(target.timeout())
                .query(selected)
                .aggregations("sample", a -> a
                        .sampler(s -> s.shardSize(opts.sample()))
                        .aggregations("keywords", k -> k.significantText(st -> {
                            st.field(FIELD)
                                    .filterDuplicateText(true)
                                    .size(opts.size())
                                    .minDocCount((long) opts.minCount())
                                    .exclude(e -> e.regexp(excludePattern(excluded)));
                            // always a filter, every remark when nothing restricts: without one, Elasticsearch
                            // takes the background's counts from the index statistics, which count the deleted
                            // copies an update leaves until its segments merge (40 remarks for 30)
                            st.backgroundFilter(RemarkAggregations.restricts(background) ? background
                                    : Query.of(q -> q.matchAll(m -> m)));
                            return st;
                        })))
                .build();
    }

    /** {@link #EXCLUDE_BASE} and the given terms, escaped for Lucene's regular expressions. */
    static String excludePattern(Collection<String> terms) {
        StringBuilder sb = new StringBuilder(EXCLUDE_BASE);
        for (String t : terms) {
            sb.append('|');
            t.codePoints().forEach(c -> {
                if (!Character.isLetterOrDigit(c)) {
                    sb.append('\\');
                }
                sb.appendCodePoint(c);
            });
        }
        return sb.toString();
    }

    private Set<String> generalTokens() throws IOException {
        Set<String> tokens = generalTokens;
        if (tokens == null) {
            tokens = Set.copyOf(analyse(GENERAL_WORDS));
            generalTokens = tokens;
        }
        return tokens;
    }

    /** The tokens the text field's analyzer makes of the query words, to leave them out of their own neighbours. */
    private Set<String> analyse(List<String> words) throws IOException {
        Set<String> tokens = new LinkedHashSet<>();
        var answer = client.indices().analyze(a -> a.index(target.index()).field(FIELD).text(words));
        for (AnalyzeToken t : answer.tokens()) {
            tokens.add(t.token());
        }
        return tokens;
    }
}
