package jp.meetingsearch.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 異体字 table of {@code mappings/variants.txt} (山﨑/山崎, 齋藤/斎藤 …). The analyzers fold text with it through the
 * {@code ja_variants} char filter; keyword filters cannot (the local node allows no plugin char filter in a
 * normalizer), so a filter value is expanded here into its spellings, and stored keywords stay as written.
 */
public final class Variants {
    /** The project's table, read once from the classpath. */
    public static final Variants TABLE = load("mappings/variants.txt");
    /** At most this many spellings of one value: a long name of many variant characters stays one bounded query. */
    public static final int MAX_SPELLINGS = 32;

    /** Code point → the form it folds to. */
    private final Map<Integer, Integer> fold;
    /** Form → the form and every variant folding to it, the form first. */
    private final Map<Integer, List<Integer>> classes;

    private Variants(Map<Integer, Integer> fold) {
        this.fold = Map.copyOf(fold);
        Map<Integer, List<Integer>> c = new HashMap<>();
        fold.forEach((variant, form) -> c.computeIfAbsent(form, f -> new ArrayList<>(List.of(f))).add(variant));
        c.replaceAll((k, v) -> List.copyOf(v));
        this.classes = Map.copyOf(c);
    }

    /** Pairs in the file's format: {@code VARIANT<TAB>FORM<TAB>EVIDENCE}, '#' comments. */
    public static Variants parse(List<String> lines, String source) {
        Map<Integer, Integer> fold = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols[0].codePointCount(0, cols[0].length()) != 1
                    || cols[1].codePointCount(0, cols[1].length()) != 1) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected VARIANT<TAB>FORM<TAB>EVIDENCE "
                        + "with one character each, got '" + line + "'");
            }
            int variant = cols[0].codePointAt(0);
            int form = cols[1].codePointAt(0);
            if (fold.put(variant, form) != null || variant == form) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + cols[0] + " is listed twice or "
                        + "folds to itself");
            }
        }
        for (Map.Entry<Integer, Integer> e : fold.entrySet()) {
            if (fold.containsKey(e.getValue())) {
                throw new IllegalArgumentException(source + ": " + Character.toString(e.getKey()) + " folds to "
                        + Character.toString(e.getValue()) + ", which is itself a variant (fold to the last form)");
            }
        }
        return new Variants(fold);
    }

    /** Pairs as {@code "VARIANT => FORM"} rules of a {@code mapping} char filter, in the file's order. */
    public static List<String> rules(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                out.add(cols[0] + " => " + cols[1]);
            }
        }
        return out;
    }

    private static Variants load(String resource) {
        try (InputStream in = Variants.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Each character in its usual form (山﨑 → 山崎). */
    public String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(fold.getOrDefault(c, c)));
        return out.toString();
    }

    /**
     * The value as written first, then the other spellings its variant characters allow (斎藤 → 斎藤, 齋藤, 齊藤,
     * 斉藤), at most {@link #MAX_SPELLINGS}.
     */
    public List<String> spellings(String s) {
        Set<String> out = new LinkedHashSet<>();
        out.add(s);
        out.add(fold(s));
        List<String> partial = List.of("");
        for (int c : s.codePoints().toArray()) {
            List<Integer> options = classes.getOrDefault(fold.getOrDefault(c, c), List.of(c));
            List<String> next = new ArrayList<>();
            for (String p : partial) {
                for (int o : options) {
                    if (next.size() < MAX_SPELLINGS) {
                        next.add(p + Character.toString(o));
                    }
                }
            }
            partial = next;
        }
        out.addAll(partial);
        return List.copyOf(out).subList(0, Math.min(out.size(), MAX_SPELLINGS));
    }
}
