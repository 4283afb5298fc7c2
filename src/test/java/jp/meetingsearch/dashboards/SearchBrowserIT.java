package jp.meetingsearch.dashboards;

import static jp.meetingsearch.dashboards.DashboardSite.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    void anApiRefusalReadsAsAJapaneseSentenceNamingTheField() throws Exception {
        HttpResponse<String> refused = site.get("/api/search?q=" + enc(WORD) + "&fy_from=abc");
        assertEquals(400, refused.statusCode());
        JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.body());
        assertEquals("not_fiscal_year", body.get("reason").asText());
        browser.open(site.url("/?q=" + enc(WORD) + "&fy_from=abc"));
        WebElement error = browser.await("#results .error[role=alert]");
        assertTrue(error.getText().contains("年度（から）「abc」は年度として読めません"), error.getText());
        assertFalse(error.getText().contains(body.get("message").asText()), "not the API's English sentence");
        assertFalse(browser.find("main").getText().contains("{\""), "no raw JSON on the page");
        assertFalse(browser.find("main").getText().contains("&gt;"), "no entity on the page");

        List<Integer> years = fiscalYears();
        int early = years.get(0);
        int late = years.get(years.size() - 1);
        assertTrue(late > early, "the sample spans several fiscal years: " + years);
        browser.open(site.url("/?q=" + enc(WORD) + "&fy_from=" + late + "&fy_to=" + early));
        error = browser.await("#results .error[role=alert]");
        assertTrue(error.getText().contains("年度（から）「" + eraYear(late) + "」が年度（まで）「" + eraYear(early)
                + "」より後になっています"), error.getText());
    }

    @Test
    void aSearchWhilePartOfTheDataIsAwaySaysSoInJapaneseAndShowsNoHits() throws Exception {
        try (AutoCloseable away = site.remarksPartlyAway()) {
            HttpResponse<String> refused = site.get("/api/search?q=" + enc(WORD));
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("data_unavailable", new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.body())
                    .get("error").asText());
            browser.open(site.url("/?q=" + enc(WORD)));
            WebElement error = browser.await("#results .error[role=alert]");
            assertTrue(error.getText().contains("データの一部が検索エンジンで一時的に読めません"), error.getText());
            assertTrue(error.getText().contains("一部だけの結果は表示しません"), error.getText());
            assertFalse(error.getText().contains("part of the data"), "not the API's English sentence");
            assertEquals(List.of(), shownIds(), "no hits from the part that answers");
        }
        browser.open(site.url("/?q=" + enc(WORD)));
        browser.await("#hits > li");
        assertFalse(shownIds().isEmpty(), "hits again once the data is whole");
    }

    /** The fiscal years of the sample's meetings, in order. */
    private List<Integer> fiscalYears() throws Exception {
        return site.api("/api/search?size=1").at("/facets/fiscal_year").findValues("key").stream()
                .map(JsonNode::asInt).sorted().toList();
    }

    private static String eraYear(int fiscalYear) {
        int n = fiscalYear >= 2019 ? fiscalYear - 2018 : fiscalYear - 1988;
        return (fiscalYear >= 2019 ? "令和" : "平成") + (n == 1 ? "元" : String.valueOf(n)) + "年度";
    }

    private static String nfkc(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
    }

    /** "2021-12-21" → "令和3年12月21日", the first year of an era as 元年. */
    private static String wareki(String iso) {
        JapaneseDate d = JapaneseDate.from(LocalDate.parse(iso));
        int year = d.get(ChronoField.YEAR_OF_ERA);
        String era = d.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
        LocalDate day = LocalDate.parse(iso);
        return era + (year == 1 ? "元" : String.valueOf(year)) + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    @Test
    void yearRangesCannotBeChosenBackwardsAndUnknownUrlParametersAreNamed() throws Exception {
        List<Integer> years = fiscalYears();
        int early = years.get(0);
        browser.open(site.url("/?q=" + enc(WORD) + "&fy_to=" + early + "&colour=red"));
        browser.awaitSearchTotal(site.api("/api/search?q=" + enc(WORD) + "&fy_to=" + early).get("total").asLong());
        for (WebElement option : new Select(browser.find("#fy_from")).getOptions()) {
            String v = option.getAttribute("value");
            if (!v.isEmpty()) {
                assertEquals(Integer.parseInt(v) > early, !option.isEnabled(), "fy_from " + v + " after fy_to " + early);
            }
        }
        WebElement note = browser.await("#unknown-parameters");
        assertTrue(note.getText().contains("colour=red"), note.getText());
        assertTrue(browser.findAll("#hits > li").size() > 0, "the known parameters still search");
    }

    @Test
    void snippetsShowShortRemarksWholeAndNeverRepeatText() throws Exception {
        JsonNode api = site.api("/api/search?q=" + enc(WORD) + "&size=20");
        browser.open(site.url("/?q=" + enc(WORD)));
        browser.awaitSearchTotal(api.get("total").asLong());
        int whole = 0;
        for (JsonNode hit : api.get("hits")) {
            // line breaks of the remark read as spaces in the page's text
            String text = hit.get("text").asText().replaceAll("[\\s\\u3000]+", " ").strip();
            String shown = ((String) browser.js("return arguments[0].textContent;",
                    browser.find("#hits > li[data-id='" + hit.get("id").asText() + "'] .text"))).replaceAll("[\\s\\u3000]+", " ").strip();
            if (text.codePointCount(0, text.length()) <= 200) {
                assertEquals(text, shown, "a short remark whole");
                whole++;
                continue;
            }
            // a longer one: its pieces in order, each found once after the one before, none sharing text
            int from = 0;
            for (String piece : shown.split(" … ")) {
                String p = piece.replaceAll("^…|…$", "").strip();
                int at = text.indexOf(p, from);
                assertTrue(at >= from, "piece '" + p + "' of " + hit.get("id").asText() + " after position " + from);
                from = at + p.length();
            }
        }
        assertTrue(whole > 0, "the sample has short remarks with " + WORD);
    }

    @Test
    void aPageBeyondTheLastShowsTheLastPageWithAPager() throws Exception {
        long total = site.api("/api/search?role_group=member").get("total").asLong();
        int last = (int) ((total + 19) / 20);
        assertTrue(last > 1, "more than one page of member remarks");
        JsonNode lastPage = site.api("/api/search?role_group=member&size=20&page=" + last);
        browser.open(site.url("/?role_group=member&page=99"));
        browser.awaitSearchTotal(total);
        browser.until(d -> d.getCurrentUrl().contains("page=" + last));
        assertEquals(ids(lastPage), shownIds());
        assertTrue(browser.find("#page-note").getText().contains("99ページはありません"));
        assertTrue(browser.find("#page").getText().startsWith(last + " /"));
        assertTrue(browser.findAll("#no-hits").isEmpty());
        browser.find(".pager button[data-page='1']").click();
        browser.until(d -> !d.getCurrentUrl().contains("page="));
        browser.until(d -> browser.find("#page").getText().startsWith("1 /"));
    }

    @Test
    void meetingAndDateFiltersComeFromTheUrlAsRemovableChips() throws Exception {
        JsonNode meeting = site.api("/api/meetings?size=1&sort=-date").get("meetings").get(0);
        String id = meeting.get("id").asText();
        String date = meeting.get("date").asText();
        String filtered = "meeting=" + enc(id) + "&date_from=" + date + "&date_to=" + date;
        JsonNode api = site.api("/api/search?" + filtered);
        assertTrue(api.get("total").asLong() > 0, "the meeting has remarks");
        browser.open(site.url("/?" + filtered));
        browser.awaitSearchTotal(api.get("total").asLong());
        assertEquals(ids(api), shownIds());
        assertEquals(id, new Select(browser.find("#meeting")).getFirstSelectedOption().getAttribute("value"));
        assertEquals(date, browser.find("#date_from").getAttribute("value"));
        assertTrue(browser.find("#date-hint").getText().contains(wareki(date)), browser.find("#date-hint").getText());
        List<String> chips = browser.findAll("#chips li.chip").stream().map(c -> c.getAttribute("data-key")).toList();
        assertEquals(List.of("meeting", "date_from", "date_to"), chips);
        assertTrue(browser.find("#chips li[data-key='date_to']").getText().contains(wareki(date)));
        String chip = nfkc(browser.find("#chips li[data-key='meeting']").getText());
        assertTrue(chip.contains(nfkc(meeting.get("title").asText()).replaceAll("\\s+", " ")) && chip.contains(wareki(date)), chip);

        browser.find("#chips li[data-key='meeting'] button.remove").click();
        browser.until(d -> !d.getCurrentUrl().contains("meeting="));
        String days = "date_from=" + date + "&date_to=" + date;
        browser.awaitSearchTotal(site.api("/api/search?" + days).get("total").asLong());
        assertTrue(browser.driver().getCurrentUrl().contains(days), "the other chips stay");
    }

    @Test
    void aDayTypedInWarekiSearchesFromThatDay() throws Exception {
        JsonNode meeting = site.api("/api/meetings?size=1&sort=-date").get("meetings").get(0);
        String date = meeting.get("date").asText();
        JsonNode api = site.api("/api/search?q=" + enc(WORD) + "&date_from=" + date);
        browser.open(site.url("/?q=" + enc(WORD)));
        browser.awaitSearchTotal(site.api("/api/search?q=" + enc(WORD)).get("total").asLong());
        WebElement from = browser.find("#date_from");
        from.sendKeys(wareki(date), Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("date_from=" + date));
        browser.awaitSearchTotal(api.get("total").asLong());
        assertEquals(ids(api), shownIds());
        assertTrue(browser.find("#chips li[data-key='date_from']").getText().contains(wareki(date)));
    }

    @Test
    void filterValuesShowTheirCountsAndTheTitleAndDatesSayWhatWasFound() throws Exception {
        JsonNode api = site.api("/api/search?q=" + enc(WORD));
        long total = api.get("total").asLong();
        browser.open(site.url("/?q=" + enc(WORD)));
        browser.awaitSearchTotal(total);
        JsonNode role = api.at("/facets/role").get(0);
        String label = new Select(browser.find("#role")).getOptions().stream()
                .filter(o -> role.get("key").asText().equals(o.getAttribute("value"))).findFirst().orElseThrow().getText();
        assertEquals(role.get("key").asText() + "（" + role.get("count").asLong() + "件）", label);
        String title = browser.driver().getTitle();
        assertTrue(title.contains("「" + WORD + "」") && title.contains(total + "件"), title);
        JsonNode first = api.get("hits").get(0);
        String date = first.at("/meeting/date").asText();
        String shown = browser.find("#hits > li[data-id='" + first.get("id").asText() + "'] .date").getText();
        assertEquals(wareki(date) + " (" + date.substring(0, 4) + "年)", shown);
    }

    @Test
    void theMeetingDialogMarksTheSearchWordsWithNextAndPrevious() throws Exception {
        JsonNode api = site.api("/api/search?q=" + enc(WORD));
        browser.open(site.url("/?q=" + enc(WORD)));
        browser.awaitSearchTotal(api.get("total").asLong());
        String id = api.get("hits").get(0).get("id").asText();
        browser.find("#hits > li[data-id='" + id + "'] button.open").click();
        browser.until(d -> browser.find("#hit-nav").isDisplayed(), () -> "the hit navigation");
        List<WebElement> marks = browser.findAll("#remark-body mark.hit-word");
        assertFalse(marks.isEmpty());
        marks.forEach(m -> assertTrue(m.getText().equals("人材") || m.getText().equals("人財"), m.getText()));
        WebElement active = browser.find("#remark-body mark.hit-word.active");
        assertEquals(id, active.findElement(By.xpath("ancestor::*[contains(@class,'turn')]")).getAttribute("data-id"),
                "the first mark of the opened remark is current");
        int n = marks.size();
        int at = marks.indexOf(active);
        assertEquals((at + 1) + " / " + n + "件目", browser.find("#hit-position").getText());
        browser.find("#hit-next").click();
        assertEquals(((at + 1) % n + 1) + " / " + n + "件目", browser.find("#hit-position").getText());
        browser.find("#hit-prev").click();
        assertEquals((at + 1) + " / " + n + "件目", browser.find("#hit-position").getText());
    }

    @Test
    void theCopyLinkButtonCopiesTheSearch() throws Exception {
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Browser.grantPermissions",
                java.util.Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.open(site.url("/?q=" + enc(WORD) + "&role_group=member"));
        browser.awaitSearchTotal(site.api("/api/search?q=" + enc(WORD) + "&role_group=member").get("total").asLong());
        browser.find("#copy-link").click();
        browser.until(d -> !browser.find("#copy-status").getText().isEmpty());
        String copied = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, () => done(null));");
        assertEquals(browser.driver().getCurrentUrl(), copied, browser.find("#copy-status").getText());
    }

    @Test
    void kwicContextsAreCutAtWholeCharactersOnAPhone() throws Exception {
        JsonNode kwic = site.api("/api/kwic?q=" + enc(WORD));
        browser.phone();
        browser.open(site.url("/?view=kwic&q=" + enc(WORD)));
        browser.until(d -> browser.findAll("#kwic tbody tr").size() == kwic.get("lines").size());
        int cut = 0;
        List<WebElement> rows = browser.findAll("#kwic tbody tr");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode line = kwic.get("lines").get(i);
            WebElement left = rows.get(i).findElement(By.cssSelector("td.left"));
            WebElement right = rows.get(i).findElement(By.cssSelector("td.right"));
            for (WebElement cell : List.of(left, right)) {
                assertTrue((Boolean) browser.js("return arguments[0].scrollWidth <= arguments[0].clientWidth + 1;", cell),
                        "nothing clipped in " + cell.getText());
            }
            String l = (String) browser.js("return arguments[0].textContent;", left);
            String r = (String) browser.js("return arguments[0].textContent;", right);
            String fullLeft = line.get("left").asText();
            String fullRight = line.get("right").asText();
            assertTrue(l.equals(fullLeft) || l.startsWith("…") && fullLeft.endsWith(l.substring(1)), l);
            assertTrue(r.equals(fullRight) || r.endsWith("…") && fullRight.startsWith(r.substring(0, r.length() - 1)), r);
            if (!l.equals(fullLeft) || !r.equals(fullRight)) cut++;
        }
        assertTrue(cut > 0, "at 375 px some contexts are cut");
        assertFalse(browser.scrollsSideways());
    }
}
