package jp.meetingsearch.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * A speaker's title that a two-column form (発言者 | 発言内容) printed letter by letter down its cell, so that the
 * text of the page puts one letter a line, interleaved with the lines of the speech beside it when the speech is
 * the taller cell:
 *
 * <pre>
 * 会
 * それでは、次第に従い会議を進める。まず、本日の会議資料について、事務局より
 * 長
 * 説明をお願いする。
 * </pre>
 *
 * The letters are joined where they spell a title the role rules know as a whole (会長, 委員, 事務局, 座長: not a
 * title with a name before it, not an unknown one), each letter alone on its line and at most {@link #GAP} lines of
 * speech between two of them; the title then stands on the first letter's line and the other letters' lines are
 * left empty, so every line keeps its number.
 */
final class SplitLabels {
    private SplitLabels() {
    }

    /** The most lines of speech between two letters of one title (a cell's lines beside a taller one). */
    static final int GAP = 2;
    /** The most letters of one title. */
    private static final int MAX_LETTERS = 4;

    /**
     * Joins the titles spelt one letter a line in {@code lines} from {@code from} on, in place.
     *
     * @return how many titles were joined
     */
    static int join(List<String> lines, int from, RoleTable roles) {
        int joined = 0;
        for (int i = from; i < lines.size(); i++) {
            if (letter(lines.get(i)) == 0) {
                continue;
            }
            List<Integer> at = new ArrayList<>(List.of(i));
            StringBuilder title = new StringBuilder().append(letter(lines.get(i)));
            int best = -1;
            int k = i + 1;
            while (k < lines.size() && k - at.getLast() - 1 <= GAP && at.size() < MAX_LETTERS) {
                char c = letter(lines.get(k));
                if (c != 0) {
                    at.add(k);
                    title.append(c);
                    if (wholeTitle(title.toString(), roles)) {
                        best = at.size();
                    }
                }
                k++;
            }
            if (best < 0) {
                continue;
            }
            lines.set(i, title.substring(0, best));
            for (int n = 1; n < best; n++) {
                lines.set(at.get(n), "");
            }
            joined++;
            i = at.get(best - 1);
        }
        return joined;
    }

    /** The one ideograph a line holds, spaces aside, or 0. */
    private static char letter(String line) {
        String s = Cleaning.strip(line);
        if (s.length() != 1) {
            return 0;
        }
        char c = s.charAt(0);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? c : 0;
    }

    private static boolean wholeTitle(String title, RoleTable roles) {
        RoleTable.Match m = roles.resolve(title);
        return m.known() && m.speaker() == null && m.group() != RoleGroup.OTHER && m.role().equals(title);
    }
}
