package jp.meetingsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MtermvectorsResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;

/**
 * Pseudo-relevance feedback ({@code match=related}): the words that characterise the best remarks a query found,
 * so that a query that finds little also finds, after those, remarks that speak of the same subject in other words
 * (要配慮者 finds the remarks on 避難行動要支援者, which speak of 個別避難計画 and 自主防災組織: a remark on those
 * without the query's words then comes after them).
 *
 * <p>The words are weighed as a relevance model (RM3): each word's share of each sampled remark's words, averaged
 * over the remarks (a long policy speech, which says a little of everything, weighs no more than a short turn),
 * times the square of its idf among all remarks, so that what every remark says (考える, 市, 議案) weighs little.
 * Measured against significant_text (which ignores the remarks' lengths and let the words of one long speech
 * through), against idf to the power 1 and 3, and against using them on every query: docs/search-quality.md.
 */
public final class RelatedWords {
    /** One word of the remarks' text as the text field indexes it (a Kuromoji token, base form) and its weight. */
    public record Word(String word, double score, long docs) {
    }

    /**
     * Remarks the index must hold for feedback: in a smaller one the words' document frequencies count a handful of
     * remarks each, so that a word two remarks share by chance weighs as much as one that characterises them, and a
     * page of results is already a good share of everything there is to read.
     */
    public static final long MIN_REMARKS = 100;

    /**
     * What the query matched and the words that characterise its best remarks, best first.
     *
     * @param total   remarks the query matched, counted up to {@link RemarkQueries#EXACT_ENOUGH} or the sample size
     *                (a query matching more says that many: only whether it fills a page matters)
     * @param sampled remarks read
     * @param words   candidate words, best first ({@code docs}: in how many of the sampled remarks)
     * @param remarks remarks in the index (what the words' idf was counted over)
     */
    public record Sample(long total, long sampled, List<Word> words, long remarks) {
        public Sample {
            words = List.copyOf(words);
        }
    }

    /** Reads the words of a query's best remarks, and the best remarks of the query of those words. */
    public interface Source {
        /**
         * @param query  the remarks to sample (the query as the service would run it)
         * @param sample how many of the best-scoring remarks to read
         * @param size   how many words to return at most
         * @param enough when the query matches at least this many remarks, its words are not read: the sample
         *               holds its total alone (0: read them whatever the total)
         */
        Sample of(Query query, int sample, int size, int enough) throws IOException;

        /** The ids of the {@code size} best-scoring remarks of the query. */
        List<String> best(Query query, int size) throws IOException;
    }

    /**
     * How feedback is used.
     *
     * @param sample        best-scoring remarks read
     * @param words         words kept at most
     * @param minimumShould of those words, how many a remark found only through them must contain (at most the
     *                      number of words kept): one word alone, however characteristic, is said in passing by
     *                      remarks on anything
     */
    public record Settings(int sample, int words, int minimumShould) {
        /** What the service runs. */
        public static final Settings DEFAULT = new Settings(10, 10, 2);
    }

    private RelatedWords() {
    }

    /**
     * Feedback from the remarks of {@code alias}: one search for the best {@code sample} remarks, one
     * {@code _mtermvectors} for their words with their document frequencies (not sent when the search found
     * {@code enough}).
     */
    public static Source relevanceModel(ElasticsearchClient client, String alias) {
        return new Source() {
            @Override
            public Sample of(Query query, int sample, int size, int enough) throws IOException {
                SearchResponse<Void> r = search(query, sample, Math.max(Math.max(sample, enough),
                        RemarkQueries.EXACT_ENOUGH));
                long total = r.hits().total() == null ? 0 : r.hits().total().value();
                List<String> ids = r.hits().hits().stream().map(Hit::id).toList();
                if (ids.isEmpty() || (enough > 0 && total >= enough)) {
                    return new Sample(total, 0, List.of(), 0);
                }
                MtermvectorsResponse vectors = client.mtermvectors(m -> m.index(alias).ids(ids)
                        .fields(RemarkQueryBuilder.TEXT).termStatistics(true).fieldStatistics(true).positions(false)
                        .offsets(false));
                List<Map<String, int[]>> remarks = new ArrayList<>();
                long all = 1;
                for (var d : vectors.docs()) {
                    TermVector tv = d.termVectors() == null ? null : d.termVectors().get(RemarkQueryBuilder.TEXT);
                    if (tv == null) {
                        continue;
                    }
                    all = Math.max(all, tv.fieldStatistics() == null ? 1 : tv.fieldStatistics().docCount());
                    Map<String, int[]> words = new HashMap<>();
                    tv.terms().forEach((w, t) -> words.put(w, new int[] {t.termFreq(),
                            t.docFreq() == null ? 1 : t.docFreq()}));
                    remarks.add(words);
                }
                return new Sample(total, ids.size(), weigh(remarks, all).stream().limit(size).toList(), all);
            }

            @Override
            public List<String> best(Query query, int size) throws IOException {
                return search(query, size, 0).hits().hits().stream().map(Hit::id).toList();
            }

            /** @param counted how far to count the matches (0: not at all) */
            private SearchResponse<Void> search(Query query, int size, int counted) throws IOException {
                return client.search(s -> s.index(alias)
                        .allowPartialSearchResults(false).size(size).source(x -> x.fetch(false))
                        .trackTotalHits(t -> counted > 0 ? t.count(counted) : t.enabled(false)).query(query),
                        Void.class);
            }
        };
    }

