package jp.meetingsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;

/**
 * Speakers whose name begins with what the user has typed so far, for the search page's suggestions: the prefix is
 * matched against the names as written and, when typed in kana, against their readings ({@code speaker.yomi}, where
 * each part of a name and each run of parts is a term: さと finds 佐藤花子, はな too).
 */
public final class SpeakerSuggestions {
    private final ElasticsearchClient client;
    private final String alias;
    private final Yomi yomi;
    private final String timeout;

    /** @param timeout how long Elasticsearch may spend on one request, as for searches ({@code SEARCH_TIMEOUT_MS}) */
    public SpeakerSuggestions(ElasticsearchClient client, Indices indices, Yomi yomi, String timeout) {
        this.client = client;
        this.alias = indices.alias(IndexName.REMARKS);
        this.yomi = yomi;
        this.timeout = timeout;
    }

    /** One suggested name and how many remarks it has. */
    public record Speaker(String name, long remarks) {
    }

    /** The answer: the names, most remarks first. */
    public record Suggestions(List<Speaker> speakers) {
    }

    /** The speakers whose name or reading begins with the request's prefix, most remarks first. */
    public Suggestions suggest(SpeakerRequest request) throws IOException {
        String name = request.prefix();
        int size = request.size();
        List<Query> any = new ArrayList<>();
        any.add(Query.of(q -> q.prefix(x -> x.field(RemarkQueryBuilder.SPEAKER).value(name))));
        if (Kana.isKana(name)) {
            yomi.of(name).ifPresent(r -> any.add(Query.of(q -> q.prefix(x -> x.field(RemarkQueryBuilder.SPEAKER_YOMI)
                    .value(r)))));
        }
        SearchResponse<Void> r = client.search(s -> s.index(alias)
                .allowPartialSearchResults(false).size(0).timeout(timeout)
                .query(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")))
                .aggregations("speakers", a -> a.terms(t -> t.field(RemarkQueryBuilder.SPEAKER).size(size))), Void.class);
        List<Speaker> out = new ArrayList<>();
        for (StringTermsBucket b : r.aggregations().get("speakers").sterms().buckets().array()) {
            out.add(new Speaker(b.key().stringValue(), b.docCount()));
        }
        return new Suggestions(out);
    }
}
