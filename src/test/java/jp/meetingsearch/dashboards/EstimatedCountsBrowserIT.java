package jp.meetingsearch.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The search page over an index large against its facet sample (FACET_SAMPLE_SIZE 20): the total and the filter
 * choices' counts estimated from a random sample are shown as estimates, and one click counts every match.
 */
class EstimatedCountsBrowserIT extends BrowserSession {
    private static final int SAMPLE = 20;
    /** Every remark of the sample corpus (its first fiscal year on): a sample of about 20 holds many of them. */
    private static final String ALL = "fy_from=2019";

    @Override
    protected DashboardSite newSite() throws Exception {
        return new DashboardSite(Map.of("FACET_SAMPLE_SIZE", String.valueOf(SAMPLE)));
    }

    @Test
    void anEstimatedTotalReadsAsAboutAndOneClickCountsEveryMatch() throws Exception {
        JsonNode exact = site.api("/api/search?" + ALL + "&facets=exact&size=20");
        long matches = exact.get("total").asLong();
        assertTrue(matches > 8 * SAMPLE, "the sample corpus's remarks are many times the sample: " + matches);
        JsonNode estimated = site.api("/api/search?" + ALL + "&size=20");
        assertTrue(estimated.get("total_approximate").asBoolean(), estimated.toString());
        long total = estimated.get("total").asLong();

        browser.open(site.url("/?" + ALL));
        browser.awaitSearchTotal(total);
        String shown = browser.find("#total").getText();
        assertTrue(shown.startsWith("約") && shown.endsWith("件"), shown);
        // three significant figures of the estimate
        long read = Long.parseLong(shown.replaceAll("[^0-9]", ""));
        assertTrue(Math.abs(read - total) <= total / 100 + 1, shown + " for " + total);
        assertTrue(browser.driver().getTitle().contains("約"), browser.driver().getTitle());
        String note = browser.find("#facets-note").getText();
        assertTrue(note.contains("件数と絞り込みの候補の件数は") && note.contains("推計"), note);

        browser.screenshot("search-estimated");
        browser.find("#count-exact").click();
        browser.until(d -> d.getCurrentUrl().contains("facets=exact"));
        browser.awaitSearchTotal(matches);
        assertEquals(matches + "件", browser.find("#total").getText().replace(",", ""));
        assertTrue(browser.findAll("#facets-note").isEmpty(), "every match counted: nothing to note");
        assertFalse(browser.driver().getTitle().contains("約"), browser.driver().getTitle());
    }
}
