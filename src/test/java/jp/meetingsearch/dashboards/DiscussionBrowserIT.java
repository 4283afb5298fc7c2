package jp.meetingsearch.dashboards;

import static jp.meetingsearch.dashboards.DashboardSite.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

class DiscussionBrowserIT extends BrowserSession {
    /** Waits until both matrix tables and the roles table are drawn. */
    private void awaitDashboard() {
        browser.until(d -> !browser.findAll("#matrix-table tbody tr").isEmpty()
                && !browser.findAll("#trend-table tbody tr").isEmpty()
                && !browser.findAll("#roles-table tbody tr").isEmpty()
                && browser.findAll("#message .status").isEmpty(), () -> "the dashboard's tables");
    }

    /** The row and column of the largest cell: a cell with remarks behind it. */
    private static int[] largestCell(JsonNode matrix) {
        int[] best = {0, 0};
        long max = -1;
        for (int i = 0; i < matrix.get("cells").size(); i++) {
            for (int j = 0; j < matrix.get("cells").get(i).size(); j++) {
                if (matrix.get("cells").get(i).get(j).asLong() > max) {
                    max = matrix.get("cells").get(i).get(j).asLong();
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }

    @Test
    void aClickOnAHeatMapCellOpensTheSearchForItsRemarks() throws Exception {
        JsonNode matrix = site.api("/api/themes/matrix?by=role_group");
        int[] cell = largestCell(matrix);
        String theme = matrix.get("rows").get(cell[0]).asText();
        String group = matrix.get("columns").get(cell[1]).asText();
        long count = matrix.get("cells").get(cell[0]).get(cell[1]).asLong();
        browser.open(site.url("/discussion.html"));
        awaitDashboard();

        // the heat map draws the API's cells
        @SuppressWarnings("unchecked")
        List<List<Number>> drawn = (List<List<Number>>) browser.js(
                "return echarts.getInstanceByDom(document.getElementById('chart-matrix')).getOption().series[0].data;");
        for (List<Number> d : drawn) {
            assertEquals(matrix.get("cells").get(d.get(1).intValue()).get(d.get(0).intValue()).asLong(), d.get(2).longValue());
        }
        assertEquals(matrix.get("rows").size() * matrix.get("columns").size(), drawn.size());
        assertTrue(browser.find("#chart-matrix").getAttribute("aria-label").contains("ヒートマップ"));

        // a real mouse click at the cell's place on the canvas
        WebElement chart = browser.find("#chart-matrix");
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.js("return echarts.getInstanceByDom(arguments[0])"
                + ".convertToPixel({seriesIndex: 0}, [arguments[1], arguments[2]]);", chart, cell[1], cell[0]);
        int dx = (int) Math.round(at.get(0).doubleValue() - chart.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get(1).doubleValue() - chart.getSize().getHeight() / 2.0);
        new Actions(browser.driver()).moveToElement(chart, dx, dy).pause(200).click().perform();

        browser.until(d -> d.getCurrentUrl().contains("theme=" + enc(theme))
                && d.getCurrentUrl().contains("role_group=" + group), () -> "the search page for " + theme + " × " + group);
        JsonNode search = site.api("/api/search?theme=" + enc(theme) + "&role_group=" + group);
        assertEquals(count, search.get("total").asLong(), "the cell counts what the search finds");
        browser.awaitSearchTotal(count);
        assertEquals(theme, new Select(browser.find("#theme")).getFirstSelectedOption().getAttribute("value"));
        assertEquals(group, new Select(browser.find("#role_group")).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void heatMapTooltipsShowNamesAsTextNeverAsMarkup() throws Exception {
        browser.open(site.url("/discussion.html"));
        awaitDashboard();
        assertTrue(((String) browser.js("return echarts.version;")).compareTo("5.5.1") >= 0, "ECharts ≥ 5.5.1");
        // the heat map's own formatter, on a real cell: the same words, escaped
        JsonNode matrix = site.api("/api/themes/matrix?by=role_group");
        String tip = (String) browser.js("return echarts.getInstanceByDom(document.getElementById('chart-matrix'))"
                + ".getOption().tooltip[0].formatter({data: [0, 0, 7]});");
        assertTrue(tip.startsWith(matrix.get("rows").get(0).asText() + " × ") && tip.endsWith(": 7件"), tip);
        // a name carrying markup comes out as text (the module the page uses, run in the page)
        Object hostile = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/js/chart.js').then((m) => done(m.tooltipHtml('<img src=x onerror=alert(1)>', ' × ', 'a&b', ': ', 3, '件')));");
        assertEquals("&lt;img src=x onerror=alert(1)&gt; × a&amp;b: 3件", hostile);
    }

    @Test
    void aYearOfTheTrendTableOpensTheSearchForThatYear() throws Exception {
        JsonNode trend = site.api("/api/themes/matrix?by=fiscal_year");
        int[] cell = largestCell(trend);
        String theme = trend.get("rows").get(cell[0]).asText();
        String year = trend.get("columns").get(cell[1]).asText();
        browser.open(site.url("/discussion.html"));
        awaitDashboard();
        List<String> head = browser.findAll("#trend-table thead th").stream().map(WebElement::getText).toList();
        assertTrue(head.get(cell[1] + 1).endsWith("(" + year + ")") && head.get(cell[1] + 1).startsWith("令和"),
                "columns labelled by era and year: " + head);

        browser.find("#trend-table a[data-theme='" + theme + "'][data-column='" + year + "']").click();
        browser.until(d -> d.getCurrentUrl().contains("fy_from=" + year) && d.getCurrentUrl().contains("fy_to=" + year));
        long total = site.api("/api/search?theme=" + enc(theme) + "&fy_from=" + year + "&fy_to=" + year)
                .get("total").asLong();
        assertEquals(trend.get("cells").get(cell[0]).get(cell[1]).asLong(), total);
        browser.awaitSearchTotal(total);
        assertTrue(browser.find("#fy_from").getText().contains("年度"));
    }

    @Test
    void rolesAndTheirCharacteristicWordsFollowTheApi() throws Exception {
        JsonNode roles = site.api("/api/roles").get("roles");
        browser.open(site.url("/discussion.html"));
        awaitDashboard();
        List<String> shown = new ArrayList<>();
        browser.findAll("#roles-table tbody tr").forEach(tr -> {
            List<WebElement> c = tr.findElements(By.cssSelector("th, td"));
            shown.add(c.get(0).getText() + "=" + c.get(2).getText().replace(",", ""));
        });
        List<String> expected = new ArrayList<>();
        roles.forEach(r -> expected.add(r.get("key").asText() + "=" + r.get("remarks").asText()));
        assertEquals(expected.stream().sorted().toList(), shown.stream().sorted().toList());

        String role = "事務局";
        new Select(browser.find("#keyword-role")).selectByValue(role);
        JsonNode words = site.api("/api/roles/" + enc(role) + "/keywords?size=20").get("keywords");
        assertTrue(words.size() > 0, "the sample gives " + role + " characteristic words");
        browser.until(d -> browser.findAll("#keywords-table tbody tr").size() == words.size()
                && browser.find("#keywords-table caption").getText().contains(role), () -> "words of " + role);
        assertEquals(words.get(0).get("term").asText(), browser.find("#keywords-table tbody tr th").getText());
        assertTrue(browser.driver().getCurrentUrl().contains("role=" + enc(role)));
    }

    @Test
    void aYearFilterNarrowsTheMatrixAndGoesIntoTheUrl() throws Exception {
        JsonNode narrowed = site.api("/api/themes/matrix?by=role_group&fy_from=2023");
        browser.open(site.url("/discussion.html"));
        awaitDashboard();
        new Select(browser.find("#fy_from")).selectByValue("2023");
        browser.until(d -> d.getCurrentUrl().contains("fy_from=2023"));
        browser.until(d -> browser.find("#matrix-table tfoot").getText()
                .endsWith(String.format("%,d", narrowed.get("total").asLong())), () -> "the narrowed total");
        assertTrue(narrowed.get("total").asLong() < site.api("/api/themes/matrix?by=role_group").get("total").asLong());
    }

    @Test
    void fitsAPhoneScreenAndLeavesScreenshots() throws Exception {
        browser.open(site.url("/discussion.html"));
        awaitDashboard();
        browser.await("#keywords-table");
        assertTrue(browser.find("h1").getText().contains("テーマ"));
        browser.screenshot("discussion-desktop");
        browser.phone();
        browser.open(site.url("/discussion.html"));
        awaitDashboard();
        browser.await("#keywords-table");
        assertFalse(browser.scrollsSideways(), "the page scrolls sideways at 375 px");
        browser.screenshot("discussion-phone");
    }
}
