package jp.meetingsearch.documents;

import java.util.List;

/**
 * The text of a published document, line by line as the minutes parsers read it, and its provenance.
 *
 * @param text       the lines, separated by {@code \n}
 * @param url        the document's own address where it states one (a page's canonical link), else null
 * @param pageStarts for a paged document (PDF): the 1-based line of the text where each page starts, in page
 *                   order; empty when the document has no pages
 * @param warnings   what looked wrong while reading ("file: message")
 * @param pageNames  what a web page says of itself outside its main content, in this order: its headings
 *                   ({@code <h1>}, {@code <h2>}, a date after them cut off), the parts of its {@code <title>} and
 *                   its author ({@code <meta name="author">}); the parsers take a meeting's name or assembly from
 *                   them only where the record's text gives none
 */
public record DocumentText(String text, String url, List<Integer> pageStarts, List<String> warnings,
                           List<String> pageNames) {
    public DocumentText {
        pageStarts = List.copyOf(pageStarts);
        warnings = List.copyOf(warnings);
        pageNames = List.copyOf(pageNames);
    }

    /** A document that says nothing of itself apart from its text. */
    public DocumentText(String text, String url, List<Integer> pageStarts, List<String> warnings) {
        this(text, url, pageStarts, warnings, List.of());
    }

    /** The 1-based page the given 1-based line of {@link #text} was printed on, or null for an unpaged document. */
    public Integer pageOfLine(int line) {
        if (pageStarts.isEmpty() || line < 1) {
            return null;
        }
        int page = 1;
        for (int i = 0; i < pageStarts.size(); i++) {
            if (pageStarts.get(i) <= line) {
                page = i + 1;
            } else {
                break;
            }
        }
        return page;
    }
}
