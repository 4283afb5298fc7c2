package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RemarkQueriesTest {
    @Test
    void adjacentSingleKanjiTokensJoinIntoOnePart() {
        // 買い物弱者 as Kuromoji splits it: 弱者 is no word of its dictionary
        assertEquals(List.of("買い物", "弱者"), RemarkQueries.joinSingles(List.of("買い物", "弱", "者")));
        assertEquals(List.of("弱者", "支援", "策"), RemarkQueries.joinSingles(List.of("弱", "者", "支援", "策")));
    }

    @Test
    void aSingleKanjiBetweenWordsAndOtherScriptsStayAsTheyAre() {
        assertEquals(List.of("理事", "会"), RemarkQueries.joinSingles(List.of("理事", "会")));
        assertEquals(List.of("ごみ", "の", "日"), RemarkQueries.joinSingles(List.of("ごみ", "の", "日")));
        assertEquals(List.of("A", "B"), RemarkQueries.joinSingles(List.of("A", "B")));
        assertEquals(List.of(), RemarkQueries.joinSingles(List.of()));
    }
}
