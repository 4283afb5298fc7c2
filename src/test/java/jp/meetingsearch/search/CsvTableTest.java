package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=SUM(A1:A9)|'=SUM(A1:A9)",
            "+81 90|'+81 90",
            "-1|'-1",
            "@cmd|'@cmd",
            "`\tx`|`'\tx`",
            "`\rx`|`'\rx`",
            "協働 = 連携|協働 = 連携",
            "＝全角|＝全角",
    })
    void formulaLikeCellsGetAnApostrophe(String cell, String expected) {
        assertEquals(expected, CsvTable.safe(cell));
    }

    @Test
    void bomHeaderQuotingAndCrlf() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvTable t = new CsvTable(out, List.of("id", "text", "date", "n"))) {
            t.row("a", "改行\nと\"引用\"と,カンマ", LocalDate.of(2021, 12, 21), 3);
            t.row("b", "=1+2", null, null);
        }
        assertEquals("\uFEFFid,text,date,n\r\na,\"改行\nと\"\"引用\"\"と,カンマ\",2021-12-21,3\r\nb,'=1+2,,\r\n",
                out.toString());
    }
}
