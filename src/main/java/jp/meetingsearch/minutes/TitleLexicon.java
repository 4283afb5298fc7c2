package jp.meetingsearch.minutes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of speaker labels ({@code loaders/titles.txt}, whose header documents the format): the words a title
 * ends with, the honorifics written after a name, and the words that open a heading or list rather than a turn.
 */
public final class TitleLexicon {
    /** Where the project keeps the lexicon, relative to its root. */
    public static final String DEFAULT_FILE = "loaders/titles.txt";

    private final List<String> titles;
    private final Set<String> titleSet;
    private final List<String> honorifics;
    private final List<String> headings;

    private TitleLexicon(List<String> titles, List<String> honorifics, List<String> headings) {
        // longest first, so that the first that fits is the most specific
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        this.titles = titles.stream().distinct().sorted(longestFirst).toList();
        this.titleSet = new HashSet<>(titles);
        this.honorifics = honorifics.stream().distinct().sorted(longestFirst).toList();
        this.headings = headings.stream().distinct().sorted(longestFirst).toList();
    }

    /** Parses lexicon lines; {@code source} names them in error messages. */
    public static TitleLexicon parse(List<String> lines, String source) {
        List<String> titles = new ArrayList<>();
        List<String> honorifics = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (ProjectFiles.Entry e : ProjectFiles.entries(lines, source, "KIND<TAB>WORD")) {
            String word = RoleTable.fold(e.second());
            switch (e.first()) {
                case "title" -> titles.add(word);
                case "honorific" -> honorifics.add(word);
                case "heading" -> headings.add(word);
                default -> throw new IllegalArgumentException(source + ":" + e.line() + ": unknown kind '"
                        + e.first() + "', expected title, honorific or heading");
            }
        }
        return new TitleLexicon(titles, honorifics, headings);
    }

    /** Reads a lexicon file; errors name the file and line. */
    public static TitleLexicon load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the title lexicon " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The project's {@code loaders/titles.txt}: the system property {@code meetingsearch.titles} names another
     * file; otherwise it is looked for under {@code project.basedir} and the working directory.
     */
    public static TitleLexicon standard() {
        return load(jp.meetingsearch.config.RuleFiles.find("meetingsearch.titles", DEFAULT_FILE, "title lexicon"));
    }

    /** The project's lexicon, read once when first needed. */
    private static final class Shared {
        static final TitleLexicon LEXICON = standard();
    }

    /** {@link #standard()}, read once for the process. */
    static TitleLexicon shared() {
        return Shared.LEXICON;
    }

    /** The title words {@code folded} ends with, longest first (総務部長 → 部長, 長). */
    List<String> headsOf(String folded) {
        List<String> out = new ArrayList<>();
        for (String t : titles) {
            if (folded.endsWith(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether the word is an entry of its own (市長, 議長), a title that needs no name or department before it. */
    boolean isTitle(String folded) {
        return titleSet.contains(folded);
    }

    /** The honorific {@code folded} ends with, or null. */
    String honorificOf(String folded) {
        for (String h : honorifics) {
            if (folded.endsWith(h) && folded.length() > h.length()) {
                return h;
            }
        }
        return null;
    }

    /** Whether a label starting so is a heading or list (議事日程, 出席議員 …). */
    boolean isHeading(String folded) {
        for (String h : headings) {
            if (folded.startsWith(h)) {
                return true;
            }
        }
        return false;
    }
}
