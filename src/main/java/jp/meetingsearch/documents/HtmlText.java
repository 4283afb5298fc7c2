package jp.meetingsearch.documents;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.meetingsearch.text.DecodedText;
import jp.meetingsearch.text.TextDecoder;
import jp.meetingsearch.text.UnreadableInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The main content of a web page saved from a city's or assembly's site, as lines of text: navigation,
 * breadcrumbs, search boxes, contact boxes, banners and footers are dropped; each table row becomes one line of
 * its cells separated by tabs (so a header table reads "会議名⇥…", as the parsers expect); block elements and
 * {@code <br>} end lines; indentation written with full-width spaces or {@code &nbsp;} is kept, because verbatim
 * records start each paragraph with one.
 */
public final class HtmlText {
    private HtmlText() {
    }

    /** Elements that never hold the record. */
    private static final String NEVER = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, input, button, select, textarea, nav, header, footer, aside, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=search], [role=complementary], "
            + "[hidden], [aria-hidden=true], "
            // a cell the page hides (a viewer's navigation copy of the label: <td style="visibility: hidden;">)
            + "[style~=(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)]";
    /** Names (in an id or class) of site furniture on Japanese municipal CMSs, matched anywhere in the name. */
    private static final Pattern FURNITURE = Pattern.compile(
            "breadcrumb|pankuzu|topicpath|topic-path|toiawase|inquiry|gnav|globalnav|global-nav|localnav|local-nav"
                    + "|sidenav|side-nav|sidebar|sitemap|pagetop|page-top|kensaku|mojisize|moji_size|fontsize|font-size"
                    + "|questionnaire|sr-only|visually-hidden|screen-reader|hidden-print|d-print-none|noprint|no-print");
    /** Words of a name (split at -, _ and spaces) that mark furniture: contact box, menu, search box, share links. */
    private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navi", "navigation", "menu", "search", "contact",
            "banner", "skip", "share", "sns", "social", "side", "utility", "lang", "language", "evaluation");
    /** Outside a content container, headers and footers of the page are furniture too. */
    private static final Set<String> PAGE_FRAME_WORDS = Set.of("header", "footer");
    /** A number alone opening a block: the system's numbering of speeches (1, 1: ), not words of the record. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("[\\s　]*[0-9０-９]{1,4}[\\s　]*[:：.．]?[\\s　]*");
    /** Where the record is, most specific first: CMS content containers and the HTML5 landmarks. */
    private static final List<String> MAIN = List.of("main", "[role=main]", "#tmp_contents", "#main_body",
            "#mainContents", "#main-contents", "#main_contents", "#contents-main", "#contents_main", "#main",
            "#contents", "#content", ".main-contents", ".mainContents", "article");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr",
            "blockquote", "pre", "address", "figure", "figcaption", "hr", "caption", "center");
    /** The file name of an image drawn as a rule: line, hr or rule as a word of it. */
    private static final Pattern RULE_IMAGE = Pattern.compile("(?:.*[_\\-])?(?:line|hr|rule)(?:[_\\-.].*)?");
    /** What a rule becomes: a line of the box-drawing bar the minutes parsers take as a separator. */
    private static final String SEPARATOR = "――――――――――";
    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** Internet Explorer's mark on a saved page: {@code <!-- saved from url=(0052)https://… -->}. */
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");

    /**
     * Reads a saved page: the charset its {@code <meta>} declares, else UTF-8 or CP932 as for text files.
     *
     * @param forcedOrNull decode with this charset instead
     */
    public static DocumentText read(byte[] bytes, String source, Charset forcedOrNull) throws UnreadableInputException {
        List<String> warnings = new ArrayList<>();
        String html = decode(bytes, source, forcedOrNull, warnings);
        return parse(html, source, warnings);
    }

    /**
     * A saved page's markup: decoded with the charset its {@code <meta>} declares, else as UTF-8 or CP932 as text
     * files are; what was noticed on the way is added to {@code warnings}.
     *
     * @param forcedOrNull decode with this charset instead
     */
    public static String decode(byte[] bytes, String source, Charset forcedOrNull, List<String> warnings)
            throws UnreadableInputException {
        Charset charset = forcedOrNull != null ? forcedOrNull : declaredCharset(bytes);
        if (forcedOrNull == null && charset != null && !charset.equals(StandardCharsets.UTF_8)
                && isUtf8WithJapanese(bytes)) {
            // a page saved by a tool that re-encoded it to UTF-8 and kept the server's <meta charset=Shift_JIS>:
            // bytes that decode as UTF-8 with multi-byte characters are UTF-8 (Shift_JIS text almost never does)
            warnings.add(source + ": the page declares " + charset.name() + " but is written in UTF-8: read as UTF-8");
            charset = StandardCharsets.UTF_8;
        }
        String html;
        if (charset != null) {
            DecodedText d = TextDecoder.decode(bytes, source, charset);
            html = d.text();
            warnings.addAll(d.warnings());
        } else {
            DecodedText d = TextDecoder.decode(bytes, source, null);
            html = d.text();
            warnings.addAll(d.warnings());
        }
        return html;
    }

    /** Whether the bytes are valid UTF-8 holding multi-byte characters (not plain ASCII, which any charset reads). */
    static boolean isUtf8WithJapanese(byte[] bytes) {
        boolean multiByte = false;
        for (byte b : bytes) {
            if (b < 0) {
                multiByte = true;
                break;
            }
        }
        if (!multiByte) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The main content of an HTML text. */
    public static DocumentText parse(String html, String source, List<String> warnings) {
        Document doc = Jsoup.parse(html);
        String url = ownUrl(doc, html);
        Elements sourceLines = doc.select("td.line-content");
        if (sourceLines.size() >= VIEW_SOURCE_LINES && !doc.select("span.html-tag").isEmpty()) {
            // a browser's view of the page's source, saved as a page: its text is the page, line by line
            StringBuilder page = new StringBuilder();
            for (Element line : sourceLines) {
                page.append(line.wholeText()).append('\n');
            }
            warnings.add(source + ": a saved view of a page's source: the page it shows is read");
            DocumentText shown = parse(page.toString(), source, warnings);
            return url == null ? shown
                    : new DocumentText(shown.text(), url, shown.pageStarts(), shown.warnings(), shown.pageNames());
        }
        List<String> names = pageNames(doc);
        Element root = mainContent(doc);
        root.select(NEVER).remove();
        removeFurniture(root, root == doc.body());
        removeLeadingNumbers(root);
        Lines lines = new Lines();
        render(root, lines, false);
        String text = lines.text();
        if (text.isBlank()) {
            warnings.add(source + ": the page has no text outside its navigation and furniture");
        }
        return new DocumentText(text, url, List.of(), warnings, names);
    }

    /** The fewest source lines ({@code <td class="line-content">}) a saved view of a page's source holds. */
    private static final int VIEW_SOURCE_LINES = 3;

    /** A page title's parts: 文書閲覧 ＤＸ推進調査特別委員会 | すべての発言を表示 | 仙台市議会会議録. */
    private static final Pattern TITLE_PARTS = Pattern.compile("[\\s　]*[|｜][\\s　]*|[\\s　]+[-–—][\\s　]+");
    /** A date standing after a heading's name (令和６年第４回定例会（第５号） 2024-12-17). */
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "[\\s　]+(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|(?:令和|平成|昭和)[^\\s　]{1,12}日)[\\s　]*$");

    /** What the page says of itself apart from its main content: headings, the parts of its title, its author. */
    private static List<String> pageNames(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element h : doc.select("h1, h2")) {
            out.add(TRAILING_DATE.matcher(spaces(h.text()).strip()).replaceFirst(""));
        }
        for (String part : TITLE_PARTS.split(spaces(doc.title()).strip())) {
            out.add(part);
        }
        Element author = doc.selectFirst("meta[name=author]");
        if (author != null) {
            out.add(author.attr("content"));
        }
        return out.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // what Japanese sites declare as Shift_JIS is in practice Microsoft's superset (①, ㈱, 髙)
        if (name.equals("shift_jis") || name.equals("shift-jis") || name.equals("sjis") || name.equals("x-sjis")
                || name.equals("ms932") || name.equals("cp932")) {
            return TextDecoder.CP932;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The address the page gives for itself: canonical link, og:url, or the mark of a browser's "save as". */
    private static String ownUrl(Document doc, String html) {
        for (String css : List.of("link[rel=canonical]", "meta[property=og:url]")) {
            Element e = doc.selectFirst(css);
            String v = e == null ? "" : (e.hasAttr("href") ? e.attr("href") : e.attr("content")).strip();
            if (v.startsWith("http://") || v.startsWith("https://")) {
                return v;
            }
        }
        Matcher m = SAVED_FROM.matcher(html.substring(0, Math.min(html.length(), 2048)));
        return m.find() && m.group(1).startsWith("http") ? m.group(1) : null;
    }

    /**
     * The content container that holds the record: among the known containers holding nearly as much text as the
     * fullest one, the innermost (a #main around #tmp_contents also holds a side menu); the body when none holds
     * a third of the page's text (then the known names were teaser boxes, not the record).
     */
    private static Element mainContent(Document doc) {
        List<Element> candidates = new ArrayList<>();
        for (String css : MAIN) {
            candidates.addAll(doc.select(css));
        }
        int most = candidates.stream().mapToInt(e -> e.text().length()).max().orElse(0);
        Element body = doc.body();
        if (most * 3 < body.text().length()) {
            return body;
        }
        Element best = null;
        for (Element e : candidates) {
            if (e.text().length() * 100 >= most * 85 && (best == null || e.parents().size() > best.parents().size())) {
                best = e;
            }
        }
        return best;
    }

    private static void removeFurniture(Element root, boolean wholePage) {
        int total = Math.max(1, root.text().length());
        Elements marked = new Elements();
        for (Element e : root.getAllElements()) {
            if (e != root && isFurniture(e, wholePage)) {
                marked.add(e);
            }
        }
        for (Element e : marked) {
            // a wrapper that holds most of the page is layout, whatever its name says: keep it
            if (e.parent() != null && e.text().length() * 2 < total) {
                e.remove();
            }
        }
    }

    private static boolean isFurniture(Element e, boolean wholePage) {
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        if (FURNITURE.matcher(names).find()) {
            return true;
        }
        for (String word : names.split("[^a-z0-9]+")) {
            if (FURNITURE_WORDS.contains(word) || wholePage && PAGE_FRAME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Removes inline elements holding only a number where a block of text starts (speech numbers). */
    private static void removeLeadingNumbers(Element root) {
        List<Element> drop = new ArrayList<>();
        for (Element e : root.select("span, a, b, strong, em")) {
            if (!LEADING_NUMBER.matcher(e.text()).matches() || e.text().isBlank()) {
                continue;
            }
            Node before = e.previousSibling();
            while (before instanceof TextNode t && t.isBlank() || before instanceof Comment) {
                before = before.previousSibling();
            }
            if (before == null || before instanceof Element b && b.normalName().equals("br")) {
                drop.add(e);
            }
        }
        drop.forEach(Element::remove);
    }

    /**
     * The page's typographic spaces (&amp;nbsp;, &amp;ensp;, &amp;emsp;, &amp;thinsp; …) as plain spaces: the parsers
     * read a space between a row's label and its value, or before a marker, whichever width the page wrote it
     * in. The ideographic space stays: indentation with it is part of a verbatim record's layout.
     */
    static String spaces(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u3000' && c != ' ' && Character.isSpaceChar(c)) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? s : out.toString();
    }

    /** Lines being built: text is appended to the current line; a block boundary ends it. */
    private static final class Lines {
        private final List<String> done = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        void append(String s) {
            current.append(s);
        }

        void end() {
            String line = strip(spaces(current.toString()));
            current.setLength(0);
            if (!line.isEmpty()) {
                done.add(line);
            }
        }

        String text() {
            end();
            while (!done.isEmpty() && done.getLast().isEmpty()) {
                done.removeLast();
            }
            return String.join("\n", done);
        }

        /**
         * Source formatting (ASCII blanks) goes at both ends, trailing full-width spaces too; leading full-width
         * spaces and no-break spaces are the record's indentation and stay.
         */
        private static String strip(String s) {
            int to = s.length();
            while (to > 0 && (Character.isWhitespace(s.charAt(to - 1)) || s.charAt(to - 1) == '\u00a0')) {
                to--;
            }
            int from = 0;
            while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
                from++;
            }
            return s.substring(from, to);
        }
    }

    private static void render(Node node, Lines out, boolean pre) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(pre ? t.getWholeText() : collapse(t.getWholeText()));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    out.end();
                } else if (tag.equals("hr") || isRule(e)) {
                    // a rule between parts of the record: the separator line the minutes parsers know
                    out.end();
                    out.append(SEPARATOR);
                    out.end();
                } else if (tag.equals("tr")) {
                    out.end();
                    row(e, out);
                    out.end();
                } else if (tag.equals("p") || tag.matches("h[1-6]")) {
                    out.end();
                    render(e, out, pre);
                    out.end();
                } else if (tag.equals("img")) {
                    out.append(e.attr("alt"));
                } else if (BLOCKS.contains(tag)) {
                    out.end();
                    render(e, out, pre || tag.equals("pre"));
                    out.end();
                } else {
                    render(e, out, pre);
                }
            } else if (!(child instanceof Comment)) {
                render(child, out, pre);
            }
        }
    }

    /**
     * A rule drawn with an image: a block whose only content is one image without alt text, its file named as a
     * line or rule (thin_gray_line_s.gif, line.gif, hr.png), as the assembly record systems draw the line between
     * two speeches.
     */
    private static boolean isRule(Element e) {
        // a rule's block holds a few nodes at most: a larger one is not read further (every block is asked)
        if (!BLOCKS.contains(e.normalName()) || !fewNodes(e, 6) || !e.text().isBlank()) {
            return false;
        }
        Elements images = e.select("img");
        if (images.size() != 1 || !images.first().attr("alt").isBlank()) {
            return false;
        }
        String src = images.first().attr("src").toLowerCase(Locale.ROOT);
        String file = src.substring(src.lastIndexOf('/') + 1);
        return RULE_IMAGE.matcher(file).matches();
    }

    /** Whether the node and everything under it are at most {@code limit} nodes. */
    private static boolean fewNodes(Node n, int limit) {
        int[] left = {limit};
        return fewNodes(n, left);
    }

    private static boolean fewNodes(Node n, int[] left) {
        if (--left[0] < 0) {
            return false;
        }
        for (Node child : n.childNodes()) {
            if (!fewNodes(child, left)) {
                return false;
            }
        }
        return true;
    }

    /** A table row: its cells on one line, separated by tabs; lines inside a cell stay lines. */
    private static void row(Element tr, Lines out) {
        boolean first = true;
        for (Element cell : tr.children()) {
            if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                continue;
            }
            if (!first) {
                out.append("\t");
            }
            first = false;
            render(cell, out, false);
        }
    }

    /** Runs of ASCII whitespace (source formatting) become one space; &amp;nbsp; stays until the line is ended. */
    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean blank = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (!blank) {
                    b.append(' ');
                }
                blank = true;
            } else {
                b.append(c);
                blank = false;
            }
        }
        return b.toString();
    }
}
