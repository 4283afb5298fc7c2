package jp.meetingsearch.fidelity;

import java.lang.reflect.RecordComponent;
import java.text.Normalizer;

import jp.meetingsearch.minutes.Remark;

/**
 * One speaker turn as the expectation format writes it: speaker, role, role group, 会派, seat and the first and last
 * {@value #EDGE} characters of the speech with whitespace removed. Every column is compared after NFKC, so width
 * does not matter. {@code text} is the whole speech so normalised (empty for an expectation) and {@code line} the
 * 1-based line it stands on (expectations file or source record, 0 when unknown).
 */
public record TurnRow(String speaker, String role, String roleGroup, String group, String seat, String first,
                      String last, String text, int line) {
    /** How many characters of a speech's start and end the expectations keep. */
    public static final int EDGE = 8;

    public TurnRow {
        speaker = norm(speaker);
        role = norm(role);
        roleGroup = norm(roleGroup);
        group = norm(group);
        seat = norm(seat);
        first = norm(first);
        last = norm(last);
        text = norm(text);
    }

    /** The turn a parser made of a remark. */
    public static TurnRow of(Remark r) {
        // the edges are cut before NFKC, as the expectations are (…… is two characters there, six dots after)
        String raw = despace(r.text());
        int n = raw.codePointCount(0, raw.length());
        String first = raw.substring(0, raw.offsetByCodePoints(0, Math.min(EDGE, n)));
        String last = raw.substring(raw.offsetByCodePoints(0, Math.max(0, n - EDGE)));
        return new TurnRow(r.speaker(), r.role(), r.roleGroup() == null ? null : r.roleGroup().value(), component(r, "group"),
                r.seat() == null ? "" : r.seat().toString(), first, last, raw, r.line());
    }

    private static String despace(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether every compared column is equal. */
    public boolean sameAs(TurnRow o) {
        return speaker.equals(o.speaker) && role.equals(o.role) && roleGroup.equals(o.roleGroup)
                && group.equals(o.group) && seat.equals(o.seat) && first.equals(o.first) && last.equals(o.last);
    }

    /** The columns that differ from {@code o}, as "column: this ≠ that". */
    public String differences(TurnRow o) {
        StringBuilder b = new StringBuilder();
        diff(b, "speaker", speaker, o.speaker);
        diff(b, "role", role, o.role);
        diff(b, "role_group", roleGroup, o.roleGroup);
        diff(b, "group", group, o.group);
        diff(b, "seat", seat, o.seat);
        diff(b, "first", first, o.first);
        diff(b, "last", last, o.last);
        return b.toString();
    }

    private static void diff(StringBuilder b, String column, String expected, String actual) {
        if (!expected.equals(actual)) {
            b.append(b.isEmpty() ? "" : "; ").append(column).append(": '").append(expected).append("' ≠ '")
                    .append(actual).append('\'');
        }
    }

    /** NFKC with every whitespace removed; null becomes empty. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * A remark field read by name: the 会派 ({@code group}) comes with the speech-record readers, and the fidelity
     * measure reads it where the remark has it rather than depending on when that field lands.
     */
    private static String component(Remark r, String name) {
        for (RecordComponent c : Remark.class.getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    Object v = c.getAccessor().invoke(r);
                    return v == null ? "" : v.toString();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read remark field " + name, e);
                }
            }
        }
        return "";
    }
}
