package jp.meetingsearch.themes;

/**
 * One word or phrase of a theme rule. A word matches a remark whose text contains all of its tokens (after the
 * same Japanese analysis as the text, so 防災 matches 防災訓練 and 進めて matches 進める); a phrase (written in
 * double quotes) matches only when its tokens occur next to each other in order.
 */
public record RuleTerm(String text, boolean phrase) {
    public RuleTerm {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a rule term needs text");
        }
    }

    /** The term as the taxonomy file writes it. */
    @Override
    public String toString() {
        return phrase ? "\"" + text + "\"" : text;
    }
}
