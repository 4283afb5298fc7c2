package jp.meetingsearch.dashboards;

import static jp.meetingsearch.dashboards.DashboardSite.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.links.ProjectNames;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Projects ↔ discussion in the pages, over the sample corpus with the みなと市 list of the links fixture (the city of
 * the sample minutes) and its summary: the projects page ranks projects by remarks and shows one project's
 * discussion, search hits carry project chips that filter, the discussion page filters by project.
 */
class ProjectDiscussionBrowserIT extends BrowserSession {
    private static final Path LINKS = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/links");
    private static final String CENTRE = ProjectNames.projectId("市民活動サポートセンター運営事業", "地域づくり課");
    private static final String TALKS = ProjectNames.projectId("講演会開催事業", "生涯学習課");

    @Override
    protected DashboardSite newSite() throws Exception {
        return new DashboardSite(List.of(LINKS.resolve("minutes/minato-links-r05-9.txt")),
                List.of(LINKS.resolve("minato-projects.csv")));
    }

    private static List<String> cells(WebElement row) {
        List<String> out = new ArrayList<>();
        row.findElements(org.openqa.selenium.By.cssSelector("th, td")).forEach(c -> out.add(c.getText().replace(",", "").strip()));
        return out;
    }

    @Test
    void theProjectsPageRanksProjectsByRemarksAndOpensAProjectsDiscussion() throws Exception {
        JsonNode discussed = site.api("/api/projects/discussed");
        browser.open(site.url("/projects.html"));
        int ranked = Math.min(30, discussed.get("discussed").size());
        browser.until(d -> browser.findAll("#discussed-table tbody tr").size() == ranked, () -> ranked + " ranked");
        List<WebElement> rows = browser.findAll("#discussed-table tbody tr");
        for (int i = 0; i < ranked; i++) {
            JsonNode p = discussed.get("discussed").get(i);
            List<String> c = cells(rows.get(i));
            assertEquals(p.get("name").asText(), c.get(0));
            assertEquals(p.get("remarks").asText(), c.get(2), "remarks of " + p.get("name"));
        }
        String never = browser.find("#never-discussed").getAttribute("textContent");
        discussed.get("never_discussed").forEach(p -> assertTrue(never.contains(p.get("name").asText()), never));

        // a click on the centre's name shows its discussion on the page and puts the project in the URL
        browser.find("#discussed-table a[data-project='" + CENTRE + "']").click();
        browser.until(d -> d.getCurrentUrl().contains("project=" + CENTRE));
        JsonNode p = site.api("/api/projects/" + CENTRE);
        JsonNode d = p.get("discussion");
        browser.until(x -> browser.findAll("#project-hits > li").size() == Math.min(20, d.get("remarks").asInt()),
                () -> "the centre's remarks");
        assertEquals("市民活動サポートセンター運営事業", browser.find("#project-title").getText());
        String summary = browser.find("#project-summary").getText();
        assertTrue(summary.contains("発言" + d.get("remarks").asText() + "件")
                && summary.contains("会議" + d.get("meetings").asText() + "回"), summary);
        // both fiscal years of the list, one project
        List<String> years = browser.findAll("#project-years tbody tr th").stream().map(WebElement::getText).toList();
        assertEquals(2, years.size(), years.toString());
        assertTrue(years.get(0).contains("(2019)") && years.get(1).contains("(2023)"), years.toString());

        // the timeline: per fiscal year the API's remarks, per role group the API's remarks
        List<WebElement> timeline = browser.findAll("#project-timeline-table tbody tr");
        assertEquals(d.get("by_fiscal_year").size(), timeline.size());
        for (JsonNode y : d.get("by_fiscal_year")) {
            boolean found = false;
            for (WebElement tr : timeline) {
                List<String> c = cells(tr);
                if (c.get(0).contains("(" + y.get("key").asText() + ")")) {
                    found = true;
                    assertEquals(y.get("remarks").asText(), c.get(c.size() - 1), "remarks of " + y);
                    // the role groups of a year add up to the year
                    long sum = 0;
                    for (String v : c.subList(1, c.size() - 1)) {
                        sum += Long.parseLong(v);
                    }
                    assertEquals(y.get("remarks").asLong(), sum, "role groups of " + c);
                }
            }
            assertTrue(found, "a row for " + y);
        }
        List<String> foot = cells(browser.find("#project-timeline-table tfoot tr"));
        assertEquals(d.get("remarks").asText(), foot.get(foot.size() - 1));
        assertEquals(d.get("by_role_group").size() + 2, foot.size(), foot.toString());
        // the chart draws the same years
        @SuppressWarnings("unchecked")
        List<Number> sums = (List<Number>) browser.js("""
                const o = echarts.getInstanceByDom(document.getElementById('chart-project')).getOption();
                return o.xAxis[0].data.map((_, i) => o.series.reduce((s, x) => s + (x.data[i] || 0), 0));""");
        assertEquals(d.get("remarks").asLong(), sums.stream().mapToLong(Number::longValue).sum());
        assertTrue(browser.find("#chart-project").getAttribute("aria-label").contains("市民活動サポートセンター運営事業"));

        // the remarks are those of the search by project, oldest first, and the link opens that search
        JsonNode search = site.api("/api/search?project=" + CENTRE + "&sort=date&size=20");
        List<String> ids = new ArrayList<>();
        search.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertEquals(ids, browser.findAll("#project-hits > li").stream().map(li -> li.getAttribute("data-id")).toList());
        assertTrue(browser.find("#project-search").getAttribute("href").contains("project=" + CENTRE));
        if (d.get("keywords").size() > 0) {
            assertEquals(d.get("keywords").get(0).get("term").asText(),
                    browser.find("#project-keywords li a").getText());
        }

        // the URL alone shows the same view; closing removes the project from the URL
        String shared = browser.driver().getCurrentUrl();
        browser.open("about:blank");
        browser.open(shared);
        browser.until(x -> browser.find("#project-title").getText().equals("市民活動サポートセンター運営事業"));
        browser.find("#project-close").click();
        browser.until(x -> !x.getCurrentUrl().contains("project="));
        assertFalse(browser.find("#project-view").isDisplayed());
    }

