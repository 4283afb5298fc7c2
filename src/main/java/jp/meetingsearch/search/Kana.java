package jp.meetingsearch.search;

/** Whether a string is written in kana only (a name typed by its reading: さとう, サトウ, ｻﾄｳ). */
final class Kana {
    private Kana() {
    }

    /** True when every character is hiragana, katakana (full or half width), the long-vowel mark, ・ or a space. */
    static boolean isKana(String s) {
        if (s == null || s.isBlank()) {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA
                || (c >= 0xFF66 && c <= 0xFF9F) || c == 'ー' || c == '・' || Character.isWhitespace(c) || c == '\u3000');
    }
}
