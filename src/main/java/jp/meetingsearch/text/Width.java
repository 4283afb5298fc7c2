package jp.meetingsearch.text;

/**
 * Width folding for stored keyword values, the same folding Elasticsearch's {@code cjk_width} applies to text.
 *
 * <p>Mapped, and nothing else:
 * <ul>
 *   <li>full-width ASCII U+FF01–U+FF5E (Ａ１！（）－～ …) to ASCII U+0021–U+007E;</li>
 *   <li>half-width katakana and punctuation U+FF61–U+FF9F (ｶﾀｶﾅ ｡｢｣､･ｰ) to full-width, a following ﾞ or ﾟ
 *       combined into the voiced kana (ｶﾞ → ガ, ﾊﾟ → パ, ｳﾞ → ヴ); a mark that cannot combine becomes ゛ or ゜;</li>
 *   <li>the ideographic space U+3000 and no-break space U+00A0 to an ASCII space.</li>
 * </ul>
 * Deliberately not NFKC: ㎝ ① ㈱ ㍻ Ⅲ ￥ 﨑 髙 and the like are left as written, because NFKC would turn them into
 * other words (㈱ → (株), ① → 1, ㎝ → cm) and the stored value would no longer be what the source says.
 */
public final class Width {
    private Width() {
    }

    // U+FF61..U+FF9F in order: ｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱ…ﾝﾞﾟ
    private static final String HALF_KANA_TO_FULL =
            "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨ"
                    + "ラリルレロワン゛゜";
    private static final char HALF_VOICED = 'ﾞ';
    private static final char HALF_SEMI_VOICED = 'ﾟ';

    /**
     * Folds width ({@link #fold}), turns every run of whitespace (line breaks too) into one ASCII space and trims.
     * For one-line values such as names, departments and forms; {@code null} stays {@code null}.
     */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        String folded = fold(s);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || c == ' ') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@link #normalize} without any whitespace, {@code null} as the empty string: for comparing names and titles
     * written with or without spaces (佐藤 花子 and 佐藤花子).
     */
    public static String compact(String s) {
        return s == null ? "" : normalize(s).replace(" ", "");
    }

    /** Folds width only, keeping every other character (line breaks, runs of spaces) where it is. */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char mapped = c;
            int consumed = 1;
            if (c >= '！' && c <= '～') {
                mapped = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                mapped = ' ';
            } else if (c >= '｡' && c <= HALF_SEMI_VOICED) {
                mapped = HALF_KANA_TO_FULL.charAt(c - '｡');
                if (i + 1 < s.length()) {
                    char next = s.charAt(i + 1);
                    char combined = combine(mapped, next);
                    if (combined != 0) {
                        mapped = combined;
                        consumed = 2;
                    }
                }
            }
            if (mapped != c || consumed != 1) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(mapped);
                i += consumed - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** The voiced kana for a full-width kana followed by a half-width voicing mark, or 0 if they do not combine. */
    private static char combine(char kana, char mark) {
        if (mark == HALF_VOICED) {
            if (kana == 'ウ') {
                return 'ヴ';
            }
            if (kana == 'ワ') {
                return 'ヷ';
            }
            if (kana == 'ヲ') {
                return 'ヺ';
            }
            // カ..ト and ハ..ホ: the voiced form is the next code point
            if (isVoiceable(kana)) {
                return (char) (kana + 1);
            }
        } else if (mark == HALF_SEMI_VOICED && kana >= 'ハ' && kana <= 'ホ' && (kana - 'ハ') % 3 == 0) {
            return (char) (kana + 2);
        }
        return 0;
    }

    private static boolean isVoiceable(char kana) {
        if (kana >= 'カ' && kana <= 'チ') {
            return (kana - 'カ') % 2 == 0;
        }
        if (kana == 'ツ' || kana == 'テ' || kana == 'ト') {
            return true;
        }
        return kana >= 'ハ' && kana <= 'ホ' && (kana - 'ハ') % 3 == 0;
    }
}
