package jp.meetingsearch.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProjectNamesTest {
    private final ProjectNames rules = ProjectNames.RULES;

    @Test
    void suffixesAreStrippedAndLeadingGenericWordsDropped() {
        ProjectNames.Forms f = rules.forms("市民活動サポートセンター運営事業");
        assertEquals("市民活動サポートセンター", f.head());
        assertTrue(f.shortForms().contains("サポートセンター"), f.toString());
        assertTrue(f.all().stream().noneMatch(w -> w.equals("センター")), f.toString());
    }

    @Test
    void aDistinctiveLeadingWordIsNeverDropped() {
        // 交通 is what tells this project from any talk of safety: no form without it
        ProjectNames.Forms f = rules.forms("交通安全教室開催事業");
        assertEquals("交通安全教室", f.head());
        assertEquals(List.of(), f.shortForms());
    }

    @Test
    void aGenericWordTheTokenizerSplitsIsDroppedWhole() {
        // まちづくり is cut まち + づくり: neither alone is generic, the two together are
        assertEquals(List.of("人財バンク"), rules.forms("まちづくり人財バンク事業").shortForms());
    }

    @Test
    void aNameOfGenericWordsOnlyLinksNothing() {
        assertEquals(List.of(), rules.forms("講演会開催事業").all());
        assertEquals(List.of(), rules.forms("市民活動支援事業").all());
    }

    @Test
    void aCommonNounAloneKeepsTheLastSuffix() {
        // a topic every remark may speak of: the project is the topic with what it does to it
        assertEquals("議会運営", rules.forms("議会運営事業").head());
        assertEquals("図書館運営", rules.forms("図書館運営事業").head());
        assertEquals("図書館管理", rules.forms("図書館管理運営事業").head());
        assertEquals("学校支援", rules.forms("学校支援事業").head());
        assertEquals("ボランティア支援", rules.forms("ボランティア支援事業").head());
        assertEquals("保育事業", rules.forms("保育事業").head());
        // two words, a place's name, a word the dictionary does not know: names
        assertEquals("予防接種", rules.forms("予防接種事業").head());
        assertEquals("高田川花火大会", rules.forms("高田川花火大会開催事業").head());
        assertEquals("びさいまつり", rules.forms("びさいまつり事業").head());
    }

    @Test
    void aShortenedFormIsNeverACommonNounAlone() {
        ProjectNames.Forms hall = rules.forms("市民ホール管理運営事業");
        assertEquals("市民ホール", hall.head());
        assertEquals(List.of(), hall.shortForms(), "not ホール");
        assertEquals(List.of("サポートセンター"), rules.forms("市民活動サポートセンター運営事業").shortForms().stream()
                .filter(f -> f.equals("サポートセンター")).toList(), "two words stay a form");
    }

    @Test
    void aSuffixAfterTheParticleGoesWithIt() {
        assertEquals("観光情報発信", rules.forms("観光情報発信の連携").head());
        assertEquals("ごみ減量推進員", rules.forms("ごみ減量推進員との協働").head());
    }

    @Test
    void aNameSaidOnlyAsTheMediumOfSomethingElseIsAChannel() {
        List<String> centre = rules.forms("市民活動サポートセンター運営事業").all();
        assertTrue(rules.onlyAsChannel("登録者を、サポートセンター通信で紹介していきたい。", centre));
        assertTrue(rules.onlyAsChannel("受賞した事業を、広報やサポートセンターのホームページで紹介してほしい。", centre));
        assertTrue(rules.onlyAsChannel("ボランティアを市民活動サポートセンターを通じて募集する。", centre));
        assertTrue(rules.onlyAsChannel("募集はサポートセンターのＳＮＳで知った。", centre), "width folded");
        // the medium itself, or the centre otherwise: the remark is about the centre
        assertFalse(rules.onlyAsChannel("サポートセンターのSNSは合計2,300人である。", centre));
        assertFalse(rules.onlyAsChannel("サポートセンターの開館時間を延ばしてほしい。", centre));
        assertFalse(rules.onlyAsChannel("サポートセンターで書き方の相談に乗ってほしい。", centre), "a place is no medium");
        assertFalse(rules.onlyAsChannel("サポートセンターのホームページに載せる。修了生をサポートセンターの相談員に。", centre),
                "one plain mention is enough");
        assertFalse(rules.onlyAsChannel("交流学習センターのホームページで見た。", centre), "no form, nothing to judge");
    }

    @Test
    void formsAreWidthAndVariantFolded() {
        assertEquals(rules.forms("髙田川花火大会").head(), rules.forms("高田川花火大会").head());
        assertEquals("ファミリー・サポート・センター", rules.forms("ファミリー・サポート・センター事業").head());
    }

    @Test
    void oneProjectAcrossYearsAndSpellings() {
        String id = ProjectNames.projectId("子育てひろば運営事業", "子育て支援課");
        assertEquals(id, ProjectNames.projectId("子育てひろば運営事業 ", "子育て支援課"));
        assertEquals(id, ProjectNames.projectId("子育てひろば運営事業（新規）", "子育て支援課"));
        assertEquals(ProjectNames.projectId("第Ⅲ期 まちの縁側づくり", "高齢福祉課"),
                ProjectNames.projectId("第Ⅳ期まちの縁側づくり", "高齢福祉課"));
        assertEquals(ProjectNames.projectId("髙田川花火大会", "商工観光課"),
                ProjectNames.projectId("高田川花火大会", "商工観光課"));
        assertNotEquals(id, ProjectNames.projectId("子育てひろば運営事業", "福祉政策課"));
        assertTrue(ProjectNames.ID.matcher(id).matches(), id);
    }

    @Test
    void printsTheFormsOfTheSampleList() throws Exception {
        for (String name : List.of("子育てひろば運営事業", "ボランティアセンター運営事業", "総合防災訓練", "子ども食堂ネットワーク支援",
                "市民音楽祭", "協働のまちづくり講座", "年末防犯パトロール", "認知症サポーター養成講座", "地域猫活動支援",
                "防災士養成支援", "公園愛護会活動支援", "多文化共生日本語教室", "地域づくり人財育成講座", "さくら川クリーン作戦")) {
            System.out.println(name + " → " + rules.forms(name));
        }
    }
}
