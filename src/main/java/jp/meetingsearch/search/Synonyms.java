package jp.meetingsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.meetingsearch.text.Width;

/**
 * Query-side synonym rules (the format is documented in {@code mappings/synonyms.txt}) and their application to
 * the words of a {@link SimpleQuery}: each word is also searched with every entry it contains replaced by the
 * entry's synonyms.
 */
public final class Synonyms {
    /** Rules that expand nothing. */
    public static final Synonyms NONE = new Synonyms(Map.of());
    /** Upper bound of the forms one word is searched in, so that a word full of entries stays a small query. */
    static final int MAX_VARIANTS = 16;
    /**
     * Upper bound of the extra forms a whole query is searched in: 32 terms of 16 forms each would be a query of
     * hundreds of clauses; beyond this budget later terms are searched as typed.
     */
    static final int MAX_QUERY_VARIANTS = 64;
    /**
     * Upper bound of the characters of those extra forms: each character of a form becomes about one clause of
     * the query (its bigrams), and Elasticsearch refuses a query beyond 8,192 clauses on a small heap.
     */
    static final int MAX_QUERY_VARIANT_CHARS = 600;

    /** Lower-cased, width-folded entry → its synonyms as written in the file, in file order. */
    private final Map<String, List<String>> rules;
    private final int longestEntry;

    private Synonyms(Map<String, List<String>> rules) {
        this.rules = Map.copyOf(rules);
        this.longestEntry = rules.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The query with its terms' variants, and which entries were replaced by which synonyms. */
    public record Expansion(SimpleQuery query, Map<String, List<String>> expanded) {
        public Expansion {
            expanded = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(expanded));
        }
    }

