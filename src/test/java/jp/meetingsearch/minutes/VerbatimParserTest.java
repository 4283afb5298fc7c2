package jp.meetingsearch.minutes;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerbatimParserTest {
    private static final Path PLENARY = MinutesGoldenTest.GOLDEN.resolve("verbatim-plenary.txt");

    @Test
    void stageDirectionsAndPageNumbersAreNotSpeech() throws Exception {
        ParsedMinutes p = Minutes.parse(PLENARY, null, null);
        String raw = Files.readString(PLENARY);
        assertTrue(raw.contains("〔３番　高木直良君登壇〕") && raw.contains("呼ぶ者あり") && raw.contains("－ 12 －"));
        for (Remark r : p.remarks()) {
            assertTrue(!r.text().contains("〔") && !r.text().contains("呼ぶ者あり") && !r.text().contains("12 －"),
                    r.text());
        }
        assertTrue(p.remarks().stream().anyMatch(r -> r.text().contains("役割分担を明確にしてまいります")),
                "a line broken across a page is joined");
    }

    @Test
    void speakerLinesGiveRoleAndName() throws Exception {
        ParsedMinutes p = Minutes.parse(PLENARY, null, null);
        Remark question = p.remarks().stream().filter(r -> Integer.valueOf(3).equals(r.seat())).findFirst()
                .orElseThrow();
        assertEquals("議員", question.role(), "a member written by seat number is a 議員 with the seat kept");
        assertEquals("高木直良", question.speaker());
        assertEquals("member", question.roleGroup());
        assertEquals(new AgendaRef("日程第2", "一般質問"), question.agendaItem());
        Remark chair = p.remarks().getFirst();
        assertEquals("議長", chair.role());
        assertEquals("山田太郎", chair.speaker());
        assertEquals("chair", chair.roleGroup());
    }

    @Test
    void formatsAreDetected() throws Exception {
        assertEquals(Optional.of(MinutesFormats.VERBATIM), MinutesFormats.detect(Files.readString(PLENARY)));
        assertEquals(Optional.of(MinutesFormats.SUMMARY),
                MinutesFormats.detect(Files.readString(MinutesGoldenTest.SHARED_SUMMARY)));
        assertEquals(Optional.empty(), MinutesFormats.detect("図書館だより\n今月のおすすめ本を紹介します。\n"));
    }

    @Test
    void aForcedFormatThatDoesNotFitIsRefusedWithTheFileName() {
        MinutesParseException e = org.junit.jupiter.api.Assertions.assertThrows(MinutesParseException.class,
                () -> Minutes.parse(MinutesGoldenTest.SHARED_SUMMARY, null, MinutesFormats.VERBATIM));
        assertTrue(e.getMessage().startsWith(MinutesGoldenTest.SHARED_SUMMARY.toString()), e.getMessage());
    }
}
