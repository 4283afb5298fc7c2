package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.SampleService;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The related words are read only when what a search found leaves its first page short: over the sample corpus,
 * with the service's counter and relevance model, each call to the model recorded.
 */
class RelatedWordsIT {
    private static final TestCluster ES = TestCluster.get();
    private static String alias;
    private static Synonyms synonyms;

    @BeforeAll
    static void sample() throws IOException {
        alias = new Indices(SampleService.get().config().indexPrefix()).alias(IndexName.REMARKS);
        Path file = Path.of(System.getProperty("project.basedir", ".")).resolve("mappings/synonyms.txt");
        synonyms = Synonyms.parse(Files.readAllLines(file), file.toString());
    }

    /** The relevance model, each of its samples recorded. */
    private static final class Recorded implements RelatedWords.Source {
        private final RelatedWords.Source model = RelatedWords.relevanceModel(ES.client(), alias);
        final List<Query> sampled = new ArrayList<>();
        final List<RelatedWords.Sample> answers = new ArrayList<>();

        @Override
        public RelatedWords.Sample of(Query query, int sample, int size, int enough) throws IOException {
            sampled.add(query);
            RelatedWords.Sample answer = model.of(query, sample, size, enough);
            answers.add(answer);
            return answer;
        }

        @Override
        public List<String> best(Query query, int size) throws IOException {
            return model.best(query, size);
        }
    }

    @Test
    void aSearchWhosePartsFillThePageReadsNoRelatedWordsAndOneThatFallsShortDoes() throws IOException {
        MatchCounter counter = new MatchCounter(ES.client(), alias);
        int filled = 0;
        int short_ = 0;
        int sampled = 0;
        // every speaker of the corpus searched by the name, and with a common word beside it, and compound words:
        // what neither whole nor scattered fills a page goes on to its parts (佐藤 of 佐藤一郎) or to either of its
        // two words, whose counts say whether the page is then full
        List<String> searched = new ArrayList<>();
        for (String speaker : speakers()) {
            searched.add(speaker);
            searched.add(speaker + " 予算");
        }
        searched.addAll(List.of("防災訓練計画", "子育て支援拠点", "地域福祉計画", "公園整備", "高齢者福祉", "学校給食費",
                "観光振興", "環境保全", "交通安全", "財政調整基金"));
        for (String name : searched) {
            Recorded model = new Recorded();
            RemarkQueries queries = new RemarkQueries(ThemeFilters.NONE, () -> synonyms, Thesaurus.shipped(),
                    Thesaurus.yomi(), SearchFeatures.ALL, counter, model, RelatedWords.Settings.DEFAULT);
            RemarkQuery q = queries.prepareToShow(RemarkFilters.NONE.withQuery(SimpleQuery.parse(name, "q")));
            if (q.match() != MatchMode.PARTIAL && q.match() != MatchMode.RELATED) {
                continue;
            }
            List<Query> read = List.copyOf(model.sampled);
            if (q.match() == MatchMode.RELATED) {
                short_++;
                assertEquals(1, read.size(), name + ": the related words are read once");
                assertTrue(counter.count(read.getFirst()) < RemarkQueries.EXACT_ENOUGH,
                        name + ": related words were added to a search that found a page");
            } else if (read.isEmpty()) {
                filled++;
                assertTrue(counter.count(q.query()) >= RemarkQueries.EXACT_ENOUGH,
                        name + ": no related words were read, yet the search finds under a page");
            } else {
                // the counts that chose the level did not show a full page: the sample's own count decides, and the
                // words are read only when it is short
                assertEquals(1, read.size(), name);
                boolean fills = counter.count(q.query()) >= RemarkQueries.EXACT_ENOUGH;
                RelatedWords.Sample sample = model.answers.getFirst();
                assertEquals(fills, sample.total() >= RemarkQueries.EXACT_ENOUGH, name);
                if (fills) {
                    sampled++;
                    assertEquals(0, sample.sampled(), name + " fills the page, yet its related words were read");
                }
            }
        }
        assertTrue(filled > 0, "no search filled a page through parts or either word: the case is not tested");
        assertTrue(short_ > 0, "no search fell short of a page: the case is not tested");
        assertTrue(sampled > 0, "no search was found to fill its page by the sample's count: the case is not tested");
    }

    @Test
    void aSampleOfAQueryThatFindsEnoughHoldsItsTotalAlone() throws IOException {
        RelatedWords.Source model = RelatedWords.relevanceModel(ES.client(), alias);
        Query common = Query.of(q -> q.match(m -> m.field(RemarkQueryBuilder.TEXT).query("地域")));
        RelatedWords.Sample enough = model.of(common, 10, 30, RemarkQueries.EXACT_ENOUGH);
        assertTrue(enough.total() >= RemarkQueries.EXACT_ENOUGH, "地域 finds a page of the sample corpus");
        assertEquals(0, enough.sampled());
        assertTrue(enough.words().isEmpty());
        RelatedWords.Sample read = model.of(common, 10, 30, 0);
        assertEquals(10, read.sampled());
        assertFalse(read.words().isEmpty(), "asked whatever the total, the words are read");
    }

    /** The speakers of the sample corpus. */
    private static List<String> speakers() throws IOException {
        var answer = ES.client().search(s -> s.index(alias).size(0)
                .aggregations("speakers", a -> a.terms(t -> t.field("speaker").size(500))), Void.class);
        return answer.aggregations().get("speakers").sterms().buckets().array().stream()
                .map(b -> b.key().stringValue()).toList();
    }
}
