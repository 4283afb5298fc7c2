package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeSpellingsTest {
    @Test
    void aPlaceNameIsAlsoSearchedInTheOtherSpellingsOfItsKe() {
        assertEquals(List.of("椿ヶ丘", "椿ヵ丘", "椿カ丘", "椿が丘", "椿か丘"), KeSpellings.of("椿ケ丘"));
        assertEquals(List.of("霞ヶ関", "霞ケ関", "霞ヵ関", "霞カ関", "霞か関"), KeSpellings.of("霞が関"));
    }

    @Test
    void aCounterAfterADigitToo() {
        assertEquals(List.of("3ケ月", "3ヵ月", "3カ月", "3が月", "3か月"), KeSpellings.of("3ヶ月"));
        assertEquals(List.of("３ヶ月", "３ケ月", "３ヵ月", "３が月", "３か月"), KeSpellings.of("３カ月"));
    }

    @Test
    void kanaThatIsNoKeStaysAsItIs() {
        // a particle or a word's own kana: not between two kanji
        assertEquals(List.of(), KeSpellings.of("ケアマネ"));
        assertEquals(List.of(), KeSpellings.of("子どもが"));
        assertEquals(List.of(), KeSpellings.of("確かに"));
        assertEquals(List.of(), KeSpellings.of("ヶ丘"));
        assertEquals(List.of(), KeSpellings.of("丘ヶ"));
        assertEquals(List.of(), KeSpellings.of(""));
    }
}
