package jp.meetingsearch.projects;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.meetingsearch.documents.HtmlText;
import jp.meetingsearch.projects.CsvRecords.Rec;
import jp.meetingsearch.text.UnreadableInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The tables of a saved web page ({@code .html}, {@code .htm}), each as the records a list's text gives, so a list
 * a city publishes as a table on its page is read as its CSV export would be: a cell holds its text, a cell spanning
 * rows ({@code rowspan}: a department or a year over several projects) gives its value to every row it covers, a
 * cell spanning columns stands in the first of them, the others empty (as a merged cell of a workbook). A record's
 * line is the line of the page's source where its row starts. Tables that hold tables (a page's layout) are not
 * lists; the tables inside them may be.
 */
final class HtmlTables {
    private HtmlTables() {
    }

    /**
     * One table: what may name its fiscal year (its caption, else the heading above it, else the page's title) and
     * its non-blank rows.
     */
    record Table(String caption, List<Rec> records) {
    }

    /** Whether the file is a saved page: by its name, or by its first characters ({@code <!DOCTYPE html}, {@code <html}). */
    static boolean isHtml(Path file, byte[] bytes) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** The tables of the page {@code bytes} hold, in their order; {@code fileLabel} names the page in messages. */
    static List<Table> read(byte[] bytes, String fileLabel, Charset forcedOrNull, List<String> warnings)
            throws UnreadableInputException {
        String html = HtmlText.decode(bytes, fileLabel, forcedOrNull, warnings);
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<Table> out = new ArrayList<>();
        for (Element table : doc.select("table")) {
            if (table.select("table").size() > 1) {
                // a table holding tables lays the page out
                continue;
            }
            List<Rec> records = records(table);
            if (!records.isEmpty()) {
                out.add(new Table(caption(table, doc), records));
            }
        }
        return out;
    }

    private static List<Rec> records(Element table) {
        List<Rec> out = new ArrayList<>();
        // column → what a cell spanning rows above still gives it, and for how many more rows
        Map<Integer, String> spanText = new HashMap<>();
        Map<Integer, Integer> spanLeft = new HashMap<>();
        int ordinal = 0;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            ordinal++;
            List<String> cells = new ArrayList<>();
            int col = 0;
            for (Element cell : tr.children()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) {
                    continue;
                }
                col = fillSpans(cells, col, spanText, spanLeft);
                String text = text(cell);
                int rows = span(cell, "rowspan");
                int cols = span(cell, "colspan");
                for (int k = 0; k < cols; k++) {
                    cells.add(k == 0 ? text : "");
                    if (rows > 1) {
                        spanText.put(col + k, k == 0 ? text : "");
                        spanLeft.put(col + k, rows - 1);
                    }
                }
                col += cols;
            }
            fillSpans(cells, col, spanText, spanLeft);
            int line = tr.sourceRange().isTracked() ? tr.sourceRange().start().lineNumber() : ordinal;
            Rec rec = new Rec(cells, line);
            if (!rec.isBlank()) {
                out.add(rec);
            }
        }
        return out;
    }

    /** Adds the cells that spans from rows above give, from {@code col} on; the column after them. */
    private static int fillSpans(List<String> cells, int col, Map<Integer, String> spanText,
                                 Map<Integer, Integer> spanLeft) {
        int c = col;
        while (spanLeft.getOrDefault(c, 0) > 0) {
            cells.add(spanText.get(c));
            spanLeft.merge(c, -1, Integer::sum);
            c++;
        }
        return c;
    }

    /** A cell's text: its lines (a {@code <br>}, a paragraph) kept apart, spaces collapsed within them. */
    private static String text(Element cell) {
        Element copy = cell.clone();
        copy.select("br").after("\n");
        copy.select("p, div, li").after("\n");
        StringBuilder b = new StringBuilder();
        for (String line : copy.wholeText().split("\n")) {
            String l = line.replaceAll("[\\s\u00A0]+", " ").strip();
            if (!l.isEmpty()) {
                b.append(b.isEmpty() ? "" : "\n").append(l);
            }
        }
        return b.toString();
    }

    private static int span(Element cell, String attribute) {
        try {
            int n = Integer.parseInt(cell.attr(attribute).strip());
            return n >= 1 && n <= 1000 ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The table's caption, else the last heading before it, else the page's title; null when none. */
    private static String caption(Element table, Document doc) {
        Element caption = table.selectFirst("caption");
        if (caption != null && !caption.text().isBlank()) {
            return caption.text().strip();
        }
        for (Element e = table; e != null; e = e.parent()) {
            for (Element before = e.previousElementSibling(); before != null;
                 before = before.previousElementSibling()) {
                Element heading = before.nameIs("h1") || before.nameIs("h2") || before.nameIs("h3")
                        || before.nameIs("h4") || before.nameIs("h5") || before.nameIs("h6") ? before
                        : before.select("h1, h2, h3, h4, h5, h6").last();
                if (heading != null && !heading.text().isBlank()) {
                    return heading.text().strip();
                }
            }
        }
        return doc.title().isBlank() ? null : doc.title().strip();
    }
}
