package jp.meetingsearch.themes;

import java.util.List;

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
}
