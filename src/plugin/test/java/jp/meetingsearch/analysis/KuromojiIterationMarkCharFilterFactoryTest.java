package jp.meetingsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KuromojiIterationMarkCharFilterFactoryTest {
    private static final String TEXT = "時々こゝろ佐々木";

    private static String filtered(Map<String, ?> settings) throws IOException {
        KuromojiIterationMarkCharFilterFactory factory = ComponentFactories.create(KuromojiIterationMarkCharFilterFactory.class,
                settings);
        return Tokens.read(factory.create(new StringReader(TEXT)));
    }

    @Test
    void spellsOutKanjiAndKanaIterationMarksByDefault() throws IOException {
        assertEquals("時時こころ佐佐木", filtered(Map.of()));
    }

    @Test
    void eachScriptCanBeLeftAlone() throws IOException {
        assertEquals("時々こころ佐々木", filtered(Map.of("normalize_kanji", "false")));
        assertEquals("時時こゝろ佐佐木", filtered(Map.of("normalize_kana", "false")));
    }

    @Test
    void normalizersGetTheSameRewrite() throws IOException {
        KuromojiIterationMarkCharFilterFactory factory = ComponentFactories.create(KuromojiIterationMarkCharFilterFactory.class);
        assertEquals("時時こころ佐佐木", Tokens.read(factory.normalize(new StringReader(TEXT))));
    }

    @Test
    void badBooleansNameTheirSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ComponentFactories.create(KuromojiIterationMarkCharFilterFactory.class, Map.of("normalize_kana", "no")))
                .getMessage().contains("[normalize_kana]"));
    }
}