    @Test
    void theProjectViewFitsAPhoneScreenAndLeavesScreenshots() throws Exception {
        String url = site.url("/projects.html?project=" + CENTRE);
        browser.open(url);
        browser.until(d -> !browser.findAll("#project-hits > li").isEmpty(), () -> "the centre's remarks");
        browser.screenshot("project-view-desktop");
        browser.phone();
        browser.open(url);
        browser.until(d -> !browser.findAll("#project-hits > li").isEmpty(), () -> "the centre's remarks at 375 px");
        assertFalse(browser.scrollsSideways(), "the project view scrolls sideways at 375 px");
        browser.screenshot("project-view-phone");
        browser.open(site.url("/?q=" + enc("センター")));
        browser.until(d -> !browser.findAll("#hits .project-chip").isEmpty(), () -> "a project chip at 375 px");
        assertFalse(browser.scrollsSideways(), "the hits with project chips scroll sideways at 375 px");
        browser.screenshot("search-project-chips-phone");
    }

    @Test
    void aProjectNoRemarkDiscussesSaysSo() throws Exception {
        browser.open(site.url("/projects.html?project=" + TALKS));
        browser.until(d -> !browser.findAll("#project-never").isEmpty(), () -> "the never-discussed note");
        assertEquals("講演会開催事業", browser.find("#project-title").getText());
        assertTrue(browser.find("#project-never").getText().contains("取り上げられていません"));
        assertTrue(browser.findAll("#chart-project").isEmpty(), "no empty chart");
        // a well-formed id no list has: the page says the project was not found, in Japanese
        browser.open(site.url("/projects.html?project=p0000000000000000"));
        browser.until(d -> !browser.findAll("#project-view .error").isEmpty());
        assertEquals("not_found", browser.find("#project-view .error").getAttribute("data-code"));
    }

