package jp.meetingsearch.http;

/** Escapes user input that an error message repeats, so no answer echoes markup back. */
final class Escape {
    private static final int MAX_ECHO = 80;

    private Escape() {
    }

    /** HTML-escaped, control characters dropped, cut to a short length. */
    static String html(String s) {
        String cut = s.length() > MAX_ECHO ? s.substring(0, MAX_ECHO) + "…" : s;
        StringBuilder sb = new StringBuilder(cut.length());
        for (char c : cut.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (!Character.isISOControl(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
