package jp.meetingsearch.minutes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Attendance lines of verbatim records: titles letter-spaced or glued to the name, names letter-spaced. */
class PeopleTest {
    private static final RoleTable ROLES = RoleTable.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "　　議　　長　　山本　太郎|議長:山本太郎",
        "　理事　永　田　一　郎|理事:永田一郎",
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
}
