package jp.meetingsearch.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * How a page's and a PDF's layout becomes lines: the cases where a form of a summary lost a remark or joined two
 * (see src/test/resources/real/council, the 安曇野 and 宮代 forms).
 */
class PublishedLayoutsTest {
    @Test
    void aPagesTypographicSpacesAreSpaces() throws Exception {
        String page = "<html><body><main><p>2&emsp;日時&emsp;令和3年12月21日</p><p>&emsp;【事務局】&ensp;</p>"
                + "<p>&thinsp;・説明した。&nbsp;</p><p>&#x3000;字下げ</p></main></body></html>";
        DocumentText t = HtmlText.read(page.getBytes(StandardCharsets.UTF_8), "p.html", null);
        // the label, the marker and the bullet stand apart by plain spaces; the ideographic indent is kept
        assertEquals(List.of("2 日時 令和3年12月21日", "【事務局】", "・説明した。", "\u3000字下げ"),
                List.of(t.text().split("\n")));
    }

    @Test
    void whatThePageHidesIsNoPartOfItsText() throws Exception {
        // a record viewer's page: each speech a row, a hidden cell above it repeating the label for its navigation
        String page = "<html><body><table><tr><td style=\"visibility: hidden;\"><span>P.4 議長（井上直樹君）</span></td>"
                + "</tr><tr><td><pre>○議長（井上直樹君）　ただいまから会議を開きます。</pre></td></tr>"
                + "<tr><td style=\"color:red; display : none\">選択解除</td></tr>"
                + "<tr><td style=\"display: block\">以上</td></tr></table></body></html>";
        DocumentText t = HtmlText.read(page.getBytes(StandardCharsets.UTF_8), "p.html", null);
        assertEquals(List.of("○議長（井上直樹君）　ただいまから会議を開きます。", "以上"),
                t.text().lines().filter(l -> !l.isBlank()).toList());
    }

    @Test
    void aSavedViewOfAPagesSourceIsReadAsThePageItShows() throws Exception {
        // a browser's view-source of a record's page saved as a page: one table row per line of the source, the tags
        // written out as text
        StringBuilder page = new StringBuilder("<!-- saved from url=(0026)http://example.jp/r.html -->\n<html><body><table>");
        for (String line : List.of("&lt;HTML&gt;", "&lt;BODY&gt;", "○議長（瀬川裕海）&lt;BR&gt;　皆さん、おはようございます。&lt;BR&gt;",
                "○市長（橋川渉）&lt;BR&gt;　お答えいたします。", "&lt;/BODY&gt;&lt;/HTML&gt;")) {
            page.append("<tr><td class=\"line-number\"></td><td class=\"line-content\">")
                    .append(line.replace("&lt;", "<span class=\"html-tag\">&lt;").replace("&gt;", "&gt;</span>"))
                    .append("</td></tr>");
        }
        page.append("</table></body></html>");
        DocumentText t = HtmlText.read(page.toString().getBytes(StandardCharsets.UTF_8), "p.html", null);
        assertEquals(List.of("○議長（瀬川裕海）", "　皆さん、おはようございます。", "○市長（橋川渉）", "　お答えいたします。"),
                t.text().lines().filter(l -> !l.isBlank()).toList());
        assertEquals("http://example.jp/r.html", t.url());
        assertTrue(t.warnings().stream().anyMatch(w -> w.contains("view of a page's source")), t.warnings().toString());
    }

    @Test
    void aRuleBetweenSpeechesIsASeparatorLine() throws Exception {
        // a record system's page: each speech a block, a rule drawn with <hr> or an image between them; an image
        // with words of its own (alt) or beside text is no rule
        String page = "<html><body><div class=\"NameArea\">会議名：委員会</div>"
                + "<div><b>○委員長</b><br>　開会いたします。</div>"
                + "<div class=\"nospace\"><center><img src=\"images/thin_gray_line_s.gif\"></center></div>"
                + "<div>　○協議案件<br>　　１　委員長の辞任</div><hr>"
                + "<div><img src=\"images/title_bar.gif\" alt=\"発言内容\"></div>"
                + "<div><img src=\"line.gif\">　続き</div></body></html>";
        DocumentText t = HtmlText.read(page.getBytes(StandardCharsets.UTF_8), "p.html", null);
        assertEquals(List.of("会議名：委員会", "○委員長", "　開会いたします。", "――――――――――", "　○協議案件",
                "　　１　委員長の辞任", "――――――――――", "発言内容", "　続き"), List.of(t.text().split("\n")));
    }

    /** A4 page, Helvetica 10pt, lines at the left margin; the page is wide enough for LONG to fill it. */
    private static byte[] pdf(List<String> lines) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream s = new PDPageContentStream(doc, p)) {
                float y = 780;
                for (String l : lines) {
                    s.beginText();
                    s.setFont(font, 10);
                    s.newLineAtOffset(60, y);
                    s.showText(l);
                    s.endText();
                    y -= 14;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static final String LONG = "x".repeat(90);

    @Test
    void aLineAfterOneThatEndedAtTheMarginOpensWhenItStartsWithASpeakerADashOrARowNumber() throws Exception {
        DocumentText t = PdfText.read(pdf(List.of(LONG, "(member) asks.", LONG, "- \u2022 next point", LONG,
                "5   officials", LONG, "wrapped on")), "p.pdf");
        assertEquals(List.of(LONG, "(member) asks.", LONG, "- \u2022 next point", LONG, "5   officials",
                        LONG + " wrapped on"),
                List.of(t.text().split("\n")));
    }

    @Test
    void inARecordOfShortLinesAShortLineDidNotRunToTheMargin() throws Exception {
        // most lines short: the margin is where the few long lines end, not the middle of the page
        List<String> lines = List.of("Title of the record", "continued title", "ID", "label", "value", "label two",
                "value two", "place", "room", "date", LONG, "runs on");
        DocumentText t = PdfText.read(pdf(lines), "p.pdf");
        assertEquals(List.of("Title of the record", "continued title", "ID", "label", "value", "label two",
                "value two", "place", "room", "date", LONG + " runs on"), List.of(t.text().split("\n")));
    }
}
