package jp.meetingsearch.minutes;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real summary (a copy under src/test/resources/shared): counts and properties checked against the raw file, not the golden JSON. */
class SharedSummaryTest {
    static ParsedMinutes parsed;
    static List<String> rawLines;

    @BeforeAll
    static void parse() throws Exception {
        parsed = Minutes.parse(MinutesGoldenTest.SHARED_SUMMARY, null, null);
        rawLines = Files.readAllLines(MinutesGoldenTest.SHARED_SUMMARY, StandardCharsets.UTF_8);
    }

    @Test
    void remarksPerRoleMatchTheMarkersInTheFile() {
        Map<String, Integer> markers = new TreeMap<>();
        for (String line : rawLines) {
            String l = line.strip();
            if (l.matches("^【[^】]+】$")) {
                markers.merge(l.substring(1, l.length() - 1), 1, Integer::sum);
            }
        }
        Map<String, Integer> marked = new TreeMap<>();
        Map<String, Integer> inferred = new TreeMap<>();
        for (Remark r : parsed.remarks()) {
            (r.roleInferred() ? inferred : marked).merge(r.role(), 1, Integer::sum);
        }
        assertEquals(Map.of("委員", 21, "会長", 5, "事務局", 5, "副会長", 3), markers, "markers in the file");
        assertEquals(markers, marked);
        assertEquals(Map.of("事務局", 2), inferred);
        assertEquals(36, parsed.remarks().size());
    }

    @Test
    void inferredExplanationsOpenTheirItems() {
        List<Remark> inferred = parsed.remarks().stream().filter(Remark::roleInferred).toList();
        assertEquals("報告事項", inferred.get(0).section());
        assertEquals(new AgendaRef("(2)", "協働推進委員会第1回学習会の概要"), inferred.get(0).agendaItem());
        assertEquals("協議事項", inferred.get(1).section());
        assertEquals("(1)", inferred.get(1).agendaItem().number());
        assertEquals(RoleGroup.SECRETARIAT, inferred.get(1).roleGroup());
        for (Remark r : inferred) {
            Remark before = r.order() > 1 ? parsed.remarks().get(r.order() - 2) : null;
            assertTrue(before == null || !before.agendaItem().equals(r.agendaItem())
                    || !before.section().equals(r.section()), "inferred remark " + r.order() + " starts its item");
        }
    }

    @Test
    void everyBulletIsInExactlyOneRemark() {
        List<String> bullets = new ArrayList<>();
        for (String l : rawLines) {
            if (l.startsWith("- ・")) {
                bullets.add(l.substring(3).strip());
            } else if (l.contains("<ul")) {
                for (String part : l.substring(l.indexOf('>') + 1).split("\\s・")) {
                    if (!part.isBlank()) {
                        bullets.add(part.replace("・", "").strip());
                    }
                }
            }
        }
        int points = parsed.remarks().stream().mapToInt(r -> r.points().size()).sum();
        assertEquals(bullets.size(), points, "one point per bullet");
        for (String b : bullets) {
            long holders = parsed.remarks().stream()
                    .filter(r -> r.points().stream().anyMatch(p -> p.startsWith(b))).count();
            assertEquals(1, holders, "bullet in exactly one remark: " + b);
        }
    }

    @Test
    void noRemarkContainsMarkupOrBulletMarks() {
        for (Remark r : parsed.remarks()) {
            assertFalse(Cleaning.hasMarkup(r.text()) || r.text().contains("<") || r.text().contains(">"),
                    "markup in remark " + r.order() + ": " + r.text());
            for (String p : r.points()) {
                assertFalse(p.startsWith("・") || p.startsWith("-"), "bullet mark left in " + p);
            }
        }
    }

    @Test
    void aWordSplitByAPageBreakIsJoined() {
        assertTrue(parsed.remarks().stream().anyMatch(r -> r.text().contains("森のオフィスはビジネス交流施設だが")));
        assertTrue(parsed.remarks().stream().noneMatch(r -> r.text().contains("ビ\n")));
    }

    @Test
    void theClosingLineGoesToTheMeeting() throws IOException {
        assertTrue(rawLines.getLast().contains("終了"), "the file ends with its closing line");
        assertEquals(LocalTime.of(11, 30), parsed.meeting().endTime());
        assertTrue(parsed.remarks().stream().noneMatch(r -> r.text().contains("終了")));
    }

    @Test
    void headerFields() {
        Meeting m = parsed.meeting();
        assertEquals(2021, m.fiscalYear());
        assertEquals(3, m.session());
        assertEquals(LocalTime.of(9, 30), m.startTime());
        assertEquals(15, m.attendeeCount());
        assertEquals(15, m.attendeeCountStated());
        assertEquals(new Attendee("磯野", "会長", RoleGroup.CHAIR), m.attendees().getFirst());
        assertEquals(new Official("高橋", "課長", "地域づくり課"), m.officials().get(1));
        assertEquals(0, m.observers());
        assertEquals(0, m.press());
        assertEquals(Boolean.TRUE, m.isPublic());
        assertEquals(8, m.agenda().size());
        assertTrue(m.warnings().isEmpty(), m.warnings().toString());
    }
}
