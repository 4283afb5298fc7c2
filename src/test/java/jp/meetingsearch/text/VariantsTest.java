package jp.meetingsearch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VariantsTest {
    private final Variants table = Variants.TABLE;

    @Test
    void foldsTheVariantsOfTheIssueToTheUsualForm() {
        assertEquals("山崎 斎藤 斎藤 斎藤 浜田 広瀬 沢田 桜井 渡辺 渡辺 高橋", table.fold("山﨑 齋藤 齊藤 斉藤 濵田 廣瀬 澤田 櫻井 渡邉 渡邊 髙橋"));
        assertEquals("協働推進委員会", table.fold("協働推進委員会"), "text without variants stays as it is");
    }

    @Test
    void spellingsStartWithTheValueAsWrittenAndCoverTheClass() {
        List<String> s = table.spellings("斎藤");
        assertEquals("斎藤", s.getFirst());
        assertTrue(s.containsAll(List.of("齋藤", "齊藤", "斉藤")), s.toString());
        assertEquals(List.of("山﨑", "山崎", "山嵜"), table.spellings("山﨑"));
        assertEquals(List.of("まちづくり推進"), table.spellings("まちづくり推進"));
        assertEquals(List.of("協働", "協仂", "恊働", "恊仂"), table.spellings("協働"), "仂 and 恊 are variants too");
    }

    @Test
    void aLongValueOfManyVariantsStaysBounded() {
        List<String> s = table.spellings("齋藤澤邊濵髙廣櫻");
        assertEquals(Variants.MAX_SPELLINGS, s.size());
        assertEquals("齋藤澤邊濵髙廣櫻", s.get(0));
        assertEquals("斎藤沢辺浜高広桜", s.get(1), "the folded form is always among them");
    }

    @Test
    void aBrokenTableNamesFileAndLine() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Variants.parse(List.of("# c", "﨑崎"), "v.txt"))
                .getMessage().startsWith("v.txt:2: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Variants.parse(List.of("邉\t邊\tx", "邊\t辺\tx"), "v.txt"))
                .getMessage().contains("itself a variant"));
    }
}
