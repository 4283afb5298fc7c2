package jp.meetingsearch.corpus;

import jp.meetingsearch.minutes.RoleGroup;

/**
 * Who speaks a remark: the role as the record names it (委員, 市長, 地域づくり課長; a numbered seat is 議員), its
 * {@link RoleGroup}, the name where the record gives one,
 * and the speaker line exactly as written (without the ○ marker), or null where the record leaves it unmarked.
 */
record Speaker(String role, RoleGroup group, String name, String label) {
}
