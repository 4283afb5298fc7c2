package jp.meetingsearch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SurfaceFormsTest {
    @Test
    void katakanaStemsGetTheirLongVowelBack() {
        assertEquals("センター", SurfaceForms.of("センタ", List.of("市民活動サポートセンターの利用", "センターは混んでいる")));
        assertEquals("コーディネーター", SurfaceForms.of("コーディネータ", List.of("コーディネーターを配置")));
        assertEquals("サーバ", SurfaceForms.of("サーバ", List.of("サーバの更新")), "written without the mark, shown without it");
    }

    @Test
    void widthCaseAndVariantsAsWritten() {
        assertEquals("ＮＰＯ", SurfaceForms.of("npo", List.of("ＮＰＯ法人と協働", "ＮＰＯの支援", "NPOとの連携")));
        assertEquals("山﨑", SurfaceForms.of("山崎", List.of("山﨑委員の質問", "山﨑委員から")));
    }

    @Test
    void aTermNoOneWroteAsSuchStaysTheTerm() {
        assertEquals("進める", SurfaceForms.of("進める", List.of("協働を進めたい")), "a base form");
        assertEquals("協働", SurfaceForms.of("協働", List.of()));
    }

    @Test
    void textsFoldedOnceGiveEachTermTheFormItHasAlone() {
        List<String> texts = List.of("ＮＰＯ法人と協働", "市民活動サポートセンターの利用", "山﨑委員の質問", "NPOとの連携",
                "ＮＰＯの支援", "センターは混んでいる", "協働を進めたい");
        SurfaceForms.Texts folded = new SurfaceForms.Texts(texts);
        for (String term : List.of("npo", "センタ", "山崎", "協働", "進める", "サーバ", "")) {
            assertEquals(SurfaceForms.of(term, texts), folded.formOf(term), term);
        }
        assertEquals("ＮＰＯ", folded.formOf("npo"));
        assertEquals("センター", folded.formOf("センタ"));
        assertEquals("山﨑", folded.formOf("山崎"));
    }
}
