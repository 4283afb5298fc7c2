package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FacetBucketTest {
    @Test
    void mostFrequentFirstThenSeatNumbersByTheirNumber() {
        // Elasticsearch's order among equal counts: as text, 11番 before 3番
        List<FacetBucket> fromElasticsearch = List.of(new FacetBucket("委員", 9), new FacetBucket("11番", 4),
                new FacetBucket("3番", 4), new FacetBucket("議長", 4), new FacetBucket("2番", 1));
        assertEquals(List.of("委員", "3番", "11番", "議長", "2番"),
                FacetBucket.byCount(fromElasticsearch).stream().map(b -> (String) b.key()).toList());
    }
}
