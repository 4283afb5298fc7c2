package jp.meetingsearch.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Japanese text files whose encoding nobody wrote down: UTF-8 (with or without BOM) or CP932.
 *
 * <p>Detection, in order: a UTF-8 BOM means UTF-8; a UTF-16 BOM means UTF-16 (Excel's "Unicode text"); bytes that
 * are strictly valid UTF-8 are UTF-8; bytes strictly valid in {@code windows-31j} are CP932. Everything else is
 * refused rather than decoded with replacement characters, because a wrong guess would be indexed as garbage.
 * CP932 is read as {@code windows-31j}, never {@code Shift_JIS}: Shift_JIS lacks ㎝ Ⅲ ① and the IBM kanji
 * (髙 﨑) that Windows users type every day. Binary files (NUL bytes, many control characters) and ISO-2022-JP
 * are refused with a message saying so.
 */
public final class TextDecoder {
    /** Windows' Japanese code page, the charset Excel and most municipal systems write. */
    public static final Charset CP932 = Charset.forName("windows-31j");

    /** Largest file read: well above any published minutes or list, well below what would exhaust a small heap. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Longest line read: a whole verbatim record without line breaks fits; a line beyond this is not text as published. */
    public static final int MAX_LINE_BYTES = 1024 * 1024;
    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char BOM = '\uFEFF';

    private TextDecoder() {
    }

    /**
     * Reads and decodes a file; messages name it as {@code file.toString()}, i.e. as the user gave it.
     *
     * @param forcedOrNull decode with this charset instead of detecting one (still strictly)
     */
    public static DecodedText decode(Path file, Charset forcedOrNull) throws UnreadableInputException {
        return decode(readBytes(file), file.toString(), forcedOrNull);
    }

    /** The bytes of an input file, refused by name when it is missing, unreadable or over the size limit. */
    public static byte[] readBytes(Path file) throws UnreadableInputException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new UnreadableInputException(file.toString(), 0, String.format(java.util.Locale.ROOT,
                        "%.0f MB, more than the %d MB a minutes file or list may have: split it", size / 1e6,
                        MAX_FILE_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(file.toString(), 0, "no such file", e);
        } catch (IOException e) {
            throw new UnreadableInputException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Decodes bytes that came from {@code sourceName} (used in messages and warnings). */
    public static DecodedText decode(byte[] bytes, String sourceName, Charset forcedOrNull)
            throws UnreadableInputException {
        boolean utf8Bom = startsWith(bytes, UTF8_BOM);
        Charset utf16 = utf16ByBom(bytes);
        List<String> warnings = new ArrayList<>();
        if (forcedOrNull != null) {
            if (utf8Bom && !forcedOrNull.equals(StandardCharsets.UTF_8)) {
                warnings.add(sourceName + ":1: starts with a UTF-8 byte order mark but is read as "
                        + forcedOrNull.name() + " as asked");
            }
            if (!isWide(forcedOrNull)) {
                rejectBinary(bytes, sourceName);
                rejectLongLines(bytes, sourceName);
            }
            boolean bomSkipped = utf8Bom && forcedOrNull.equals(StandardCharsets.UTF_8);
            Attempt a = attempt(bytes, bomSkipped ? UTF8_BOM.length : 0, forcedOrNull);
            if (a.text() == null) {
                throw new UnreadableInputException(sourceName, a.failLine(), "not valid " + forcedOrNull.name()
                        + " (byte " + a.failByte() + ")");
            }
            return finish(a.text(), forcedOrNull, bomSkipped, sourceName, warnings);
        }
        if (utf16 != null) {
            // the BOM tells the byte order; the decoder keeps no BOM for UTF-16LE/BE, so skip it here
            Attempt a = attempt(bytes, 2, utf16);
            if (a.text() == null) {
                throw new UnreadableInputException(sourceName, 0, "not valid " + utf16.name()
                        + " although it starts with its byte order mark");
            }
            return finish(a.text(), utf16, true, sourceName, warnings);
        }
        rejectUtf16WithoutBom(bytes, sourceName);
        rejectBinary(bytes, sourceName);
        rejectLongLines(bytes, sourceName);
        if (utf8Bom) {
            Attempt a = attempt(bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
            if (a.text() == null) {
                throw new UnreadableInputException(sourceName, a.failLine(),
                        "not valid UTF-8 although it starts with a UTF-8 byte order mark (byte " + a.failByte()
                                + ")");
            }
            return finish(a.text(), StandardCharsets.UTF_8, true, sourceName, warnings);
        }
        Attempt utf8 = attempt(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.text() != null) {
            return finish(utf8.text(), StandardCharsets.UTF_8, false, sourceName, warnings);
        }
        rejectTruncatedUtf8(bytes, utf8, sourceName);
        rejectMixedEncodings(bytes, sourceName);
        Attempt cp932 = attempt(bytes, 0, CP932);
        rejectEucJp(bytes, cp932, sourceName);
        if (cp932.text() != null) {
            warnPrivateUse(cp932.text(), sourceName, warnings);
            return finish(cp932.text(), CP932, false, sourceName, warnings);
        }
        // the decoding that got further is the one the file was most likely meant in: point at its failure
        Attempt further = utf8.failOffset() >= cp932.failOffset() ? utf8 : cp932;
        String which = further == utf8 ? "UTF-8" : "CP932";
        throw new UnreadableInputException(sourceName, further.failLine(), "not valid UTF-8 nor CP932 (as "
                + which + " the first bad byte is " + further.failByte() + " at offset " + further.failOffset()
                + "; UTF-8 fails at line " + utf8.failLine() + ", CP932 at line " + cp932.failLine() + ")");
    }

    /** The result of one strict decoding: the text, or where it failed. */
    private record Attempt(String text, int failOffset, int failLine, String failByte) {
    }

    private static Attempt attempt(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 4);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() || result.isOverflow()) {
            int at = in.position();
            String b = at < bytes.length ? String.format("0x%02X", bytes[at] & 0xFF) : "at end of file";
            return new Attempt(null, at, lineAt(bytes, at), b);
        }
        return new Attempt(out.flip().toString(), -1, 0, null);
    }

    /** 1-based line of a byte offset; CR LF, LF and lone CR all end a line. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static DecodedText finish(String text, Charset charset, boolean hadBom, String source,
                                      List<String> warnings) {
        String t = text;
        if (!hadBom && !t.isEmpty() && t.charAt(0) == BOM) {
            // a forced charset's decoder may keep the mark; it is still the file's leading BOM
            t = t.substring(1);
            hadBom = true;
        }
        if (t.indexOf(BOM) >= 0) {
            // typically files concatenated with cat: each part brought its own BOM
            StringBuilder sb = new StringBuilder(t.length());
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == BOM) {
                    warnings.add(source + ":" + lineAt(t, i) + ": byte order mark inside the text removed");
                } else {
                    sb.append(c);
                }
            }
            t = sb.toString();
        }
        return new DecodedText(t, charset, hadBom, warnings);
    }

    /** CP932's user-defined area decodes to private-use characters: kept, but no font shows them as meant. */
    private static void warnPrivateUse(String text, String source, List<String> warnings) {
        int count = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uE000' && c <= '\uF8FF') {
                count++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (count > 0) {
            warnings.add(source + ":" + lineAt(text, first) + ": " + count
                    + " user-defined (外字) character(s) kept as private-use code points");
        }
    }

    /**
     * UTF-16 without a byte order mark: NUL bytes (the high byte of ASCII characters) at one parity of the offsets
     * only, and the bytes decode cleanly in that byte order. Binary files have NULs at both parities.
     */
    private static void rejectUtf16WithoutBom(byte[] bytes, String source) throws UnreadableInputException {
        int[] nulsAt = new int[2];
        int scan = Math.min(bytes.length, 64 * 1024) & ~1;
        for (int i = 0; i < scan; i++) {
            if (bytes[i] == 0) {
                nulsAt[i & 1]++;
            }
        }
        int even = nulsAt[0];
        int odd = nulsAt[1];
        if (even + odd < 2 || Math.min(even, odd) * 20 > Math.max(even, odd) || bytes.length % 2 != 0) {
            return;
        }
        Charset order = even > odd ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        String text = attempt(bytes, 0, order).text();
        if (text != null && text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
            throw new UnreadableInputException(source, 1, "looks like " + order.name() + " text without a byte order "
                    + "mark: save it as UTF-8 (or load it with --encoding " + order.name().toLowerCase(java.util.Locale.ROOT)
                    + ")");
        }
    }

    private static void rejectLongLines(byte[] bytes, String source) throws UnreadableInputException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            boolean end = i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r';
            if (end) {
                if (i - start > MAX_LINE_BYTES) {
                    throw new UnreadableInputException(source, line, String.format(java.util.Locale.ROOT,
                            "line %d is %.1f MB long, more than the %d MB a line of text may have: not text as "
                                    + "published (a dump, or a file whose line breaks were lost)", line,
                            (i - start) / 1e6, MAX_LINE_BYTES / (1024 * 1024)));
                }
                if (i < bytes.length && (bytes[i] == '\n' || i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                    line++;
                }
                start = i + 1;
            }
        }
    }

    /** Valid UTF-8 up to an incomplete character at the very end: the file was cut off while being written or copied. */
    private static void rejectTruncatedUtf8(byte[] bytes, Attempt utf8, String source) throws UnreadableInputException {
        int at = utf8.failOffset();
        int lead = bytes[at] & 0xFF;
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (length > 1 && at + length > bytes.length) {
            for (int i = at + 1; i < bytes.length; i++) {
                if ((bytes[i] & 0xC0) != 0x80) {
                    return;
                }
            }
            throw new UnreadableInputException(source, utf8.failLine(), "the file ends in the middle of a UTF-8 "
                    + "character: it looks cut off (truncated while copied or saved); everything before is valid UTF-8");
        }
    }

    /**
     * Lines that are valid UTF-8 (with Japanese in them) beside lines without any UTF-8 in them: parts saved in
     * different encodings, typically pasted together. Decoding the whole as CP932 would turn the UTF-8 lines into
     * garbage. (A UTF-8 line with a corrupted character still holds valid UTF-8 around it and is not counted.)
     */
    private static void rejectMixedEncodings(byte[] bytes, String source) throws UnreadableInputException {
        int line = 1;
        int start = 0;
        int firstUtf8 = 0;
        int firstOther = 0;
        for (int i = 0; i <= bytes.length && (firstUtf8 == 0 || firstOther == 0); i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int[] profile = utf8Profile(bytes, start, i);
                if (profile[1] == 0 && profile[0] >= 3 && firstUtf8 == 0) {
                    firstUtf8 = line;
                } else if (profile[1] > 0 && profile[0] < 2 && firstOther == 0) {
                    firstOther = line;
                }
                line++;
                start = i + 1;
            }
        }
        if (firstUtf8 > 0 && firstOther > 0) {
            throw new UnreadableInputException(source, firstOther, "line " + firstOther + " is not UTF-8 but line "
                    + firstUtf8 + " is: the file mixes encodings (UTF-8 and probably CP932); save it in one encoding");
        }
    }

    /**
     * In bytes[from, to): {valid UTF-8 characters of three or four bytes (kana and kanji are three), bytes that are
     * not part of a valid character}. Two-byte sequences are not counted: CP932 text forms them by chance.
     */
    private static int[] utf8Profile(byte[] bytes, int from, int to) {
        int valid = 0;
        int invalid = 0;
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            boolean ok = length > 0 && i + length <= to;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (!ok) {
                invalid++;
                i++;
                continue;
            }
            valid += length > 2 ? 1 : 0;
            i += length;
        }
        return new int[] {valid, invalid};
    }

    /**
     * EUC-JP (older Unix systems wrote it): refused with its name rather than a generic message, or rather than a
     * CP932 decoding that would succeed into garbage. Its kana and kanji bytes (0xA1–0xFE) read as CP932 are mostly
     * half-width katakana, which real CP932 minutes hardly contain.
     */
    private static void rejectEucJp(byte[] bytes, Attempt cp932, String source) throws UnreadableInputException {
        Attempt euc = attempt(bytes, 0, EUC_JP);
        if (euc.text() == null || halfWidthKanaShare(euc.text()) > 0.05) {
            return;
        }
        if (cp932.text() == null || halfWidthKanaShare(cp932.text()) > 0.3) {
            int firstNonAscii = 0;
            while (firstNonAscii < bytes.length && bytes[firstNonAscii] >= 0) {
                firstNonAscii++;
            }
            throw new UnreadableInputException(source, lineAt(bytes, firstNonAscii), "looks like EUC-JP text: save it "
                    + "as UTF-8 (or load it with --encoding euc-jp)");
        }
    }

    /** Share of half-width katakana among the non-ASCII characters (0 when there are none). */
    private static double halfWidthKanaShare(String text) {
        long nonAscii = text.chars().filter(c -> c >= 0x80).count();
        long kana = text.chars().filter(c -> c >= 0xFF61 && c <= 0xFF9F).count();
        return nonAscii == 0 ? 0 : (double) kana / nonAscii;
    }

    private static void rejectBinary(byte[] bytes, String source) throws UnreadableInputException {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new UnreadableInputException(source, lineAt(bytes, i), "binary file (NUL byte at offset "
                        + i + "), not text");
            }
            if (b == 0x1B && i + 2 < bytes.length && bytes[i + 1] == '$'
                    && (bytes[i + 2] == 'B' || bytes[i + 2] == '@')) {
                throw new UnreadableInputException(source, lineAt(bytes, i),
                        "ISO-2022-JP (JIS) text is not supported: convert it to UTF-8");
            }
            // tab, line feed, form feed (page breaks from PDF extraction) and carriage return are text
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
                controls++;
            }
        }
        if (controls > 4 && controls * 200L > bytes.length) {
            throw new UnreadableInputException(source, 0, "binary file (" + controls
                    + " control bytes in " + bytes.length + "), not text");
        }
    }

    private static Charset utf16ByBom(byte[] b) {
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(b, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isWide(Charset c) {
        String n = c.name().toUpperCase(java.util.Locale.ROOT);
        return n.startsWith("UTF-16") || n.startsWith("UTF-32");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Strictly encodes text to CP932, for writing fixtures and exports Excel users open. */
    public static byte[] encodeCp932(String text) throws CharacterCodingException {
        ByteBuffer b = CP932.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
