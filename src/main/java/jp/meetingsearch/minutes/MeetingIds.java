package jp.meetingsearch.minutes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Stable meeting ids: the date and session for people to read, and a short hash of the normalised body, date
 * and session so that two bodies meeting on one day get different ids and re-parsing a file gives the same one.
 */
final class MeetingIds {
    private MeetingIds() {
    }

    /** E.g. {@code 2021-12-21-s3-1a2b3c4d}; {@code body} must already be width-normalised. */
    static String of(String body, LocalDate date, Integer session) {
        String key = (body == null ? "" : body.replace(" ", "")) + "|" + date + "|" + (session == null ? "" : session);
        String hash = HexFormat.of().formatHex(sha256(key), 0, 4);
        return date + (session == null ? "" : "-s" + session) + "-" + hash;
    }

    /**
     * The id of a remark: its meeting's id and a hash of who spoke (role as written, name), the section and the text.
     * Nothing positional goes in, so removing or adding a remark elsewhere in the meeting leaves the ids (and the
     * links people shared) of all others unchanged; a remark whose own text is corrected gets a new id. Identical
     * turns in one section ("異議なし" twice) are told apart by a counter in their order: {@code -2}, {@code -3} …
     *
     * @param taken the ids given to earlier remarks of the meeting; the new id is added
     */
    static String remarkId(String meetingId, String role, String speaker, String section, String text,
                           java.util.Set<String> taken) {
        String key = nz(role) + "|" + nz(speaker) + "|" + nz(section) + "|" + nz(text);
        String base = meetingId + "-" + HexFormat.of().formatHex(sha256(key), 0, 4);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
