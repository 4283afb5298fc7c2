package jp.meetingsearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.meetingsearch.text.Spaces;

/**
 * A remark's text with the places the query matched, read from highlighter output, turned into HTML fragments
 * (matches in {@code <mark>}, everything else escaped) and keyword-in-context windows.
 *
 * <p>The highlighter is asked for the whole text (number_of_fragments 0) with private-use characters as tags;
 * a highlight whose text, tags removed, is not exactly the stored text is ignored, so text that contains those
 * characters, or markup of its own, can never produce tags.
 *
 * @param text  the stored text
 * @param marks matched ranges, sorted, neither overlapping nor touching
 */
public record MarkedText(String text, List<Span> marks) {
    /** Start and end tags given to the highlighter: never in a query (SimpleQuery drops private-use characters). */
    public static final String START = "\uE000";
    public static final String END = "\uE001";
    /** Characters shown before and after a match in a fragment. */
    static final int FRAGMENT_CONTEXT = 40;
    /** A fragment stops taking in further matches beyond this length. */
    static final int FRAGMENT_MAX = 200;

    /** A matched range of the text, [start, end). */
    public record Span(int start, int end) {
    }

    public MarkedText {
        marks = List.copyOf(marks);
    }

    /** The text with the union of the ranges marked in each highlight (one per highlighted field). */
    public static MarkedText of(String text, List<String> highlights) {
        if (text == null) {
            return new MarkedText("", List.of());
        }
        List<Span> spans = new ArrayList<>();
        for (String h : highlights) {
            spans.addAll(spans(text, h));
        }
        return new MarkedText(text, merge(spans));
    }

    private static List<Span> spans(String text, String highlighted) {
        List<Span> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder(text.length());
        int open = -1;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == START.charAt(0)) {
                open = plain.length();
            } else if (c == END.charAt(0)) {
                if (open >= 0 && plain.length() > open) {
                    out.add(new Span(open, plain.length()));
                }
                open = -1;
            } else {
                plain.append(c);
            }
        }
        return plain.toString().equals(text) ? out : List.of();
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && s.start() <= out.getLast().end()) {
                Span last = out.removeLast();
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** True when nothing is marked. */
    public boolean isEmpty() {
        return marks.isEmpty();
    }

    /**
     * Up to {@code max} HTML fragments around the matches: {@code <mark>} around each, everything else escaped,
     * … where the text goes on. A text of at most {@value #FRAGMENT_MAX} characters is one fragment, whole;
     * fragments of a longer one never share text (a window that would reach into the one before is joined with
     * it), so nothing shows twice and every gap between two fragments is a real cut.
     */
    public List<String> fragments(int max) {
        if (marks.isEmpty()) {
            return List.of();
        }
        if (text.length() <= FRAGMENT_MAX) {
            return List.of(render(0, text.length(), 0, marks.size()));
        }
        // windows [start, end) over marks [first, last), joined where they overlap or touch
        List<int[]> windows = new ArrayList<>();
        int i = 0;
        // at most max windows are taken, joined or not, so the snippet stays bounded however dense the marks
        for (int taken = 0; i < marks.size() && taken < max; taken++) {
            int start = clampStart(marks.get(i).start() - FRAGMENT_CONTEXT);
            int end = clampEnd(marks.get(i).end() + FRAGMENT_CONTEXT);
            int j = i + 1;
            while (j < marks.size() && marks.get(j).start() < end && end - start < FRAGMENT_MAX) {
                end = clampEnd(Math.max(end, marks.get(j).end() + FRAGMENT_CONTEXT));
                j++;
            }
            end = Math.max(end, marks.get(j - 1).end());
            int[] last = windows.isEmpty() ? null : windows.getLast();
            if (last != null && start <= last[1]) {
                last[1] = Math.max(last[1], end);
                last[3] = j;
            } else {
                windows.add(new int[] {start, end, i, j});
            }
            i = j;
        }
        List<String> out = new ArrayList<>(windows.size());
        for (int[] w : windows) {
            out.add(render(w[0], w[1], w[2], w[3]));
        }
        return out;
    }

    /** Text [start, end) with marks [first, last) in it, as one line of HTML, … where the text was cut. */
    private String render(int start, int end, int first, int last) {
        StringBuilder html = new StringBuilder();
        if (start > 0) {
            html.append('…');
        }
        int pos = start;
        for (int k = first; k < last; k++) {
            Span m = marks.get(k);
            escape(html, text.substring(pos, m.start()));
            html.append("<mark>");
            escape(html, text.substring(m.start(), m.end()));
            html.append("</mark>");
            pos = m.end();
        }
        escape(html, text.substring(pos, end));
        if (end < text.length()) {
            html.append('…');
        }
        return breaksToSpaces(html);
    }

    /**
     * {@code s} with each run of white space that holds a line break made one space: what
     * {@code replaceAll("\\s*\\R\\s*", " ")} gives, without a regular expression (the pattern, tried at every
     * character of every fragment, took a tenth of the CPU the service spent on a page of hits).
     */
    static String breaksToSpaces(CharSequence s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!Spaces.isPatternSpace(c) && !isOtherBreak(c)) {
                out.append(c);
                i++;
                continue;
            }
            // a run of spaces, then perhaps a break that is no space (U+2028 …) and the spaces after it
            int j = i;
            boolean broken = false;
            while (j < n && Spaces.isPatternSpace(s.charAt(j))) {
                broken |= s.charAt(j) != ' ' && s.charAt(j) != '\t';
                j++;
            }
            if (j < n && isOtherBreak(s.charAt(j))) {
                j++;
                while (j < n && Spaces.isPatternSpace(s.charAt(j))) {
                    j++;
                }
                broken = true;
            }
            if (broken) {
                out.append(' ');
            } else {
                out.append(s, i, j);
            }
            i = j;
        }
        return out.toString();
    }

    /** The line breaks of {@code \R} that {@code \s} leaves out (U+0085, U+2028, U+2029). */
    private static boolean isOtherBreak(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** One keyword-in-context window: up to {@code width} characters left and right of one match, on one line. */
    public record Window(String left, String match, String right) {
    }

    /** A window around each match. */
    public List<Window> windows(int width) {
        List<Window> out = new ArrayList<>(marks.size());
        for (Span m : marks) {
            int from = clampStart(m.start() - width);
            int to = clampEnd(m.end() + width);
            out.add(new Window(oneLine(text.substring(from, m.start())), oneLine(text.substring(m.start(), m.end())),
                    oneLine(text.substring(m.end(), to))));
        }
        return out;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]", " ");
    }

    /** A start that does not cut a surrogate pair. */
    private int clampStart(int i) {
        int s = Math.max(0, i);
        return s > 0 && s < text.length() && Character.isLowSurrogate(text.charAt(s)) ? s - 1 : s;
    }

    /** An end that does not cut a surrogate pair. */
    private int clampEnd(int i) {
        int e = Math.min(text.length(), i);
        return e > 0 && e < text.length() && Character.isLowSurrogate(text.charAt(e)) ? e + 1 : e;
    }

    /** HTML text escaping: the five characters that can open markup or end an attribute. */
    static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
