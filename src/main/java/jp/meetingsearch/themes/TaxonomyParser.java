package jp.meetingsearch.themes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the taxonomy format of {@code mappings/themes.txt}: {@code [name]} opens a theme; {@code description},
 * {@code any}, {@code all} and {@code none} lines ({@code key = value}) follow; terms are separated by
 * {@code ,} {@code 、} or {@code ，}; a term in double quotes is a phrase; a key given again adds terms;
 * {@code #} starts a comment line. Every error names the source and line.
 */
public final class TaxonomyParser {
    /** Prefix reserved for keys the service adds next to theme names (e.g. the untagged bucket). */
    public static final String RESERVED_PREFIX = "_";

    private TaxonomyParser() {
    }

    /** Parses the text of a taxonomy file; {@code source} is the name errors give (usually the path). */
    public static List<Theme> parse(String source, String text) {
        List<Theme> themes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Block block = null;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = (i == 0 ? stripBom(lines[i]) : lines[i]).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (block != null) {
                    themes.add(block.finish(source));
                }
                block = new Block(themeName(source, lineNo, line), lineNo);
                if (!names.add(block.name)) {
                    throw new TaxonomyException(source, lineNo, "theme [" + block.name + "] is defined twice");
                }
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                eq = line.indexOf('＝');
            }
            if (eq < 0) {
                throw new TaxonomyException(source, lineNo,
                        "expected '[theme name]' or 'key = value' (keys: description, any, all, none), found: " + line);
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (block == null) {
                throw new TaxonomyException(source, lineNo, "'" + key + "' outside a theme: start with a [theme name] line");
            }
            switch (key) {
                case "description" -> {
                    if (block.description != null) {
                        throw new TaxonomyException(source, lineNo, "theme [" + block.name + "] has two descriptions");
                    }
                    block.description = value;
                }
                case "any" -> block.any.addAll(terms(source, lineNo, value));
                case "all" -> block.all.addAll(terms(source, lineNo, value));
                case "none" -> block.none.addAll(terms(source, lineNo, value));
                default -> throw new TaxonomyException(source, lineNo,
                        "unknown key '" + key + "': use description, any, all or none");
            }
        }
        if (block != null) {
            themes.add(block.finish(source));
        }
        return List.copyOf(themes);
    }

    private static String themeName(String source, int lineNo, String line) {
        if (!line.endsWith("]")) {
            throw new TaxonomyException(source, lineNo, "a theme line must end with ']': " + line);
        }
        String name = line.substring(1, line.length() - 1).strip();
        if (name.isEmpty()) {
            throw new TaxonomyException(source, lineNo, "empty theme name");
        }
        if (name.startsWith(RESERVED_PREFIX)) {
            throw new TaxonomyException(source, lineNo,
                    "theme names may not start with '" + RESERVED_PREFIX + "' (reserved): " + name);
        }
        if (name.contains("[") || name.contains("]")) {
            throw new TaxonomyException(source, lineNo, "brackets inside a theme name: " + name);
        }
        return name;
    }

    /** Splits a value into terms: separators outside quotes; a quoted term is a phrase. */
    static List<RuleTerm> terms(String source, int lineNo, String value) {
        if (value.isEmpty()) {
            throw new TaxonomyException(source, lineNo, "no terms after '='");
        }
        List<RuleTerm> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
                current.append(c);
            } else if (!inQuotes && isSeparator(c)) {
                out.add(term(source, lineNo, current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (inQuotes) {
            throw new TaxonomyException(source, lineNo, "unclosed double quote in: " + value);
        }
        out.add(term(source, lineNo, current.toString()));
        return out;
    }

    private static RuleTerm term(String source, int lineNo, String raw) {
        String t = raw.strip();
        if (t.isEmpty()) {
            throw new TaxonomyException(source, lineNo, "empty term (two separators in a row, or one at the end)");
        }
        boolean phrase = t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"");
        String inner = phrase ? t.substring(1, t.length() - 1).strip() : t;
        if (inner.indexOf('"') >= 0) {
            throw new TaxonomyException(source, lineNo,
                    "a double quote must enclose a whole term: " + t);
        }
        if (inner.isEmpty()) {
            throw new TaxonomyException(source, lineNo, "empty phrase \"\"");
        }
        return new RuleTerm(inner, phrase);
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '、' || c == '，';
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A theme being read. */
    private static final class Block {
        final String name;
        final int line;
        String description;
        final List<RuleTerm> any = new ArrayList<>();
        final List<RuleTerm> all = new ArrayList<>();
        final List<RuleTerm> none = new ArrayList<>();

        Block(String name, int line) {
            this.name = name;
            this.line = line;
        }

        Theme finish(String source) {
            if (any.isEmpty() && all.isEmpty()) {
                throw new TaxonomyException(source, line,
                        "theme [" + name + "] has no rule: give 'any' or 'all' terms ('none' alone matches nothing)");
            }
            return new Theme(name, description == null ? "" : description, any, all, none, line);
        }
    }
}
