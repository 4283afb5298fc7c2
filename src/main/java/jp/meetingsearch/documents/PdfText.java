package jp.meetingsearch.documents;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.meetingsearch.text.UnreadableInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of minutes published as PDF, as the lines the record was written in: PDFBox gives the glyphs with their
 * positions; lines the page width wrapped are joined again (a line that runs to the right margin continues on the
 * next unless that one is indented or opens with a speaker or bullet mark), paragraph indents become full-width
 * spaces, and running headers and footers (a line repeated at the top or bottom of most pages, page numbers such
 * as {@code －１４－}) are removed from the text. The page each line starts on is kept as provenance.
 */
public final class PdfText {
    private PdfText() {
    }

    /** A page number alone on its line: －１４－, - 3 -, 3/12, P.5, ３. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s　]*(?:[-－―—–‐ー]?[\\s　]*[0-9０-９]{1,4}[\\s　]*[-－―—–‐ー]?|[0-9０-９]{1,4}[\\s　]*[/／][\\s　]*[0-9０-９]{1,4}"
                    + "|[PpＰｐ][.．]?[\\s　]*[0-9０-９]{1,4}|第?[0-9０-９]{1,4}[\\s　]*頁)[\\s　]*");
    /** Marks that open a new line in minutes: a line starting with one is never the continuation of the one above. */
    private static final String OPENERS = "○〇◯◎◆◇●■□【・※";
    /**
     * Other starts of a line that open one: a speaker in brackets ((委員), ＜委員＞, 〈座長〉), a list dash before a
     * bullet (- ・), a numbered table row (5　　市側出席者). A line that ended at the margin before one of these
     * ended there by itself.
     */
    private static final Pattern OPENING_LABEL = Pattern.compile(
            "[（(＜〈‹<《≪［\\[][^（）()＜＞〈〉‹›<>《》≪≫［］\\[\\]。、\\s　]{1,16}[）)＞〉›>》≫］\\]]"
                    + "|[-－‐][\\s　]*[・･●○◯〇•]|[0-9０-９]{1,2}[\\s　]{2,}\\S");
    /** Lines at each end of a page that may be a running header or footer. */
    private static final int BAND = 2;

    /** One line of glyphs as PDFBox orders them. */
    private record Line(int page, String text, float x0, float x1, float y, float em, int glyphs) {
    }