    @Test
    void aHitsProjectChipLinksToTheProjectAndFiltersTheSearch() throws Exception {
        // センター: the centre, and other centres no project of the list is
        String q = "センター";
        JsonNode all = site.api("/api/search?q=" + enc(q));
        browser.open(site.url("/?q=" + enc(q)));
        browser.awaitSearchTotal(all.get("total").asLong());
        String chip = "#hits .project-chip[data-project='" + CENTRE + "']";
        WebElement link = browser.find(chip + " a");
        assertEquals("市民活動サポートセンター運営事業", link.getText());
        assertTrue(link.getAttribute("href").endsWith("projects.html?project=" + CENTRE), link.getAttribute("href"));

        browser.find(chip + " button.filter").click();
        browser.until(d -> d.getCurrentUrl().contains("project=" + CENTRE));
        JsonNode filtered = site.api("/api/search?q=" + enc(q) + "&project=" + CENTRE);
        assertTrue(filtered.get("total").asLong() < all.get("total").asLong(), "the project narrows the search");
        browser.awaitSearchTotal(filtered.get("total").asLong());
        // every hit shown is the project's
        browser.findAll("#hits > li").forEach(li -> assertFalse(
                li.findElements(org.openqa.selenium.By.cssSelector(".project-chip[data-project='" + CENTRE + "']")).isEmpty(),
                li.getText()));
        assertTrue(browser.find("#chips li[data-key='project']").getText().contains("市民活動サポートセンター運営事業"));

        // the URL alone names the project in its chip; a new query keeps the project
        String shared = browser.driver().getCurrentUrl();
        browser.open("about:blank");
        browser.open(shared);
        browser.awaitSearchTotal(filtered.get("total").asLong());
        browser.until(d -> browser.find("#chips li[data-key='project']").getText().contains("市民活動サポートセンター"));
        browser.find("#q").clear();
        browser.find("#q").sendKeys("相談");
        browser.find("#q").sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("q=" + enc("相談")) && d.getCurrentUrl().contains("project=" + CENTRE));
        browser.awaitSearchTotal(site.api("/api/search?q=" + enc("相談") + "&project=" + CENTRE).get("total").asLong());

        browser.find("#chips li[data-key='project'] button.remove").click();
        browser.until(d -> !d.getCurrentUrl().contains("project="));
        browser.awaitSearchTotal(site.api("/api/search?q=" + enc("相談")).get("total").asLong());
    }

    private long rolesTotal() {
        long sum = 0;
        for (WebElement tr : browser.findAll("#roles-table tbody tr")) {
            sum += Long.parseLong(cells(tr).get(2));
        }
        return sum;
    }

    private static long apiRolesTotal(JsonNode roles) {
        long sum = 0;
        for (JsonNode r : roles.get("roles")) {
            sum += r.get("remarks").asLong();
        }
        return sum;
    }

    @Test
    void theDiscussionPageFiltersByProjectFromTheSelectorOrTheUrl() throws Exception {
        long all = apiRolesTotal(site.api("/api/roles"));
        long centre = apiRolesTotal(site.api("/api/roles?project=" + CENTRE));
        assertTrue(centre > 0 && centre < all, centre + " of " + all);
        browser.open(site.url("/discussion.html"));
        browser.until(d -> rolesTotal() == all, () -> "roles of every remark");
        Select select = new Select(browser.find("#project"));
        browser.until(d -> select.getOptions().size() > 1);
        select.selectByValue(CENTRE);
        browser.until(d -> d.getCurrentUrl().contains("project=" + CENTRE));
        browser.until(d -> rolesTotal() == centre, () -> "roles of the centre's remarks: " + centre);
        assertTrue(browser.find("#chips li[data-key='project']").getText().contains("市民活動サポートセンター運営事業"));
        long matrixTotal = site.api("/api/themes/matrix?by=role_group&project=" + CENTRE).get("total").asLong();
        browser.until(d -> {
                    List<String> foot = cells(browser.find("#matrix-table tfoot tr"));
                    return foot.get(foot.size() - 1).equals(String.valueOf(matrixTotal));
                },
                () -> "the matrix of the centre's remarks, " + matrixTotal);
        // a heat-map cell's search keeps the project
        WebElement cellLink = browser.find("#matrix-table tbody a");
        assertTrue(cellLink.getAttribute("href").contains("project=" + CENTRE), cellLink.getAttribute("href"));

        // from the URL alone
        browser.open("about:blank");
        browser.open(site.url("/discussion.html?project=" + CENTRE));
        browser.until(d -> rolesTotal() == centre);
        assertEquals(CENTRE, new Select(browser.find("#project")).getFirstSelectedOption().getAttribute("value"));
        browser.find("#chips li[data-key='project'] button.remove").click();
        browser.until(d -> !d.getCurrentUrl().contains("project="));
        browser.until(d -> rolesTotal() == all);
        assertTrue(browser.findAll("#chips li").isEmpty());
    }
}
