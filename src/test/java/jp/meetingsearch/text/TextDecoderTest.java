package jp.meetingsearch.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {
    private static final Path SHARED_CP932 = Path.of(System.getProperty("project.basedir", "."))
            .resolve("src/test/resources/shared/encoding/takamatsu-menu-0084-202304.cp932.csv");
    private static final String JAPANESE = "協働推進委員会\n髙橋委員：１㎝の差、第Ⅲ期、山﨑さん①\n";

    @Test
    void readsRealCp932FileThatShiftJisCannot() throws Exception {
        byte[] bytes = Files.readAllBytes(SHARED_CP932);
        // the premise of windows-31j: strict Shift_JIS fails on this file (㎝ at byte 178)
        var strictSjis = Charset.forName("Shift_JIS").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        assertThrows(CharacterCodingException.class, () -> strictSjis.decode(ByteBuffer.wrap(bytes)));

        DecodedText d = TextDecoder.decode(SHARED_CP932, null);
        assertEquals(TextDecoder.CP932, d.charset());
        assertFalse(d.hadBom());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
        assertTrue(d.text().startsWith("#property,lunchDay,menuName,foodName,quantity"));
        assertTrue(d.text().contains("(冷)鶏肉胸・皮なし(1×1㎝)"));
        assertTrue(d.text().contains("\r\n"), "line ends are kept as in the file");
        long lineFeeds = 0;
        for (byte b : bytes) {
            lineFeeds += b == '\n' ? 1 : 0;
        }
        assertEquals(lineFeeds, d.text().lines().count());
    }

    @Test
    void cp932ofCompatibilityCharacters() throws Exception {
        DecodedText d = TextDecoder.decode(TextDecoder.encodeCp932(JAPANESE), "m.txt", null);
        assertEquals(TextDecoder.CP932, d.charset());
        assertEquals(JAPANESE, d.text());
    }

    @Test
    void plainUtf8() throws Exception {
        DecodedText d = TextDecoder.decode(JAPANESE.getBytes(StandardCharsets.UTF_8), "m.txt", null);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertFalse(d.hadBom());
        assertEquals(JAPANESE, d.text());
    }

    @Test
    void asciiIsUtf8() throws Exception {
        assertEquals(StandardCharsets.UTF_8, TextDecoder.decode("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII),
                "a.csv", null).charset());
    }

    @Test
    void emptyInputIsEmptyText() throws Exception {
        DecodedText d = TextDecoder.decode(new byte[0], "empty.txt", null);
        assertEquals("", d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void utf8BomIsRemoved() throws Exception {
        DecodedText d = TextDecoder.decode(concat(bom(), utf8(JAPANESE)), "m.txt", null);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.hadBom());
        assertEquals(JAPANESE, d.text());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void bomInTheMiddleIsRemovedWithAWarning() throws Exception {
        // what `cat a.csv b.csv` gives when both were saved by Excel
        byte[] bytes = concat(bom(), utf8("年度,事業名\n令和3年度,A\n"), bom(), utf8("年度,事業名\n令和4年度,B\n"));
        DecodedText d = TextDecoder.decode(bytes, "joined.csv", null);
        assertEquals("年度,事業名\n令和3年度,A\n年度,事業名\n令和4年度,B\n", d.text());
        assertTrue(d.hadBom());
        assertEquals(List.of("joined.csv:3: byte order mark inside the text removed"), d.warnings());
    }

    @Test
    void utf16WithBomIsRead() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, JAPANESE.getBytes(StandardCharsets.UTF_16LE));
        DecodedText d = TextDecoder.decode(le, "unicode.txt", null);
        assertEquals(StandardCharsets.UTF_16LE, d.charset());
        assertEquals(JAPANESE, d.text());
        assertTrue(d.hadBom());
    }

    @Test
    void invalidInBothNamesFileAndLine() {
        // eleven good CP932 lines, then a lead byte followed by an invalid trail byte on line 12
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i <= 11; i++) {
            out.writeBytes(cp932("第" + i + "行　委員の発言\r\n"));
        }
        out.writeBytes(cp932("壊れた"));
        out.writeBytes(new byte[] {(byte) 0x81, (byte) 0x7F});
        out.writeBytes(cp932("行\r\n"));
        var e = assertThrows(UnreadableInputException.class,
                () -> TextDecoder.decode(out.toByteArray(), "minutes.txt", null));
        assertTrue(e.getMessage().startsWith("minutes.txt:12: not valid UTF-8 nor CP932"), e.getMessage());
        assertEquals(12, e.line());
        assertEquals("minutes.txt", e.source());
    }

    @Test
    void brokenUtf8PointsAtTheUtf8Failure() {
        byte[] bytes = concat(utf8("一行目\n二行目\n三行目"), new byte[] {(byte) 0xE3, (byte) 0x81}, utf8("\n"));
        var e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes, "u.txt", null));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("as UTF-8"), e.getMessage());
    }

    @Test
    void bomButInvalidUtf8IsRefused() {
        byte[] bytes = concat(bom(), utf8("a\n"), cp932("髙橋"));
        var e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes, "b.csv", null));
        assertTrue(e.getMessage().startsWith("b.csv:2: not valid UTF-8 although"), e.getMessage());
    }

    @Test
    void binaryIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
        var e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(png, "logo.png", null));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        }
        var e2 = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(controls, "x.bin", null));
        assertTrue(e2.getMessage().contains("control bytes"), e2.getMessage());
    }

    @Test
    void aFewStrayControlCharactersAreStillText() throws Exception {
        String text = "page one\fpage two\u0007\n" + "本文です。".repeat(20);
        assertEquals(text, TextDecoder.decode(utf8(text), "t.txt", null).text());
    }

    @Test
    void iso2022jpIsRefusedByName() {
        byte[] jis = "\u65e5\u672c".getBytes(Charset.forName("ISO-2022-JP"));
        var e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(jis, "mail.txt", null));
        assertTrue(e.getMessage().contains("ISO-2022-JP"), e.getMessage());
    }

    @Test
    void forcedCharsetIsUsedStrictly() throws Exception {
        // these bytes are valid UTF-8 and valid CP932: detection says UTF-8, forcing says otherwise
        byte[] both = utf8("日本");
        assertEquals("日本", TextDecoder.decode(both, "f.txt", null).text());
        DecodedText forced = TextDecoder.decode(both, "f.txt", TextDecoder.CP932);
        assertEquals(TextDecoder.CP932, forced.charset());
        assertEquals(new String(both, TextDecoder.CP932), forced.text());

        var e = assertThrows(UnreadableInputException.class,
                () -> TextDecoder.decode(cp932("髙橋"), "f.txt", StandardCharsets.UTF_8));
        assertTrue(e.getMessage().startsWith("f.txt:1: not valid UTF-8"), e.getMessage());
    }

    @Test
    void forcedUtf8DropsTheBom() throws Exception {
        DecodedText d = TextDecoder.decode(concat(bom(), utf8("a")), "f.txt", StandardCharsets.UTF_8);
        assertEquals("a", d.text());
        assertTrue(d.hadBom());
    }

    @Test
    void userDefinedCharactersAreKeptWithAWarning() throws Exception {
        // F040 is the first code of CP932's user-defined (外字) area
        byte[] bytes = concat(cp932("氏名\r\n"), new byte[] {(byte) 0xF0, 0x40}, cp932("田\r\n"));
        DecodedText d = TextDecoder.decode(bytes, "g.csv", null);
        assertEquals(TextDecoder.CP932, d.charset());
        assertEquals("氏名\r\n\uE000田\r\n", d.text());
        assertEquals(List.of("g.csv:2: 1 user-defined (外字) character(s) kept as private-use code points"),
                d.warnings());
    }

    @Test
    void readsFilesAndNamesMissingOnes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("minutes.txt");
        Files.write(f, cp932(JAPANESE));
        assertEquals(JAPANESE, TextDecoder.decode(f, null).text());
        Path missing = dir.resolve("nope.txt");
        var e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(missing, null));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void encodeCp932RefusesWhatCp932Lacks() throws Exception {
        assertArrayEquals(new byte[] {(byte) 0x81, 0x60}, TextDecoder.encodeCp932("～"));
        assertThrows(CharacterCodingException.class, () -> TextDecoder.encodeCp932("\u2212"));
    }

    @Test
    void utf16WithoutBomIsRefusedByNameInEitherByteOrder() {
        for (Charset c : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            var e = assertThrows(UnreadableInputException.class,
                    () -> TextDecoder.decode(JAPANESE.getBytes(c), "w.txt", null));
            assertEquals("w.txt:1: looks like " + c.name() + " text without a byte order mark: save it as UTF-8 (or "
                    + "load it with --encoding " + c.name().toLowerCase(java.util.Locale.ROOT) + ")", e.getMessage());
        }
    }

    @Test
    void binaryWithNulsAtBothParitiesStaysBinary() {
        byte[] bytes = {0x50, 0x4B, 3, 4, 0, 0, 0, 0, 8, 0, 0, 0, 0x41, 0, 0, 0x42};
        var e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes, "z.txt", null));
        assertTrue(e.getMessage().contains("binary file"), e.getMessage());
    }

    @Test
    void eucJpIsRefusedByNameAndNotReadAsCp932Garbage() {
        String text = "令和5年度 第2回 会議概要\n見守り活動の登録者は前年度より12人増えた。\n地区ごとの担い手の偏りが気になる。\n";
        var e = assertThrows(UnreadableInputException.class,
                () -> TextDecoder.decode(text.getBytes(Charset.forName("EUC-JP")), "e.txt", null));
        assertEquals("e.txt:1: looks like EUC-JP text: save it as UTF-8 (or load it with --encoding euc-jp)",
                e.getMessage());
    }

    @Test
    void utf8AndCp932LinesInOneFileAreRefusedAsMixedNamingBothLines() {
        byte[] bytes = concat(utf8("会議録\n一行目の発言です。\n"), cp932("二行目は別の符号化です。\n"), utf8("終わり\n"));
        var e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes, "m.txt", null));
        assertEquals("m.txt:3: line 3 is not UTF-8 but line 1 is: the file mixes encodings (UTF-8 and probably "
                + "CP932); save it in one encoding", e.getMessage());
    }

    @Test
    void aFileCutInsideItsLastCharacterIsCalledTruncated() {
        byte[] whole = utf8("会議録\n発言の途中");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        var e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(cut, "t.txt", null));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("ends in the middle of a UTF-8 character"), e.getMessage());
    }

    @Test
    void aLineBeyondTheLimitIsRefusedWithItsNumberBeforeDecoding() {
        byte[] bytes = concat(utf8("会議録\n"), "あ".repeat(TextDecoder.MAX_LINE_BYTES / 3 + 1).getBytes(StandardCharsets.UTF_8),
                utf8("\n次\n"));
        var e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes, "l.txt", null));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("line 2 is 1.0 MB long"), e.getMessage());
        byte[] justFits = concat(utf8("会議録\n"), "あ".repeat(TextDecoder.MAX_LINE_BYTES / 3).getBytes(StandardCharsets.UTF_8));
        assertTrue(assertDoesNotThrow(() -> TextDecoder.decode(justFits, "ok.txt", null)).text().endsWith("あ"));
    }

    @Test
    void aFileBeyondTheSizeLimitIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(TextDecoder.MAX_FILE_BYTES + 1); // sparse: nothing is written
        }
        var e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(big, null));
        assertTrue(e.getMessage().startsWith(big + ": 67 MB, more than the 64 MB"), e.getMessage());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] cp932(String s) {
        try {
            ByteBuffer b = TextDecoder.CP932.newEncoder().encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new AssertionError(s, e);
        }
    }

    private static byte[] bom() {
        return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