    /** Reads a PDF; an encrypted or damaged file is refused with the reason. */
    public static DocumentText read(byte[] bytes, String source) throws UnreadableInputException {
        List<List<Line>> pages;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            Collector c = new Collector();
            c.setSortByPosition(true);
            c.writeText(doc, Writer.nullWriter());
            pages = c.pages;
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException(source, 0, "the PDF is encrypted with a password: save it without one", e);
        } catch (IOException e) {
            throw new UnreadableInputException(source, 0, "not a readable PDF: " + e.getMessage(), e);
        }
        List<String> warnings = new ArrayList<>();
        if (pages.stream().allMatch(List::isEmpty)) {
            throw new UnreadableInputException(source, 0, "the PDF has no text layer (a scanned image?): "
                    + "run it through OCR first");
        }
        return assemble(pages, warnings);
    }

    /** Collects the glyphs of each line of each page. */
    private static final class Collector extends PDFTextStripper {
        final List<List<Line>> pages = new ArrayList<>();
        private final List<TextPosition> line = new ArrayList<>();

        Collector() {
            super();
        }

        @Override
        protected void startPage(PDPage page) {
            pages.add(new ArrayList<>());
            line.clear();
        }

        @Override
        protected void endPage(PDPage page) {
            flush();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            line.addAll(positions);
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        private void flush() {
            if (line.isEmpty()) {
                return;
            }
            pages.getLast().add(toLine(pages.size(), line));
            line.clear();
        }
    }

    /** The glyphs of a line as text: gaps of about a character width become full-width spaces, smaller ones a space. */
    private static Line toLine(int page, List<TextPosition> glyphs) {
        float[] widths = new float[glyphs.size()];
        for (int i = 0; i < glyphs.size(); i++) {
            widths[i] = em(glyphs.get(i));
        }
        float[] sorted = widths.clone();
        Arrays.sort(sorted);
        float em = sorted[sorted.length / 2];
        StringBuilder text = new StringBuilder();
        float end = Float.NaN;
        float y = 0;
        for (TextPosition g : glyphs) {
            float x = g.getXDirAdj();
            if (!Float.isNaN(end)) {
                float gap = x - end;
                // word processors space Latin letters and digits a quarter em away from Japanese on their own
                if (!text.isEmpty() && isAscii(text.charAt(text.length() - 1)) != isAscii(g.getUnicode().charAt(0))) {
                    gap -= 0.25f * em;
                }
                if (gap >= 0.75f * em) {
                    text.append("\u3000".repeat(Math.max(1, Math.round(gap / em))));
                } else if (gap >= 0.2f * em) {
                    text.append(' ');
                }
            }
            text.append(g.getUnicode());
            end = x + g.getWidthDirAdj();
            y = Math.max(y, g.getYDirAdj());
        }
        return new Line(page, text.toString(), glyphs.getFirst().getXDirAdj(), end, y, em, glyphs.size());
    }

    private static boolean isAscii(char c) {
        return c < 128;
    }

    /** A character's width: the font size in points, or the glyph's own width where a font is scaled to size 1. */
    private static float em(TextPosition g) {
        float size = g.getFontSizeInPt();
        return size >= 4 ? size : Math.max(1, g.getWidthDirAdj());
    }

    static DocumentText assemble(List<List<Line>> pages, List<String> warnings) {
        removeRunningLines(pages);
        List<Line> all = pages.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return new DocumentText("", null, List.of(), warnings);
        }
        float left = leftMargin(all);
        float right = rightMargin(all);
        List<String> out = new ArrayList<>();
        List<Integer> pageStarts = new ArrayList<>();
        Line previous = null;
        float spacing = lineSpacing(pages);
        for (List<Line> page : pages) {
            pageStarts.add(out.size() + 1);
            boolean pageStart = true;
            for (Line l : page) {
                int indent = Math.round((l.x0() - left) / l.em());
                String text = l.text();
                boolean opens = !text.isEmpty() && OPENERS.indexOf(text.charAt(0)) >= 0
                        || OPENING_LABEL.matcher(text).lookingAt();
                boolean continues = previous != null && wrapped(previous, right) && indent <= 0 && !opens
                        && !text.startsWith("\u3000");
                if (continues) {
                    out.set(out.size() - 1, join(out.getLast(), text));
                    if (pageStart) {
                        // the page opens inside a line of the page before: its first own line is the next one
                        pageStarts.set(pageStarts.size() - 1, out.size() + 1);
                    }
                } else {
                    if (previous != null && !pageStart && spacing > 0 && l.y() - previous.y() > spacing * 1.6f) {
                        out.add("");
                    }
                    if (pageStart) {
                        pageStarts.set(pageStarts.size() - 1, out.size() + 1);
                    }
                    out.add(indent > 0 && !text.startsWith("\u3000") ? "\u3000".repeat(indent) + text : text);
                }
                pageStart = false;
                previous = l;
            }
        }
        return new DocumentText(String.join("\n", out), null, pageStarts, warnings);
    }

    /** A line that ran to the right margin: the layout, not the writer, ended it. */
    private static boolean wrapped(Line l, float right) {
        return l.glyphs() >= 4 && l.x1() >= right - 1.6f * l.em();
    }

    /** Japanese is written without spaces: wrapped parts join directly, Latin words and numbers with a space. */
    private static String join(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before + after;
        }
        char a = before.charAt(before.length() - 1);
        char b = after.charAt(0);
        return before + (a < 128 && Character.isLetterOrDigit(a) && b < 128 && Character.isLetterOrDigit(b) ? " " : "")
                + after;
    }

    /** Where most lines start: the left margin of the text. */
    private static float leftMargin(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        lines.forEach(l -> counts.merge(Math.round(l.x0()), 1, Integer::sum));
        int best = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
        // the smallest start within a point of the commonest (rounding put neighbours in two buckets)
        return (float) lines.stream().mapToDouble(Line::x0).filter(x -> Math.abs(x - best) <= 1).min().orElse(best);
    }

    /**
     * Where long lines end: the median of the ends of the longest third of the lines, so that a punctuation mark
     * hanging past the margin, or a line the layout broke a character early, does not move it.
     */
    private static float rightMargin(List<Line> lines) {
        // only lines that reach near the farthest end can have run to the margin: in a record of short lines (a
        // table saved as a document, one remark a line) the longest third holds short lines too
        float farthest = 0;
        for (Line l : lines) {
            farthest = Math.max(farthest, l.x1());
        }
        List<Float> near = new ArrayList<>();
        for (Line l : lines) {
            if (l.x1() >= farthest - NEAR_MARGIN * l.em()) {
                near.add(l.x1());
            }
        }
        float[] ends = new float[near.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = near.get(i);
        }
        Arrays.sort(ends);
        int from = ends.length - Math.max(1, ends.length / 3);
        return ends[from + (ends.length - from) / 2];
    }

    /** How many characters short of the farthest line end a line may stop and still have run to the margin. */
    private static final float NEAR_MARGIN = 3f;

    /** The usual distance between two lines of a page, to tell a blank line from the next line. */
    private static float lineSpacing(List<List<Line>> pages) {
        List<Float> gaps = new ArrayList<>();
        for (List<Line> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float d = page.get(i).y() - page.get(i - 1).y();
                if (d > 0) {
                    gaps.add(d);
                }
            }
        }
        if (gaps.isEmpty()) {
            return 0;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 2);
    }

    /**
     * Removes page numbers and running headers and footers: a line among the first or last {@link #BAND} of a
     * page that is a page number, or whose text (digits masked) recurs at that end of at least half of the pages.
     */
    private static void removeRunningLines(List<List<Line>> pages) {
        Map<String, Integer> topCounts = new HashMap<>();
        Map<String, Integer> bottomCounts = new HashMap<>();
        for (List<Line> page : pages) {
            for (int i = 0; i < Math.min(BAND, page.size()); i++) {
                topCounts.merge(key(page.get(i)), 1, Integer::sum);
                bottomCounts.merge(key(page.get(page.size() - 1 - i)), 1, Integer::sum);
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        for (List<Line> page : pages) {
            List<Line> drop = new ArrayList<>();
            for (int i = 0; i < Math.min(BAND, page.size()); i++) {
                Line top = page.get(i);
                Line bottom = page.get(page.size() - 1 - i);
                if (PAGE_NUMBER.matcher(top.text()).matches() || topCounts.get(key(top)) >= needed) {
                    drop.add(top);
                }
                if (PAGE_NUMBER.matcher(bottom.text()).matches() || bottomCounts.get(key(bottom)) >= needed) {
                    drop.add(bottom);
                }
            }
            page.removeAll(drop);
        }
    }

    private static String key(Line l) {
        return l.text().replaceAll("[0-9０-９\\s　]", "").isEmpty() ? "#"
                : l.text().replaceAll("[0-9０-９]+", "#").replaceAll("[\\s　]", "");
    }
}
