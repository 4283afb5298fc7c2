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

    /** The id of a remark: its meeting's id and its order, zero-padded so that ids sort in order. */
    static String remarkId(String meetingId, int order) {
        return meetingId + "-" + String.format("%04d", order);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
