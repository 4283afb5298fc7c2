package jp.meetingsearch.corpus;

/**
 * One generated speaker turn as a loader should find it: order in the meeting (from 1), role as written, role
 * group, speaker name or null, whether the record leaves the role unmarked, and the text (paragraphs or bullets
 * joined by newlines, without markers or indentation).
 */
public record GeneratedRemark(int order, String role, String roleGroup, String speaker, boolean inferred,
        String text) {

    /** Characters of speech, not counting the line breaks between paragraphs. */
    public int length() {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        return text.length() - breaks;
    }
}
