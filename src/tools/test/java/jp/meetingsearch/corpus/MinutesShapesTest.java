package jp.meetingsearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import jp.meetingsearch.minutes.MinutesFormat;
import org.junit.jupiter.api.Test;

/** Generated files have the published shapes line by line, and hold exactly the remarks the generator reports. */
class MinutesShapesTest {
    private static final List<GeneratedMeeting> MEETINGS = meetings();

    private static List<GeneratedMeeting> meetings() {
        MinutesGenerator generator = new MinutesGenerator(GeneratorOptions.parse(
                "--remarks", "6000", "--seed", "21", "--out", "unused"));
        return IntStream.range(0, generator.meetingCount()).mapToObj(generator::meeting).toList();
    }

    @Test
    void summariesHaveTheHeaderTableBlocksAndClosingLine() {
        int checked = 0;
        for (GeneratedMeeting m : MEETINGS) {
            if (m.format() != MinutesFormat.SUMMARY) {
                continue;
            }
            List<String> lines = m.text().lines().toList();
            String where = m.fileName();
            assertEquals("", lines.get(0), where);
            assertMatches(MinutesShapes.SUMMARY_TITLE, lines.get(2), where);
            String[] rows = {"会議名", "日時", "会場", "出席者", "市側出席者", "公開・非公開の別", "傍聴人", "会議概要作成年月日"};
            for (int i = 0; i < rows.length; i++) {
                String row = lines.get(4 + i);
                assertTrue(row.matches("^" + MinutesShapes.DIGIT + "\t" + rows[i] + "\t\\S.*$"), where + ": " + row);
            }
            assertMatches(MinutesShapes.SUMMARY_DATE_ROW, lines.get(5), where);
            assertMatches(MinutesShapes.ATTENDEES_ROW, lines.get(7), where);
            assertEquals("協 議 事 項 等\t\t", lines.get(12), where);
            assertMatches(MinutesShapes.SUMMARY_CLOSING, lines.get(lines.size() - 1), where);
            for (int i = 0; i < lines.size(); i++) {
                if (MinutesShapes.ROLE_BLOCK.matcher(lines.get(i)).matches()) {
                    assertEquals("", lines.get(i + 1), where + ":" + (i + 2));
                    assertMatches(MinutesShapes.BULLET, lines.get(i + 2), where + ":" + (i + 3));
                }
            }
            assertEquals(texts(m), MinutesShapes.summaryRemarks(m.text()), where);
            checked++;
        }
        assertTrue(checked > 20, "summaries checked: " + checked);
    }

    @Test
    void verbatimRecordsHaveOnlyKnownLineShapes() {
        int checked = 0;
        for (GeneratedMeeting m : MEETINGS) {
            if (m.format() != MinutesFormat.VERBATIM) {
                continue;
            }
            List<String> lines = m.text().lines().toList();
            String where = m.fileName();
            assertMatches(MinutesShapes.VERBATIM_TITLE, lines.get(0), where);
            assertEquals(m.title(), lines.get(0), where);
            assertMatches(MinutesShapes.VERBATIM_DATE, lines.get(1), where);
            boolean inBody = false;
            for (int i = 2; i < lines.size(); i++) {
                String line = lines.get(i);
                String at = where + ":" + (i + 1) + ": " + line;
                if (MinutesShapes.MARKER.matcher(line).find()) {
                    assertMatches(MinutesShapes.SPEAKER, line, at);
                    assertMatches(MinutesShapes.SPEECH, lines.get(i + 1), at);
                    inBody = true;
                } else if (!(line.isEmpty() || MinutesShapes.TIME.matcher(line).matches()
                        || MinutesShapes.AGENDA_LINE.matcher(line).matches()
                        || MinutesShapes.STAGE.matcher(line).matches()
                        || (inBody ? MinutesShapes.SPEECH.matcher(line).matches()
                                : line.startsWith("◎") || line.startsWith("　")))) {
                    fail("unexpected line " + at);
                }
            }
            assertTrue(MinutesShapes.TIME.matcher(lines.get(lines.size() - 1)).matches(), where);
            assertEquals(texts(m), MinutesShapes.verbatimRemarks(m.text()), where);
            checked++;
        }
        assertTrue(checked > 20, "verbatim records checked: " + checked);
    }

    @Test
    void bothMarkerVariantsAndUnmarkedBlocksOccur() {
        String all = String.join("\n", MEETINGS.stream().map(GeneratedMeeting::text).toList());
        for (String marker : List.of("\n○", "\n〇", "\n◯", "\n- ・", "\n・", "〔「異議なし」と呼ぶ者あり〕", "（「異議なし」と呼ぶ者あり）")) {
            assertTrue(all.contains(marker), "no " + marker.strip());
        }
        assertTrue(MEETINGS.stream().flatMap(m -> m.remarks().stream()).anyMatch(GeneratedRemark::inferred));
        assertTrue(all.contains("令和元年"), "no 元年 date");
    }

    private static List<String> texts(GeneratedMeeting m) {
        return m.remarks().stream().map(GeneratedRemark::text).toList();
    }

    private static void assertMatches(Pattern pattern, String line, String where) {
        assertTrue(pattern.matcher(line).matches(), where + ": " + line + " !~ " + pattern.pattern());
    }
}
