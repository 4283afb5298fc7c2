package jp.meetingsearch.minutes;

import jp.meetingsearch.text.Kansuji;
import jp.meetingsearch.text.Width;

/** Small numbers as minutes write them: 3, ３, 十五, 元. */
final class Numbers {
    private Numbers() {
    }

    /** The number, or null when the text is none. */
    static Integer parse(String s) {
        if (s == null) {
            return null;
        }
        String t = Width.normalize(s).strip();
        try {
            return Math.toIntExact(Kansuji.parse(t));
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
