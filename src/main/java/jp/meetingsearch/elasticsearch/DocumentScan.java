package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Every document a query matches, read in pages of 5,000 with search_after on {@code _doc} (no point in time: the
 * loaders read what they themselves wrote and refreshed). An index that does not exist yet matches nothing.
 */
public final class DocumentScan {
    private static final int PAGE = 5000;

    private DocumentScan() {
    }

    /**
     * The hits of the query on the index: id, and the given _source fields read as {@code type} (no source when
     * {@code fields} is empty).
     */
    public static <T> List<Hit<T>> all(ElasticsearchClient client, String index, Query query, List<String> fields,
                                       Class<T> type) throws IOException {
        List<Hit<T>> out = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<T> answer;
            try {
                answer = client.search(s -> {
                    s.index(index).size(PAGE).trackTotalHits(t -> t.enabled(false)).query(query)
                            .sort(o -> o.field(f -> f.field("_doc")));
                    if (fields.isEmpty()) {
                        s.source(src -> src.fetch(false));
                    } else {
                        s.source(src -> src.filter(f -> f.includes(fields)));
                    }
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, type);
            } catch (ElasticsearchException e) {
                if (e.status() == 404) {
                    return out;
                }
                throw e;
            }
            List<Hit<T>> hits = answer.hits().hits();
            out.addAll(hits);
            if (hits.size() < PAGE) {
                return out;
            }
            after = hits.getLast().sort();
        }
    }
}
