package jp.meetingsearch.minutes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attendance lines of verbatim records: titles letter-spaced or glued to the name, names letter-spaced. */
class PeopleTest {
    private static final RoleTable ROLES = RoleTable.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "　　議　　長　　山本　太郎|議長:山本太郎",
        "　理事　永　田　一　郎|理事:永田一郎",
        "　　主査　　　　　　　　　　　　附　田　準　悦|主査:附田準悦",
        "　　総括主査　　　　　　　　　　成　田　敏　教|総括主査:成田敏教",
        "　　消防長　　　　　　　　炭　　多　　光　　一|消防長:炭多光一",
        "　　消防本部消防署長　　　加　　古　　幸　　男|消防本部消防署長:加古幸男",
        "　　委員長　　　森　　秀樹　　　委　　員　　松野　優也|委員長:森秀樹,委員:松野優也",
        "委員長野村 有信君|委員長:野村有信",
        "財務局長谷川 健次君|財務局長:谷川健次",
        "企 画 調 整 課 長 金 井 薫 平|企画調整課長:金井薫平",
        "事 務 局 長 田 伏 智|事務局長:田伏智",
        "　　区長　　　　　　　　　　　　　　　　青　木　克　德|区長:青木克德",
        "事 務 局 長 横 井 慎 之 君|事務局長:横井慎之",
        "事 務 局 長 横 井|事務局長:横井",
        "事 務 局 長　横 井|事務局長:横井",
        "事 務 局 長  横  井|事務局長:横井",
        "会 計 管 理 者 谷 早 苗 君|会計管理者:谷早苗",
        "保健福祉課長 髙 松 重 和 君|保健福祉課長:髙松重和",
        "教育委員会次長 藤 田 俊 幸 君|教育委員会次長:藤田俊幸",
        "書 記 今 泉 央 君|書記:今泉央",
        "村 長 馬 場 希 君|村長:馬場希",
        "副 村 長 大 石 和 朗 君|副村長:大石和朗",
        "議　　長　　山本　太郎|議長:山本太郎",
        "議 長 山 本 太 郎|議長:山本太郎",
        "理事　永　田　一　郎|理事:永田一郎",
        "理 事 永 田 一 郎|理事:永田一郎",
        "事 務 局 次 長 山 田 花 子|事務局次長:山田花子",
        "総 務 課 長 秋 元 千 春|総務課長:秋元千春",
        "議 会 事 務 局 長 横 井|議会事務局長:横井",
        "教 育 委 員 会 事 務 局 次 長 山 田 花 子|教育委員会事務局次長:山田花子",
    })
    void titlesAndNamesOfAListLine(String line, String expected) {
        List<String> got = People.seats(line, ROLES).stream().map(s -> s.role() + ":" + s.name()).toList();
        assertEquals(List.of(expected.split(",")), got);
    }

    private static List<String> table(String... lines) {
        Optional<List<Official>> t = People.columnTable(List.of(lines), ROLES);
        assertTrue(t.isPresent(), "read as a table in columns");
        return t.get().stream().map(o -> o.title() + ":" + o.name()).toList();
    }

    @Test
    void aTableInColumnsTakesTheTitleLinesBelowEachPerson() {
        // departments and names on one line, the rest of the title below it in the same column
        assertEquals(List.of("生活環境部長:谷井寛", "都市創造部都市住宅室長:石原慎一", "生活環境部環境経済室長:砂川佳寛",
                        "都市創造部都市住宅室都市政策課主幹(駅南整備担当):吉田貴昭"),
                table("　　　　生活環境部長　　　　　　谷井　　寛　　　　　都市創造部　　　　　　石原　慎一",
                        "　　　　　　　　　　　　　　　　　　　　　　　　　　都市住宅室長",
                        "　　　　生活環境部　　　　　　　砂川　佳寛　　　　　都市創造部都市住宅室　吉田　貴昭",
                        "　　　　環境経済室長　　　　　　　　　　　　　　　　都市政策課主幹",
                        "　　　　　　　　　　　　　　　　　　　　　　　　　　（駅南整備担当）"));
    }

    @Test
    void aDepartmentAloneAndATitleAboveItsNameStayWithTheirPerson() {
        assertEquals(List.of("政策部公共施設マネジメント室営繕担当主幹:北野裕史", "福祉部人権福祉室地域福祉課長:菅原守弘",
                        "生活環境部環境経済室参事兼農業委員会事務局長:西田幸生", "上下水道事業管理者:江谷恭一"),
                table("　　　　政策部　　　　　　　　　　北野　裕史　　　　福祉部人権福祉室　　　　菅原　守弘",
                        "　　　　　　　　　　　　　　　　　　　　　　　　　　地域福祉課長",
                        "　　　　公共施設マネジメント室",
                        "　　　　営繕担当主幹",
                        "　　　　生活環境部環境経済室参事",
                        "　　　　　　　　　　　　　　　　　西田　幸生　　　　上下水道事業管理者　　　　江谷　恭一",
                        "　　　　兼農業委員会事務局長"));
    }

    @Test
    void aListOfOnePersonALineIsNoTableInColumns() {
        assertEquals(Optional.empty(), People.columnTable(List.of("　　市長　　　　　　櫻　田　　　宏",
                "　　副市長　　　　　出　﨑　和　夫"), ROLES));
    }
}
