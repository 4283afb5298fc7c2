package jp.meetingsearch.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlagsTest {

    @ParameterizedTest(name = "{0} is yes")
    @ValueSource(strings = {"○", "◯", "●", "〇", "◎", "はい", "有", "有り", "あり", "新規", "1", "true", "TRUE", "yes",
        "Yes", "ｙｅｓ", "１", " ○ ", "○（R3から）", "○(継続中)", "✓", "レ", "対象"})
    void yes(String cell) {
        assertEquals(Optional.of(true), Flags.parse(cell));
    }

    @ParameterizedTest(name = "{0} is no")
    @ValueSource(strings = {"×", "✕", "いいえ", "無", "無し", "なし", "継続", "0", "false", "FALSE", "no", "No", "-", "－",
        "―", "", " ", "\u3000", "対象外"})
    void no(String cell) {
        assertEquals(Optional.of(false), Flags.parse(cell));
    }

    @ParameterizedTest(name = "{0} is neither")
    @ValueSource(strings = {"未定", "要確認", "2", "○×", "maybe", "新規?"})
    void neither(String cell) {
        assertEquals(Optional.empty(), Flags.parse(cell));
    }

    @org.junit.jupiter.api.Test
    void nullIsBlankIsNo() {
        assertEquals(Optional.of(false), Flags.parse(null));
    }
}
