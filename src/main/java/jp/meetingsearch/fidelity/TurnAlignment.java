package jp.meetingsearch.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns the turns a parser made with the expected turns of the same record, as a sequence alignment (the pairing
 * that agrees on the most columns, order kept), so that one missed or extra turn does not shift every turn after
 * it. Two turns can pair when they share the start or the end of their speech, or speaker and role.
 */
public final class TurnAlignment {
    private TurnAlignment() {
    }

    /** What happened to an expected turn. */
    public enum Outcome { RIGHT, WRONG, MISSED }

    /**
     * The alignment: for each expected turn the index of its actual turn or -1, its outcome, whether its text was
     * silently merged into another actual turn, and the actual turns no expected turn pairs with.
     */
    public record Result(List<TurnRow> expected, List<TurnRow> actual, int[] pairOf, Outcome[] outcomes,
                         boolean[] merged, List<Integer> extra) {
        public Result {
            expected = List.copyOf(expected);
            actual = List.copyOf(actual);
            pairOf = pairOf.clone();
            outcomes = outcomes.clone();
            merged = merged.clone();
            extra = List.copyOf(extra);
        }

        public int count(Outcome o) {
            return (int) Arrays.stream(outcomes).filter(x -> x == o).count();
        }

        public int mergedCount() {
            int n = 0;
            for (boolean m : merged) {
                n += m ? 1 : 0;
            }
            return n;
        }
    }

    private static final int NO_PAIR = Integer.MIN_VALUE;

    /** Aligns {@code actual} to {@code expected}. */
    public static Result align(List<TurnRow> expected, List<TurnRow> actual) {
        int n = expected.size();
        int m = actual.size();
        int[][] best = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int s = Math.max(best[i - 1][j], best[i][j - 1]);
                int pair = score(expected.get(i - 1), actual.get(j - 1));
                if (pair != NO_PAIR) {
                    s = Math.max(s, best[i - 1][j - 1] + pair);
                }
                best[i][j] = s;
            }
        }
        int[] pairOf = new int[n];
        int[] pairedBy = new int[m];
        Arrays.fill(pairOf, -1);
        Arrays.fill(pairedBy, -1);
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            int pair = score(expected.get(i - 1), actual.get(j - 1));
            if (pair != NO_PAIR && best[i][j] == best[i - 1][j - 1] + pair) {
                pairOf[i - 1] = j - 1;
                pairedBy[j - 1] = i - 1;
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        Outcome[] outcomes = new Outcome[n];
        for (int k = 0; k < n; k++) {
            outcomes[k] = pairOf[k] < 0 ? Outcome.MISSED
                    : expected.get(k).sameAs(actual.get(pairOf[k])) ? Outcome.RIGHT : Outcome.WRONG;
        }
        boolean[] merged = new boolean[n];
        for (int k = 0; k < n; k++) {
            merged[k] = mergedInto(k, expected, actual, pairOf, pairedBy) >= 0;
        }
        List<Integer> extra = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            if (pairedBy[k] < 0) {
                extra.add(k);
            }
        }
        return new Result(expected, actual, pairOf, outcomes, merged, extra);
    }

    /** How well two turns agree, or NO_PAIR when they share neither text edge nor speaker and role. */
    private static int score(TurnRow e, TurnRow a) {
        boolean first = !e.first().isEmpty() && a.text().startsWith(e.first());
        boolean last = !e.last().isEmpty() && a.text().endsWith(e.last());
        boolean who = e.speaker().equals(a.speaker()) && e.role().equals(a.role());
        if (!first && !last && !who) {
            return NO_PAIR;
        }
        return (first ? 4 : 0) + (last ? 4 : 0) + (who ? 2 : 0) + (e.sameAs(a) ? 1 : 0);
    }

    /**
     * The actual turn that holds expected turn {@code k}'s speech after another turn's, or -1: its first characters
     * stand inside an actual turn (not at its start), its last ones after them, and that actual turn begins with
     * another expected turn. Only the actual turns between the neighbours' pairs are looked at, where merged speech
     * lands.
     */
    private static int mergedInto(int k, List<TurnRow> expected, List<TurnRow> actual, int[] pairOf, int[] pairedBy) {
        TurnRow e = expected.get(k);
        if (e.first().isEmpty() || pairOf[k] >= 0 && actual.get(pairOf[k]).text().startsWith(e.first())) {
            return -1;
        }
        int from = 0;
        for (int p = k - 1; p >= 0; p--) {
            if (pairOf[p] >= 0) {
                from = pairOf[p];
                break;
            }
        }
        int to = actual.size() - 1;
        for (int p = k + 1; p < expected.size(); p++) {
            if (pairOf[p] >= 0) {
                to = pairOf[p];
                break;
            }
        }
        for (int j = from; j <= to && j < actual.size(); j++) {
            String text = actual.get(j).text();
            int at = text.indexOf(e.first(), 1);
            if (at <= 0 || text.indexOf(e.last(), at) < at) {
                continue;
            }
            if (pairedBy[j] >= 0 && pairedBy[j] != k || beginsWithEarlier(text, k, expected)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean beginsWithEarlier(String text, int k, List<TurnRow> expected) {
        for (int p = Math.max(0, k - 3); p < k; p++) {
            String f = expected.get(p).first();
            if (!f.isEmpty() && text.startsWith(f)) {
                return true;
            }
        }
        return false;
    }
}
