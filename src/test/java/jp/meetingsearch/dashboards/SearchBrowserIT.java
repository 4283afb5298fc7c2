package jp.meetingsearch.dashboards;

import static jp.meetingsearch.dashboards.DashboardSite.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class SearchBrowserIT extends BrowserSession {
    /** A word of the sample corpus that the synonyms file also searches as 人財. */
    private static final String WORD = "人材";

    private List<String> shownIds() {
        List<String> ids = new ArrayList<>();
        browser.findAll("#hits > li").forEach(li -> ids.add(li.getAttribute("data-id")));
        return ids;
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void aWordShowsHighlightedHitsWithTheTotalOfTheApi() throws Exception {
        JsonNode api = site.api("/api/search?q=" + enc(WORD));
        long total = api.get("total").asLong();
        assertTrue(total > 1, "the sample has remarks with " + WORD);
        browser.open(site.url("/"));
        WebElement box = browser.await("#q");
        box.sendKeys(WORD, Keys.ENTER);

        browser.until(d -> d.getCurrentUrl().contains("q=" + enc(WORD)));
        browser.awaitSearchTotal(total);
        assertEquals(ids(api), shownIds(), "the first page in the API's order");
        assertTrue(browser.find("#total").getText().contains(total + "件"));
        List<WebElement> hits = browser.findAll("#hits > li");
        for (WebElement hit : hits) {
            List<String> marks = hit.findElements(By.cssSelector(".text mark")).stream().map(WebElement::getText).toList();
            assertFalse(marks.isEmpty(), "no highlight in " + hit.getText());
            assertTrue(marks.stream().allMatch(m -> m.equals("人材") || m.equals("人財")), marks.toString());
        }
        JsonNode first = api.get("hits").get(0);
        String meta = hits.get(0).findElement(By.cssSelector(".meta")).getText();
        assertTrue(meta.contains(first.at("/meeting/title").asText()) && meta.contains(first.get("role").asText()), meta);
        assertTrue(browser.find("#expansions").getText().contains("人財"), "the expansion is shown");

        String csv = browser.find("#csv").getAttribute("href");
        assertTrue(csv.endsWith("/api/search.csv?q=" + enc(WORD)), csv);
        HttpResponse<String> export = site.get(csv.substring(csv.indexOf("/api/")));
        assertEquals(200, export.statusCode());
        assertTrue(export.body().startsWith("\uFEFF"), "CSV for Excel starts with a BOM");
        browser.screenshot("search-desktop");
    }

    @Test
    void aFilterChangeGoesIntoTheUrlAndNarrowsTheResults() throws Exception {
        long all = site.api("/api/search?q=" + enc(WORD)).get("total").asLong();
        JsonNode members = site.api("/api/search?q=" + enc(WORD) + "&role_group=member");
        browser.open(site.url("/?q=" + enc(WORD)));
        browser.awaitSearchTotal(all);
        new Select(browser.find("#role_group")).selectByValue("member");

        browser.until(d -> d.getCurrentUrl().contains("role_group=member"));
        browser.awaitSearchTotal(members.get("total").asLong());
        assertTrue(members.get("total").asLong() < all, "the filter narrows the results");
        assertEquals(ids(members), shownIds());
        assertTrue(browser.driver().getCurrentUrl().contains("q=" + enc(WORD)), "the query stays");

        browser.driver().navigate().back();
        browser.until(d -> !d.getCurrentUrl().contains("role_group"));
        browser.awaitSearchTotal(all);
        assertEquals("", new Select(browser.find("#role_group")).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void aSpeakerTypedInKanaIsSuggestedAndFindsTheirRemarks() throws Exception {
        JsonNode api = site.api("/api/search?speaker=" + enc("てらお"));
        assertTrue(api.get("total").asLong() >= 2, "寺尾真理子 speaks in the sample: " + api.get("total"));
        browser.open(site.url("/"));
        WebElement field = browser.await("#speaker");
        field.sendKeys("てら");

        browser.until(d -> browser.findAll("#speaker-list option").stream()
                .anyMatch(o -> "寺尾真理子".equals(o.getAttribute("value"))), () -> "寺尾真理子 among the suggestions");
        assertTrue(browser.findAll("#speaker-list option").stream().allMatch(o -> o.getAttribute("label")
                .matches(".+（\\d+件）")), "each suggestion says how many remarks");
        field.sendKeys("お", Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("speaker=" + enc("てらお")));
        browser.awaitSearchTotal(api.get("total").asLong());
        assertEquals(ids(api), shownIds());
        browser.findAll("#hits > li .meta").forEach(m -> assertTrue(m.getText().contains("寺尾真理子"), m.getText()));
    }

    @Test
    void theTotalSaysHowStrictlyTheWordsMatchedAndTheSwitchChangesIt() throws Exception {
        String q = enc("協働事業");
        JsonNode auto = site.api("/api/search?q=" + q);
        String match = auto.get("match").asText();
        String other = match.equals("exact") ? "broad" : "exact";
        JsonNode switched = site.api("/api/search?q=" + q + "&match=" + other);
        browser.open(site.url("/?q=" + q));
        browser.awaitSearchTotal(auto.get("total").asLong());
        assertEquals(match, browser.find("#match").getAttribute("data-match"));
        browser.find("#match-toggle").click();

        browser.until(d -> d.getCurrentUrl().contains("match=" + other));
        browser.awaitSearchTotal(switched.get("total").asLong());
        assertEquals(other, browser.find("#match").getAttribute("data-match"));
        assertEquals(ids(switched), shownIds());
    }

    @Test
    void theSynonymSwitchSearchesTheWordAlone() throws Exception {
        long with = site.api("/api/search?q=" + enc(WORD)).get("total").asLong();
        JsonNode without = site.api("/api/search?q=" + enc(WORD) + "&synonyms=false");
        browser.open(site.url("/?q=" + enc(WORD)));
        browser.awaitSearchTotal(with);
        browser.find("#synonym-toggle").click();

        browser.until(d -> d.getCurrentUrl().contains("synonyms=false"));
        browser.awaitSearchTotal(without.get("total").asLong());
        assertTrue(without.get("total").asLong() < with, "人財 alone finds fewer remarks");
        assertFalse(browser.find("#synonyms").isSelected());
        browser.findAll("#hits mark").forEach(m -> assertEquals(WORD, m.getText()));
    }

    @Test
    void aHitOpensInItsMeetingWithTheRemarksAround() throws Exception {
        JsonNode api = site.api("/api/search?q=" + enc(WORD));
        browser.open(site.url("/?q=" + enc(WORD)));
        browser.awaitSearchTotal(api.get("total").asLong());
        JsonNode hit = api.get("hits").get(1);
        browser.find("#hits > li[data-id='" + hit.get("id").asText() + "'] button.open").click();

        WebElement current = browser.await("#remark[open] .turn.current");
        assertEquals(hit.get("text").asText().strip(), current.findElement(By.tagName("p")).getText().strip());
        JsonNode context = site.api("/api/remarks/" + enc(hit.get("id").asText()) + "?context=3");
        int around = context.get("context_before").size() + context.get("context_after").size();
        assertEquals(around + 1, browser.findAll("#remark .turn").size(), "the remark and its neighbours");
        assertTrue(browser.driver().getCurrentUrl().contains("open=" + enc(hit.get("id").asText())));
        assertEquals(hit.at("/meeting/title").asText(), browser.find("#remark-title").getText());
        browser.screenshot("search-remark-desktop");

        browser.find("#whole-meeting").click();
        JsonNode meeting = site.api("/api/meetings/" + enc(hit.at("/meeting/id").asText()));
        browser.until(d -> browser.findAll("#remark .turn").size() == meeting.get("remarks").size(),
                () -> meeting.get("remarks").size() + " remarks of the meeting");
        assertEquals(1, browser.findAll("#remark .turn.current").size());

        browser.find("#remark-close").click();
        browser.until(d -> !d.getCurrentUrl().contains("open="));
        assertTrue(browser.findAll("#remark[open]").isEmpty());
    }

    @Test
    void theKwicViewShowsTheLinesOfTheApi() throws Exception {
        JsonNode kwic = site.api("/api/kwic?q=" + enc(WORD));
        browser.open(site.url("/?q=" + enc(WORD)));
        browser.awaitSearchTotal(site.api("/api/search?q=" + enc(WORD)).get("total").asLong());
        browser.find("#view-kwic").click();

        browser.until(d -> d.getCurrentUrl().contains("view=kwic"));
        browser.until(d -> browser.findAll("#kwic tbody tr").size() == kwic.get("lines").size(),
                () -> kwic.get("lines").size() + " KWIC lines");
        List<WebElement> rows = browser.findAll("#kwic tbody tr");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(kwic.get("lines").get(i).get("match").asText(),
                    rows.get(i).findElement(By.cssSelector("td.match mark")).getText());
        }
        assertTrue(browser.find("#csv").getAttribute("href").contains("/api/kwic.csv?q=" + enc(WORD)));
        browser.phone();
        browser.open(browser.driver().getCurrentUrl());
        browser.until(d -> browser.findAll("#kwic tbody tr").size() == kwic.get("lines").size());
        assertFalse(browser.scrollsSideways(), "the KWIC page scrolls sideways at 375 px");
        browser.screenshot("search-kwic-phone");
    }

    @Test
    void pagesFollowTheApiAndFitAPhone() throws Exception {
        JsonNode page2 = site.api("/api/search?role_group=member&page=2&size=20");
        assertTrue(page2.get("total").asLong() > 20, "more than one page of member remarks");
        browser.phone();
        browser.open(site.url("/?role_group=member"));
        browser.awaitSearchTotal(page2.get("total").asLong());
        assertFalse(browser.scrollsSideways(), "the search page scrolls sideways at 375 px");
        browser.find("#next").click();
        browser.until(d -> d.getCurrentUrl().contains("page=2"));
        browser.until(d -> shownIds().equals(ids(page2)), () -> "page 2 " + ids(page2));
        assertTrue(browser.find("#page").getText().startsWith("2 /"));
        browser.open(site.url("/?q=" + enc(WORD)));
        browser.awaitSearchTotal(site.api("/api/search?q=" + enc(WORD)).get("total").asLong());
        assertFalse(browser.scrollsSideways(), "the search page scrolls sideways at 375 px");
        browser.screenshot("search-phone");
    }

    @Test
    void anApiRefusalReadsAsAMessage() throws Exception {
        HttpResponse<String> refused = site.get("/api/search?q=" + enc(WORD) + "&fy_from=abc");
        assertEquals(400, refused.statusCode());
        String message = new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.body()).get("message").asText();
        browser.open(site.url("/?q=" + enc(WORD) + "&fy_from=abc"));
        WebElement error = browser.await("#results .error[role=alert]");
        assertTrue(error.getText().contains(message), error.getText());
        assertTrue(error.getText().contains("HTTP 400"));
        assertFalse(browser.find("main").getText().contains("{\""), "no raw JSON on the page");
    }
}