    /**
     * The relevance model's words, best first.
     *
     * @param remarks each sampled remark's words: word → {its frequency in the remark, its document frequency}
     * @param all     remarks in the index
     */
    static List<Word> weigh(List<Map<String, int[]>> remarks, long all) {
        Map<String, double[]> byWord = new HashMap<>();
        for (Map<String, int[]> words : remarks) {
            double length = words.values().stream().mapToInt(x -> x[0]).sum();
            words.forEach((w, x) -> {
                double[] acc = byWord.computeIfAbsent(w, k -> new double[3]);
                acc[0] += x[0] / length / remarks.size();
                acc[1] += 1;
                acc[2] = x[1];
            });
        }
        return byWord.entrySet().stream()
                .map(e -> {
                    double idf = Math.log(1 + (double) all / Math.max(1, e.getValue()[2]));
                    return new Word(e.getKey(), e.getValue()[0] * idf * idf, (long) e.getValue()[1]);
                })
                .sorted(Comparator.comparingDouble(Word::score).reversed().thenComparing(Word::word))
                .toList();
    }

    /**
     * The words to search: those of at least two sampled remarks (of the one when only one was sampled), that are
     * no part of a form of the query (its own tokens characterise its remarks best and add nothing), no number and
     * not one character (counters and affixes: 第, 号, 円, 区); the best {@code max} of them. None when the index
     * holds fewer than {@link #MIN_REMARKS} remarks.
     *
     * @param forms every form the query's words were searched in (as typed, synonyms, verbs …)
     */
    static List<Word> pick(Sample s, Collection<String> forms, int max) {
        if (s.remarks() < MIN_REMARKS) {
            return List.of();
        }
        long minDocs = Math.min(2, s.sampled());
        List<String> folded = forms.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
        List<Word> out = new ArrayList<>();
        for (Word w : s.words()) {
            if (out.size() == max) {
                break;
            }
            if (w.docs() >= minDocs && content(w.word()) && folded.stream().noneMatch(f -> f.contains(w.word()))) {
                out.add(w);
            }
        }
        return out;
    }

    /** A word worth searching on its own: two characters or more, not a number. */
    static boolean content(String word) {
        return word.codePointCount(0, word.length()) > 1
                && !word.codePoints().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
    }

    /**
     * The remarks that contain at least {@code minimumShould} of the words (all of them when fewer), each word
     * weighted by its weight over the best one's, BM25 within: the remarks with the most, and the most
     * characteristic, of the words first.
     */
    static Query query(List<Word> words, int minimumShould) {
        double best = words.stream().mapToDouble(Word::score).max().orElse(1);
        List<Query> clauses = words.stream().map(w -> Query.of(q -> q.term(t -> t.field(RemarkQueryBuilder.TEXT)
                .value(w.word()).boost((float) (best > 0 ? w.score() / best : 1))))).toList();
        int required = Math.min(minimumShould, clauses.size());
        return Query.of(q -> q.bool(b -> b.should(clauses).minimumShouldMatch(String.valueOf(required))));
    }
}
