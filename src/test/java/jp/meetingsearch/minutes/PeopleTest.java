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
    })
    void titlesAndNamesOfAListLine(String line, String expected) {
        List<String> got = People.seats(line, ROLES).stream().map(s -> s.role() + ":" + s.name()).toList();
        assertEquals(List.of(expected.split(",")), got);
    }
}
