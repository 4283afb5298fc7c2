package jp.meetingsearch.dashboards;

import static jp.meetingsearch.dashboards.DashboardSite.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The 会派 filter of the search page, over the sample corpus and two real Diet records (Kokkai API answers whose
 * speeches carry speakerGroup; the sample has no 会派): offered with counts, restored from the URL, a removable chip.
 */
class GroupFilterBrowserIT extends BrowserSession {
    private static final Path DIET = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/real/diet");

    @Override
    protected DashboardSite newSite() throws Exception {
        return new DashboardSite(List.of(DIET.resolve("kokkai-speech-nichigyo.json"),
                DIET.resolve("kokkai-speech-seiji-shikin.json")));
    }

    private List<String> shownIds() {
        List<String> ids = new ArrayList<>();
        browser.findAll("#hits > li").forEach(li -> ids.add(li.getAttribute("data-id")));
        return ids;
    }

    @Test
    void aGroupIsOfferedWithItsCountRestoredFromTheUrlAndRemovableAsAChip() throws Exception {
        JsonNode all = site.api("/api/search");
        JsonNode groups = all.at("/facets/group");
        assertTrue(groups.size() >= 2, "the Diet records bring several 会派: " + groups);
        String group = groups.get(0).get("key").asText();
        long count = groups.get(0).get("count").asLong();
        JsonNode api = site.api("/api/search?group=" + enc(group));
        assertEquals(count, api.get("total").asLong(), "the facet's count is the filter's total");

        browser.open(site.url("/?group=" + enc(group)));
        browser.awaitSearchTotal(count);
        Select select = new Select(browser.find("#group"));
        assertEquals(group, select.getFirstSelectedOption().getAttribute("value"));
        assertTrue(select.getFirstSelectedOption().getText().contains(String.valueOf(count)),
                "the option says its count: " + select.getFirstSelectedOption().getText());
        List<String> ids = new ArrayList<>();
        api.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertEquals(ids, shownIds());
        browser.findAll("#hits > li .meta").forEach(m -> assertTrue(m.getText().contains(group), m.getText()));
        assertTrue(browser.find("#chips li[data-key='group']").getText().contains(group));

        browser.find("#chips li[data-key='group'] button.remove").click();
        browser.until(d -> !d.getCurrentUrl().contains("group="));
        browser.until(d -> browser.findAll("#chips li[data-key='group']").isEmpty());
        assertEquals("", new Select(browser.find("#group")).getFirstSelectedOption().getAttribute("value"));
    }
}
