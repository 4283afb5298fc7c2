package jp.meetingsearch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WidthTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ＡＢＣ１２３ａｂｃ|ABC123abc",
        "事業協力（協定）|事業協力(協定)",
        "Ｒ３．１２．２１|R3.12.21",
        "１３：０５|13:05",
        "ｶﾀｶﾅ|カタカナ",
        "ｶﾞｷﾞｸﾞｹﾞｺﾞ|ガギグゲゴ",
        "ｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞ|ザジズゼゾダヂヅデド",
        "ﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ|バビブベボパピプペポ",
        "ｳﾞｧｲｵﾘﾝ|ヴァイオリン",
        "ﾎﾞﾗﾝﾃｨｱｾﾝﾀｰ|ボランティアセンター",
        "ｱﾞ|ア゛",
        "ﾞ|゛",
        "ｷｬｯﾁｺﾋﾟｰ｡|キャッチコピー。",
        "｢ﾜｰｸｼｮｯﾌﾟ｣､ﾃﾞｨｽｶｯｼｮﾝ･ﾀｲﾑ|「ワークショップ」、ディスカッション・タイム",
        "ｦﾝ|ヲン",
    })
    void foldsWidth(String in, String expected) {
        assertEquals(expected, Width.normalize(in));
    }

    @ParameterizedTest(name = "{0} kept")
    @ValueSource(strings = {"㎝", "①", "㈱", "㍻", "Ⅲ", "﨑", "髙", "￥", "〜", "ー", "ガ", "㋿", "・", "。"})
    void leavesCompatibilityCharactersAlone(String s) {
        assertEquals(s, Width.normalize(s));
    }

    @Test
    void foldsEveryFullWidthAsciiSymbol() {
        assertEquals("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
                Width.normalize("！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～"));
    }

    @Test
    void collapsesAndTrimsWhitespace() {
        assertEquals("市民 活動 推進課", Width.normalize("\u3000市民\u3000\u3000活動 \t推進課\r\n "));
        assertEquals("a b", Width.normalize("a\u00A0\nb"));
        assertEquals("", Width.normalize(" \u3000 "));
        assertNull(Width.normalize(null));
    }

    @Test
    void foldKeepsLineBreaksAndSpaceRuns() {
        assertEquals("A  B\nカ", Width.fold("Ａ\u3000 Ｂ\nｶ"));
        String untouched = "普通の文章です。";
        assertEquals(untouched, Width.fold(untouched));
    }

    @Test
    void compactLeavesNoWhitespaceAndNullIsEmpty() {
        assertEquals("佐藤花子", Width.compact(" 佐藤\u3000花子\n"));
        assertEquals("地域づくり課長", Width.compact("地域づくり 課長"));
        assertEquals("AB", Width.compact("Ａ\tＢ"));
        assertEquals("", Width.compact(null));
    }
}
