package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnalyticsCsvTest {

    @Test
    void bomQuotingNumbersAndNeutralisedTextCellsAndLabels() throws Exception {
        String csv = AnalyticsController.csv(List.of("theme", "=HYPERLINK(\"x\")", "share"), table -> {
            table.row("防災, 安全", 12, 0.25);
            table.row("=1+1", -3, null);
            table.row("-委員", "@x", "+81");
        });
        assertEquals("\uFEFFtheme,\"'=HYPERLINK(\"\"x\"\")\",share\r\n"
                + "\"防災, 安全\",12,0.25\r\n"
                + "'=1+1,-3,\r\n"
                + "'-委員,'@x,'+81\r\n", csv);
    }
}
