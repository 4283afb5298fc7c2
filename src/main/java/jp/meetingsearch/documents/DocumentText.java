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
 */
public record DocumentText(String text, String url, List<Integer> pageStarts, List<String> warnings) {
    public DocumentText {
        pageStarts = List.copyOf(pageStarts);
        warnings = List.copyOf(warnings);
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
