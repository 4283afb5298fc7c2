package jp.meetingsearch.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each remark starts in the text it was parsed from: the first line at or after the previous remark's
 * whose letters hold the start of the remark's text. Used to give a PDF's remarks their page.
 */
final class RemarkLines {
    private RemarkLines() {
    }

    /** How many characters of a remark's text identify its first line. */
    private static final int PROBE = 8;

    /** The 1-based line of each remark, in order; null where the start is not found. */
    static List<Integer> locate(String text, List<Remark> remarks) {
        String[] lines = MinutesSource.split(text);
        String[] flat = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            flat[i] = Cleaning.despace(lines[i]);
        }
        List<Integer> out = new ArrayList<>();
        int cursor = 0;
        for (Remark r : remarks) {
            String t = Cleaning.despace(r.text() == null ? "" : r.text().lines().findFirst().orElse(""));
            String probe = t.substring(0, Math.min(PROBE, t.length()));
            Integer found = null;
            for (int i = cursor; i < lines.length && !probe.isEmpty(); i++) {
                if (flat[i].contains(probe)) {
                    found = i + 1;
                    cursor = i;
                    break;
                }
            }
            out.add(found);
        }
        return out;
    }
}
