package jp.meetingsearch.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentScanTest {
    @Test
    void fullQueuesBreakersAndMissingShardsAreAskedAgainOtherRefusalsAreNot() {
        for (int s : new int[] {429, 502, 503, 504}) {
            assertTrue(Retry.passing(s), String.valueOf(s));
        }
        for (int s : new int[] {400, 401, 403, 404, 500}) {
            assertFalse(Retry.passing(s), String.valueOf(s));
        }
    }

    @Test
    void theWaitDoublesUpToFiveSecondsAndTheRetriesTakeAboutSixteen() {
        assertEquals(200, DocumentScan.pauseMillis(1));
        assertEquals(400, DocumentScan.pauseMillis(2));
        assertEquals(5000, DocumentScan.pauseMillis(7));
        long all = 0;
        for (int a = 1; a < DocumentScan.ATTEMPTS; a++) {
            all += DocumentScan.pauseMillis(a);
        }
        assertEquals(16200, all);
    }
}
