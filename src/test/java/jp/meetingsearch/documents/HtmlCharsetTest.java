package jp.meetingsearch.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import jp.meetingsearch.text.TextDecoder;
import org.junit.jupiter.api.Test;

/** The charset of a saved page: what its meta says, unless the bytes show a tool re-encoded the page to UTF-8. */
class HtmlCharsetTest {
    private static final String PAGE = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>会議録</title></head>
            <body><p>○塩田　委員長　改めましておはようございます。</p></body></html>
            """;

    @Test
    void aPageReEncodedToUtf8ButStillDeclaringShiftJisIsReadAsUtf8AndSaysSo() throws Exception {
        DocumentText d = HtmlText.read(PAGE.getBytes(StandardCharsets.UTF_8), "page.html", null);
        assertTrue(d.text().contains("改めましておはようございます。"), d.text());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("declares") && w.contains("UTF-8")), d.warnings().toString());
    }

    @Test
    void aShiftJisPageIsReadAsItsMetaSays() throws Exception {
        DocumentText d = HtmlText.read(TextDecoder.encodeCp932(PAGE), "page.html", null);
        assertTrue(d.text().contains("改めましておはようございます。"), d.text());
        assertFalse(d.warnings().stream().anyMatch(w -> w.contains("declares")), d.warnings().toString());
    }
}
