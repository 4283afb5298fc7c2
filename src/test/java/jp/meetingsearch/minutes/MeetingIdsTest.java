package jp.meetingsearch.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MeetingIdsTest {
    private static final String M = "2021-12-21-s3-1a2b3c4d";

    @Test
    void aRemarkIdDependsOnWhoWhereAndWhatNotOnPosition() {
        String alone = MeetingIds.remarkId(M, "委員", null, "協議事項", "賛成です。", new HashSet<>());
        Set<String> taken = new HashSet<>();
        MeetingIds.remarkId(M, "会長", null, "協議事項", "開会します。", taken);
        assertEquals(alone, MeetingIds.remarkId(M, "委員", null, "協議事項", "賛成です。", taken),
                "a remark before it does not change its id");
        assertTrue(alone.startsWith(M + "-"));
        assertNotEquals(alone, MeetingIds.remarkId(M, "副会長", null, "協議事項", "賛成です。", new HashSet<>()));
        assertNotEquals(alone, MeetingIds.remarkId(M, "委員", null, "報告事項", "賛成です。", new HashSet<>()));
        assertNotEquals(alone, MeetingIds.remarkId(M, "委員", "山田", "協議事項", "賛成です。", new HashSet<>()));
    }

    @Test
    void identicalTurnsInOneSectionAreCountedInTheirOrder() {
        Set<String> taken = new HashSet<>();
        String first = MeetingIds.remarkId(M, "議長", "山田太郎", null, "異議なしと認めます。", taken);
        String second = MeetingIds.remarkId(M, "議長", "山田太郎", null, "異議なしと認めます。", taken);
        String third = MeetingIds.remarkId(M, "議長", "山田太郎", null, "異議なしと認めます。", taken);
        assertEquals(first + "-2", second);
        assertEquals(first + "-3", third);
    }
}
