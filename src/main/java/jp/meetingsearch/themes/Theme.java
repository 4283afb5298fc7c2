package jp.meetingsearch.themes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * One theme of the taxonomy: a remark belongs to it when it matches at least one {@code any} term (if there are
 * any), every {@code all} term and no {@code none} term. {@code line} is where its block starts in the file.
 */
public record Theme(String name, String description, List<RuleTerm> any, List<RuleTerm> all, List<RuleTerm> none,
        int line) {
    public Theme {
        any = List.copyOf(any);
        all = List.copyOf(all);
        none = List.copyOf(none);
        if (any.isEmpty() && all.isEmpty()) {
            throw new IllegalArgumentException("theme " + name + " has neither 'any' nor 'all' terms");
        }
    }

    /**
     * The version of this theme's rule: a digest of its terms, independent of their order, of repeats and of the
     * description. Tags written for one version stay valid for every rule with the same version, so an edit that
     * is undone later needs no tagging.
     */
    public String version() {
        StringBuilder canonical = new StringBuilder();
        canonical.append("any\n").append(canonical(any)).append("all\n").append(canonical(all))
                .append("none\n").append(canonical(none));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a remark's {@code theme_rules} holds once this rule has tagged it: {@code name#version}. */
    public String ruleKey() {
        return name + "#" + version();
    }

    private static String canonical(List<RuleTerm> terms) {
        TreeSet<String> sorted = new TreeSet<>();
        terms.forEach(t -> sorted.add(t.toString()));
        StringBuilder sb = new StringBuilder();
        sorted.forEach(t -> sb.append(t).append('\n'));
        return sb.toString();
    }
}
