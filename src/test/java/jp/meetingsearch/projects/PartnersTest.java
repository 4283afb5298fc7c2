package jp.meetingsearch.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NPO法人ひだまり|NPO法人ひだまり",
        "商工会、観光協会|商工会;観光協会",
        "商工会，観光協会|商工会;観光協会",
        "商工会,観光協会, 自治会|商工会;観光協会;自治会",
        "商工会／観光協会|商工会;観光協会",
        "商工会;観光協会|商工会;観光協会",
        "商工会\\n観光協会|商工会;観光協会",
        "商工会・観光協会|商工会;観光協会",
        "市社会福祉協議会・NPO法人ひだまり・市内高校|市社会福祉協議会;NPO法人ひだまり;市内高校",
        "まちづくり・ネット|まちづくり・ネット",
        "NPO法人まちづくり・ネット|NPO法人まちづくり・ネット",
        "みどり会・花|みどり会・花",
        "NPO法人A（代表：山田、佐藤）、自治会|NPO法人A(代表:山田、佐藤);自治会",
        "「まち・ひと・しごと」推進会議、市|「まち・ひと・しごと」推進会議;市",
        "ｶﾌﾞｼｷｶﾞｲｼｬ ﾐﾅﾄ|カブシキガイシャ ミナト",
        "㈱みなと・㈲さくら|㈱みなと;㈲さくら",
        "なし|",
        "-|",
        "|",
        "商工会、、観光協会、|商工会;観光協会",
        "公益社団法人\\n移動通信基盤整備協会|公益社団法人移動通信基盤整備協会",
        "公益財団法人都道府県会館\\n法人番号2010005003854|公益財団法人都道府県会館",
        "NPO法人ひだまり会・市内高校|NPO法人ひだまり会;市内高校",
    })
    void splitsOrganisations(String cell, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertEquals(want, Partners.split(cell == null ? "" : cell.replace("\\n", "\n")));
    }
}
