package jp.meetingsearch.corpus;

/**
 * Who speaks a remark: the role as the record names it (委員, 市長, 地域づくり課長; a numbered seat is 議員), its
 * role group (chair, vice_chair, member, executive, secretariat, other), the name where the record gives one,
 * and the speaker line exactly as written (without the ○ marker), or null where the record leaves it unmarked.
 */
record Speaker(String role, String group, String name, String label) {
    static final String CHAIR = "chair";
    static final String VICE_CHAIR = "vice_chair";
    static final String MEMBER = "member";
    static final String EXECUTIVE = "executive";
    static final String SECRETARIAT = "secretariat";
}
