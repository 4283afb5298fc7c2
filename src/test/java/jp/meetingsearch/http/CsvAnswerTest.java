package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvAnswerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =SUM(A1)     | '=SUM(A1)
            +81          | '+81
            -1           | '-1
            @cmd         | '@cmd
            ＝式         | '＝式
            防災・地域   | 防災・地域
            a=b          | a=b
            """)
    void formulaLikeTextIsNeutralised(String cell, String written) {
        assertEquals(written, CsvAnswer.neutralise(cell));
    }

    @Test
    void bomHeaderQuotingAndNumbersAsTheyAre() {
        String csv = new CsvAnswer("theme", "remarks", "share")
                .row("防災, 安全", 12, 0.25)
                .row("=1+1", -3, null)
                .render();
        assertEquals("\uFEFFtheme,remarks,share\r\n\"防災, 安全\",12,0.25\r\n'=1+1,-3,\r\n", csv);
    }
}
