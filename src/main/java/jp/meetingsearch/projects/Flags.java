package jp.meetingsearch.projects;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.meetingsearch.text.Width;

/**
 * Yes/no cells of project lists (新規, 提案制度): marks such as ○ and words such as あり or 継続.
 *
 * <p>A blank cell is "no": lists mark the projects that are new with ○ and leave the others empty. A row has
 * {@code null} for a flag only when the list has no such column, or when the cell holds something that is neither
 * (the reader then warns). A note in brackets after the value (○（R3から）) is ignored.
 */
public final class Flags {
    private Flags() {
    }

    // ○ U+25CB, ◯ U+25EF, ● U+25CF, 〇 U+3007 (the kanji zero, typed for ○), ◎ U+25CE, ✓ ✔, レ (a tick typed with kana)
    private static final Set<String> YES = Set.of("○", "◯", "●", "〇", "◎", "✓", "✔", "レ", "はい", "有", "有り", "あり",
            "新規", "新", "1", "true", "yes", "y", "対象", "該当", "提案", "済");
    private static final Set<String> NO = Set.of("×", "✕", "☓", "✗", "いいえ", "無", "無し", "なし", "継続", "継", "0",
            "false", "no", "n", "対象外", "非該当", "-", "ー", "―", "‐", "−");
    private static final Pattern BRACKETED_NOTE = Pattern.compile("\\([^)]*\\)|【[^】]*】|\\[[^\\]]*\\]");

    /** True, false, or empty when the cell is neither a yes nor a no. Blank is false. */
    public static Optional<Boolean> parse(String cell) {
        String t = Width.normalize(cell == null ? "" : cell);
        if (t.indexOf('(') >= 0 || t.indexOf('【') >= 0 || t.indexOf('[') >= 0) {
            t = BRACKETED_NOTE.matcher(t).replaceAll("");
        }
        t = t.replace(" ", "").toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.of(false);
        }
        if (YES.contains(t)) {
            return Optional.of(true);
        }
        if (NO.contains(t)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
