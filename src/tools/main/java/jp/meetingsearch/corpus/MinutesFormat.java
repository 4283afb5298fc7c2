package jp.meetingsearch.corpus;

/** The two published shapes: a 会議概要 with 【role】 blocks, and a verbatim ○-marker 会議録. */
public enum MinutesFormat {
    SUMMARY, VERBATIM;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
