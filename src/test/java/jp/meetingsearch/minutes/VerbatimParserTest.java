package jp.meetingsearch.minutes;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        Remark question = p.remarks().stream().filter(r -> "3番".equals(r.role())).findFirst().orElseThrow();
        assertEquals("高木直良", question.speaker());
        assertEquals("member", question.roleGroup());
        assertEquals(new AgendaRef("日程第2", "一般質問"), question.agendaItem());
        Remark chair = p.remarks().getFirst();
        assertEquals("議長", chair.role());
        assertEquals("山田太郎", chair.speaker());
        assertEquals("chair", chair.roleGroup());
    }

    @Test
    void aHeadingAfterTheOfficialsEndsTheirList() throws Exception {
        Path somu = Path.of(System.getProperty("project.basedir", "."), "loaders/sample/minutes/minato-somu-r04-2.txt");
        assertTrue(Files.readString(somu).contains("◎審査事件\n　議案第４２号"), "the sample still has the case");
        ParsedMinutes p = Minutes.parse(somu, null, null);
        assertEquals(List.of("岡部正和", "野沢浩一", "三好真一"),
                p.meeting().officials().stream().map(Official::name).toList());
        assertEquals(List.of("市民生活部長", "地域づくり課長", "協働推進係長"),
                p.meeting().officials().stream().map(Official::title).toList());
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
