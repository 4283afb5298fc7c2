package jp.meetingsearch.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class ProjectsBrowserIT extends BrowserSession {
    /** The yearly table as the page shows it: fiscal year (from the "(2021)" in the label) → cells as text. */
    private Map<Integer, List<String>> table(String id) {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        for (WebElement tr : browser.findAll("#" + id + " tbody tr")) {
            List<String> cells = new ArrayList<>();
            tr.findElements(By.cssSelector("th, td")).forEach(c -> cells.add(c.getText().replace(",", "").strip()));
            String label = cells.get(0);
            rows.put(Integer.parseInt(label.replaceAll(".*\\((\\d{4})\\).*", "$1")), cells);
        }
        return rows;
    }

    /** Waits until the table shows, per fiscal year, the totals of these years of the API. */
    private void awaitTable(String id, JsonNode years) {
        Map<Integer, String> expected = new LinkedHashMap<>();
        years.forEach(y -> expected.put(y.get("fiscal_year").asInt(), y.get("count").asText()));
        browser.until(d -> browser.findAll("#message .status").isEmpty() && totals(id).equals(expected),
                () -> "table " + id + " with totals " + expected + "; shows " + totals(id));
    }

    private Map<Integer, String> totals(String id) {
        Map<Integer, String> shown = new LinkedHashMap<>();
        table(id).forEach((fy, cells) -> shown.put(fy, cells.get(cells.size() - 1)));
        return shown;
    }

    @Test
    void theChartAndItsTableShowTheYearlyCountsOfTheApi() throws Exception {
        JsonNode years = site.api("/api/projects/yearly").get("years");
        browser.open(site.url("/projects.html"));
        awaitTable("projects-by-form", years);

        Map<Integer, List<String>> byForm = table("projects-by-form");
        Map<Integer, List<String>> byNew = table("projects-new");
        for (JsonNode y : years) {
            int fy = y.get("fiscal_year").asInt();
            List<String> row = byForm.get(fy);
            assertTrue(row.get(0).startsWith(y.get("label").asText()), row.get(0) + " labelled as " + y.get("label"));
            assertEquals(y.get("count").asText(), row.get(row.size() - 1), "total of " + fy);
            assertEquals(List.of(y.get("is_new").asText(), y.get("continuing").asText(), y.get("count").asText()),
                    byNew.get(fy).subList(1, 4), "new and continuing of " + fy);
        }
        List<String> head = browser.findAll("#projects-by-form thead th").stream().map(WebElement::getText).toList();
        for (JsonNode y : years) {
            List<String> row = byForm.get(y.get("fiscal_year").asInt());
            y.get("by_form").properties().forEach(e ->
                    assertEquals(e.getValue().asText(), row.get(head.indexOf(e.getKey())), e.getKey() + " in " + row));
        }

        // what the chart itself draws: its categories and the stacked series summed per year
        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) browser.js("""
                const o = echarts.getInstanceByDom(document.getElementById('chart-form')).getOption();
                const sums = o.xAxis[0].data.map((_, i) => o.series.reduce((s, x) => s + (x.data[i] || 0), 0));
                return {labels: o.xAxis[0].data, sums: sums, series: o.series.map(s => s.name)};""");
        List<Long> expectedSums = new ArrayList<>();
        List<String> expectedLabels = new ArrayList<>();
        years.forEach(y -> {
            expectedSums.add(y.get("count").asLong());
            expectedLabels.add(y.get("label").asText() + "\n(" + y.get("fiscal_year").asInt() + ")");
        });
        assertEquals(expectedSums, chart.get("sums"));
        assertEquals(expectedLabels, chart.get("labels"));
        assertTrue(((List<?>) chart.get("series")).contains("共催"), "a series per form: " + chart.get("series"));
        String aria = browser.find("#chart-form").getAttribute("aria-label");
        assertTrue(aria.contains("棒グラフ") && aria.contains("令和3年度 (2021)"), aria);
        assertEquals("img", browser.find("#chart-form").getAttribute("role"));
        assertTrue(browser.find("h1").getText().contains("事業件数"));
    }

    @Test
    void aDepartmentFilterGoesIntoTheUrlAndNarrowsTheCounts() throws Exception {
        JsonNode all = site.api("/api/projects/yearly").get("years");
        browser.open(site.url("/projects.html"));
        awaitTable("projects-by-form", all);
        Select department = new Select(browser.find("#department"));
        String chosen = department.getOptions().get(2).getAttribute("value");
        department.selectByValue(chosen);

        browser.until(d -> d.getCurrentUrl().contains("department=" + DashboardSite.enc(chosen)));
        JsonNode filtered = site.api("/api/projects/yearly?department=" + DashboardSite.enc(chosen)).get("years");
        awaitTable("projects-by-form", filtered);
        long expected = 0;
        for (JsonNode y : filtered) {
            expected += y.get("count").asLong();
            List<String> row = table("projects-by-form").get(y.get("fiscal_year").asInt());
            assertEquals(y.get("count").asText(), row.get(row.size() - 1));
        }
        long total = 0;
        for (JsonNode y : all) {
            total += y.get("count").asLong();
        }
        assertTrue(expected > 0 && expected < total, "the filter narrows: " + expected + " of " + total);
        assertTrue(browser.find("#summary").getText().contains(chosen));

        // Back returns to the unfiltered view, Forward to the filtered one
        String shared = browser.driver().getCurrentUrl();
        browser.driver().navigate().back();
        browser.until(d -> !d.getCurrentUrl().contains("department="));
        awaitTable("projects-by-form", all);
        assertEquals("", new Select(browser.find("#department")).getFirstSelectedOption().getAttribute("value"));
        browser.driver().navigate().forward();
        browser.until(d -> d.getCurrentUrl().equals(shared));
        awaitTable("projects-by-form", filtered);

        // the URL alone, opened afresh, shows the same filtered view
        browser.open("about:blank");
        browser.open(shared);
        awaitTable("projects-by-form", filtered);
        assertEquals(chosen, new Select(browser.find("#department")).getFirstSelectedOption().getAttribute("value"));
        assertTrue(browser.find("#summary").getText().contains(chosen));
    }

    @Test
    void fitsAPhoneScreenAndLeavesScreenshots() throws Exception {
        JsonNode years = site.api("/api/projects/yearly").get("years");
        browser.open(site.url("/projects.html"));
        awaitTable("projects-by-form", years);
        browser.screenshot("projects-desktop");
        browser.phone();
        browser.open(site.url("/projects.html"));
        awaitTable("projects-by-form", years);
        assertFalse(browser.scrollsSideways(), "the page scrolls sideways at 375 px");
        browser.screenshot("projects-phone");
    }

    @Test
    void swaggerUiAtApiDocsShowsEveryOperationUnderThePagesPolicy() throws Exception {
        JsonNode spec = site.api("/openapi.json");
        int operations = 0;
        for (JsonNode path : spec.get("paths")) {
            operations += path.size();
        }
        assertTrue(site.get("/api/docs").headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self';"));
        browser.open(site.url("/api/docs"));
        int expected = operations;
        // Swagger UI only draws when its scripts ran: the CSP (no inline script) lets the page work
        browser.until(d -> browser.findAll(".opblock").size() == expected, () -> expected + " operations in Swagger UI");
        assertTrue(browser.find(".info .title").getText().startsWith("Meeting search API"));
    }

    @Test
    void thePagesAndTheChartLibraryAreServedByTheService() throws Exception {
        for (String path : List.of("/", "/projects.html", "/discussion.html", "/app.css", "/js/api.js",
                "/vendor/echarts/echarts.min.js")) {
            assertEquals(200, site.get(path).statusCode(), path);
        }
        assertTrue(site.get("/").body().contains("lang=\"ja\""));
        assertTrue(site.get("/js/api.js").headers().firstValue("content-type").orElse("").contains("javascript"));
        for (String page : List.of("/", "/projects.html", "/discussion.html")) {
            assertFalse(site.get(page).body().matches("(?s).*(src|href)=\"(https?:)?//.*"), page + " loads from elsewhere");
        }
    }

    @Test
    void aClickOnABarListsItsProjects() throws Exception {
        JsonNode years = site.api("/api/projects/yearly").get("years");
        browser.open(site.url("/projects.html"));
        awaitTable("projects-by-form", years);
        JsonNode year = years.get(years.size() - 1);
        int fy = year.get("fiscal_year").asInt();
        String form = year.get("by_form").properties().iterator().next().getKey();
        JsonNode api = site.api("/api/projects?fiscal_year=" + fy + "&form=" + DashboardSite.enc(form) + "&size=100");
        assertTrue(api.get("total").asLong() > 0);
        // a real click at the middle of the bar's piece
        WebElement chart = browser.find("#chart-form");
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.js("""
                const c = echarts.getInstanceByDom(arguments[0]);
                const s = c.getOption().series.findIndex(x => x.name === arguments[1]);
                const i = c.getOption().xAxis[0].data.length - 1;
                const below = c.getOption().series.slice(0, s).reduce((a, x) => a + (x.data[i] || 0), 0);
                return c.convertToPixel({seriesIndex: s}, [i, below + c.getOption().series[s].data[i] / 2]);""", chart, form);
        int dx = (int) Math.round(at.get(0).doubleValue() - chart.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get(1).doubleValue() - chart.getSize().getHeight() / 2.0);
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(chart, dx, dy).pause(200).click().perform();

        browser.until(d -> d.getCurrentUrl().contains("year=" + fy) && d.getCurrentUrl().contains("of_form="));
        browser.until(d -> browser.findAll("#project-list-table tbody tr").size() == api.get("projects").size(),
                () -> api.get("projects").size() + " projects of " + fy + " " + form);
        List<String> names = browser.findAll("#project-list-table tbody tr th").stream().map(WebElement::getText).toList();
        List<String> expected = new ArrayList<>();
        api.get("projects").forEach(p -> expected.add(p.get("name").asText()));
        assertEquals(expected, names);
        assertTrue(browser.find("#list-title").getText().contains(form));
        browser.find("#list-close").click();
        browser.until(d -> !d.getCurrentUrl().contains("year="));
        assertTrue(browser.findAll("#project-list-table").isEmpty());
    }

    @Test
    void tablesHaveTotalsAndProposalsAndFormsKeepTheirColours() throws Exception {
        JsonNode years = site.api("/api/projects/yearly").get("years");
        browser.open(site.url("/projects.html"));
        awaitTable("projects-by-form", years);
        long news = 0;
        long continuing = 0;
        long proposals = 0;
        long total = 0;
        for (JsonNode y : years) {
            news += y.get("is_new").asLong();
            continuing += y.get("continuing").asLong();
            proposals += y.get("proposal").asLong();
            total += y.get("count").asLong();
            List<String> row = table("projects-new").get(y.get("fiscal_year").asInt());
            assertEquals(y.get("proposal").asText(), row.get(4), "proposals of " + y.get("fiscal_year"));
        }
        List<String> foot = browser.findAll("#projects-new tfoot th, #projects-new tfoot td").stream()
                .map(c -> c.getText().replace(",", "")).toList();
        assertEquals(List.of("合計", "" + news, "" + continuing, "" + total, "" + proposals), foot);
        assertTrue(proposals > 0, "the sample has proposal projects");
        String colours = "return Object.fromEntries(echarts.getInstanceByDom(document.getElementById('chart-form'))"
                + ".getOption().series.map(s => [s.name, s.itemStyle.color]));";
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) browser.js(colours);
        Select department = new Select(browser.find("#department"));
        String chosen = department.getOptions().get(2).getAttribute("value");
        department.selectByValue(chosen);
        JsonNode filtered = site.api("/api/projects/yearly?department=" + DashboardSite.enc(chosen)).get("years");
        awaitTable("projects-by-form", filtered);
        @SuppressWarnings("unchecked")
        Map<String, Object> after = (Map<String, Object>) browser.js(colours);
        assertFalse(after.isEmpty());
        after.forEach((form, colour) -> assertEquals(before.get(form), colour, form + " keeps its colour"));
        assertTrue(browser.findAll("#chart-form").get(0).findElements(By.tagName("canvas")).size() > 0);
        assertTrue(browser.find("h2#by-form-title").getText().contains("件"), "the unit in the heading");
        assertTrue(((String) browser.js("return String(echarts.getInstanceByDom(document.getElementById('chart-form'))"
                + ".getOption().yAxis[0].name || '');")).isEmpty(), "no axis name the chart's edge could clip");
    }

    @Test
    void unknownParametersAreNamedAndNoProjectsSaySo() throws Exception {
        browser.open(site.url("/projects.html?department=" + DashboardSite.enc("存在しない課") + "&sort=name"));
        browser.until(d -> browser.find("#chart-form").getAttribute("class").contains("empty"), () -> "an empty state");
        assertTrue(browser.find("#chart-form").getText().contains("条件に合う事業はありません"));
        assertTrue(browser.findAll("#chart-form canvas").isEmpty(), "no blank chart");
        assertTrue(browser.find("#unknown-parameters").getText().contains("sort=name"));
    }

    @Test
    void anAreaWrittenTwoWaysInTheListsIsOneArea() throws Exception {
        // the sample's two lists write the whole city 全市 and 全域; the label file shows both as 全市
        JsonNode all = site.api("/api/projects?area=" + DashboardSite.enc("全市") + "&size=100");
        List<String> sources = new ArrayList<>();
        all.get("projects").forEach(p -> sources.add(p.get("source").asText()));
        assertTrue(sources.contains("kyodo-jigyo.csv") && sources.contains("renkei-jisseki-cp932.csv"), sources.toString());
        browser.open(site.url("/projects.html"));
        awaitTable("projects-by-form", site.api("/api/projects/yearly").get("years"));
        List<String> areas = new Select(browser.find("#area")).getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertTrue(areas.contains("全市") && areas.contains("東部地区"), areas.toString());
        for (String written : List.of("全域", "東部", "西部", "中央", "北部")) {
            assertFalse(areas.contains(written), written + " is offered apart from its other spelling: " + areas);
        }
    }
}