    /**
     * Parses the lines of a rules file.
     *
     * @param source the file name for error messages
     * @throws IllegalArgumentException naming file and line for a malformed rule
     */
    public static Synonyms parse(List<String> lines, String source) {
        Map<String, LinkedHashSet<String>> rules = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String rule = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (i == 0 && rule.startsWith("\uFEFF")) {
                rule = rule.substring(1).strip();
            }
            if (rule.isEmpty()) {
                continue;
            }
            String where = source + ":" + (i + 1);
            String[] sides = rule.split("=>", -1);
            if (sides.length > 2) {
                throw new IllegalArgumentException(where + ": more than one '=>' in a rule");
            }
            List<String> from = entries(sides[0], where);
            List<String> to = sides.length == 2 ? entries(sides[1], where) : from;
            if (sides.length == 1 && from.size() < 2) {
                throw new IllegalArgumentException(where + ": a group needs at least two entries, separated by commas");
            }
            for (String f : from) {
                Set<String> targets = rules.computeIfAbsent(key(f), k -> new LinkedHashSet<>());
                to.stream().filter(t -> !key(t).equals(key(f))).forEach(targets::add);
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        rules.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, List.copyOf(v));
            }
        });
        return new Synonyms(out);
    }

    private static List<String> entries(String side, String where) {
        List<String> out = new ArrayList<>();
        for (String e : side.split("[,、，]")) {
            String entry = Width.normalize(e);
            if (entry.isEmpty()) {
                throw new IllegalArgumentException(where + ": an empty entry (two commas, or a comma or '=>' at an end)");
            }
            out.add(entry);
        }
        return out;
    }

    /** How entries and query words are compared: width-folded, lower-cased char by char (lengths stay equal). */
    private static String key(String s) {
        String folded = Width.fold(s);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            out.append(Character.toLowerCase(folded.charAt(i)));
        }
        return out.toString();
    }

    /** The number of entries that expand to something. */
    public int size() {
        return rules.size();
    }

    /** Expands every term of the query (excluded ones too: excluding a word excludes its synonyms). */
    public Expansion expand(SimpleQuery query) {
        return expand(query, NONE);
    }

    /**
     * Expands every term of the query with these rules (entries inside words) and with {@code wholeWords}, whose
     * entries replace only a whole word: a thesaurus of thousands of entries would otherwise rewrite parts of
     * unrelated compounds. Its forms come after this file's, within the same bounds.
     */
    public Expansion expand(SimpleQuery query, Synonyms wholeWords) {
        return expand(query, wholeWords, w -> Set.of(0, w.length()));
    }

    /**
     * As {@link #expand(SimpleQuery, Synonyms)}, where {@code aligned}'s entries replace a run of whole tokens of a
     * word ({@code cuts}: where the word's tokens begin and end), so that 申し合わせ事項 is also searched as
     * 申合せ事項 but 理事会 is never rewritten through an entry inside one of its tokens.
     */
    public Expansion expand(SimpleQuery query, Synonyms aligned,
                            java.util.function.Function<String, Set<Integer>> cuts) {
        Map<String, List<String>> expanded = new LinkedHashMap<>();
        int[] forms = {MAX_QUERY_VARIANTS};
        int[] chars = {MAX_QUERY_VARIANT_CHARS};
        SimpleQuery q = query.mapTerms(t -> {
            if (forms[0] <= 0) {
                return t;
            }
            List<String> kept = new ArrayList<>();
            List<String> candidates = new ArrayList<>(variants(t.text(), expanded));
            aligned.variants(t.text(), expanded, cuts).stream().filter(v -> !candidates.contains(v))
                    .forEach(candidates::add);
            for (String v : candidates.subList(0, Math.min(candidates.size(), MAX_VARIANTS))) {
                if (forms[0] == 0 || v.length() > chars[0]) {
                    break;
                }
                kept.add(v);
                forms[0]--;
                chars[0] -= v.length();
            }
            return kept.isEmpty() ? t : t.withVariants(kept);
        });
        return new Expansion(q, expanded);
    }

    /** A found entry: where it is in the word and what may replace it. */
    private record Match(int start, int end, List<String> replacements) {
    }

    /** The other forms of {@code word} (not the word itself); records each applied entry in {@code expanded}. */
    List<String> variants(String typed, Map<String, List<String>> expanded) {
        return variants(typed, expanded, null);
    }

    /**
     * The other forms of {@code word}, replacing only entries that begin and end where {@code cuts} says a token of
     * the (width-folded) word begins or ends; null: anywhere.
     */
    List<String> variants(String typed, Map<String, List<String>> expanded,
                          java.util.function.Function<String, Set<Integer>> cuts) {
        if (rules.isEmpty()) {
            return List.of();
        }
        String word = Width.fold(typed);
        String k = key(word);
        Set<Integer> allowed = cuts == null ? null : cuts.apply(word);
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < k.length()) {
            Match m = allowed == null || allowed.contains(i) ? longestAt(k, i, allowed) : null;
            if (m == null) {
                i++;
            } else {
                matches.add(m);
                List<String> reported = expanded.computeIfAbsent(word.substring(m.start, m.end), x -> new ArrayList<>());
                m.replacements.stream().filter(r -> !reported.contains(r)).forEach(reported::add);
                i = m.end;
            }
        }
        List<String> forms = new ArrayList<>(List.of(word));
        for (Match m : matches.reversed()) {
            // right to left, so that earlier matches keep their offsets in every form built so far
            List<String> next = new ArrayList<>(forms);
            for (String f : forms) {
                for (String r : m.replacements) {
                    if (next.size() >= MAX_VARIANTS + 1) {
                        break;
                    }
                    next.add(f.substring(0, m.start) + r + f.substring(m.end));
                }
            }
            forms = next;
        }
        return forms.subList(1, forms.size()).stream().distinct().toList();
    }

    private Match longestAt(String k, int start, Set<Integer> allowed) {
        for (int len = Math.min(longestEntry, k.length() - start); len > 0; len--) {
            String candidate = k.substring(start, start + len);
            List<String> replacements = rules.get(candidate);
            if (replacements != null && standsAlone(k, start, start + len)
                    && (allowed == null || allowed.contains(start + len))) {
                return new Match(start, start + len, replacements);
            }
        }
        return null;
    }

    /** An entry starting or ending with a Latin letter or digit must not continue a Latin word on that side. */
    private static boolean standsAlone(String k, int start, int end) {
        boolean leftOk = !latin(k.charAt(start)) || start == 0 || !latin(k.charAt(start - 1));
        boolean rightOk = !latin(k.charAt(end - 1)) || end == k.length() || !latin(k.charAt(end));
        return leftOk && rightOk;
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
