package jp.meetingsearch.speeches;

/**
 * One speech as the record gives it.
 *
 * @param order    its number in the meeting (the Kokkai {@code speechOrder}), or its position in the file
 * @param label    the speaker as the record writes them (議長（山田太郎君）, 尾崎議長, ○泉委員 at the start of the
 *                 speech), or null
 * @param name     the speaker's name from a field of its own, or null
 * @param position the speaker's title from a field of its own (speakerPosition), or null
 * @param group    the speaker's 会派 (speakerGroup), or null
 * @param text     the speech as the record gives it, label included where the record writes it in
 * @param url      the speech's own address (speechURL), or null
 * @param where    where it is in the file, for messages ("speechRecord[3]", "line 12")
 */
public record RecordedSpeech(int order, String label, String name, String position, String group, String text,
                             String url, String where) {
}
