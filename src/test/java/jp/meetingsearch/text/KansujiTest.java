package jp.meetingsearch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KansujiTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "〇, 0", "零, 0", "一, 1", "九, 9", "十, 10", "十一, 11", "二十, 20", "二十四, 24", "三十一, 31",
        "百, 100", "三百五, 305", "百十, 110", "千, 1000", "千九百八十九, 1989", "二千二十一, 2021",
        "二〇二一, 2021", "二○二一, 2021", "一九八九, 1989", "一二, 12", "元, 1", "万, 10000", "一万五千, 15000",
        "十二万三千四百五十六, 123456", "一億二千万, 120000000", "三兆, 3000000000000",
        "12, 12", "１２, 12", "3万, 30000", "２千, 2000", "壱, 1", "弐拾参, 23", "参百, 300"
    })
    void parsesNumerals(String text, long expected) {
        assertEquals(expected, Kansuji.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "元年", "二十a", "十月", "abc", "二・三"})
    void refusesOtherText(String text) {
        assertThrows(NumberFormatException.class, () -> Kansuji.parse(text));
        assertTrue(Kansuji.tryParse(text).isEmpty());
    }

    @Test
    void refusesNull() {
        assertThrows(NumberFormatException.class, () -> Kansuji.parse(null));
    }

    @Test
    void overflowIsEmptyNotWrapped() {
        assertTrue(Kansuji.tryParse("一二三四五六七八九〇一二三四五六七八九〇").isEmpty());
    }

    @Test
    void numeralChars() {
        assertTrue(Kansuji.isNumeralChar('〇'));
        assertTrue(Kansuji.isNumeralChar('百'));
        assertTrue(Kansuji.isNumeralChar('７'));
        assertFalse(Kansuji.isNumeralChar('元'));
        assertFalse(Kansuji.isNumeralChar('年'));
    }
}
