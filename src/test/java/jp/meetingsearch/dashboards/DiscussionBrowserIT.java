package jp.meetingsearch.dashboards;

import static jp.meetingsearch.dashboards.DashboardSite.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    @Test
    void theShareSwitchShowsTheApisSharesAndTheUntaggedRowExplainsTheTotals() throws Exception {
        JsonNode m = site.api("/api/themes/matrix?by=role_group");
        browser.open(site.url("/discussion.html"));
        awaitDashboard();
        // counts: a row of remarks no theme tags, and a note that says why the rows add up to more than the total
        List<WebElement> untagged = browser.findAll("#matrix-table tbody tr.untagged th, #matrix-table tbody tr.untagged td");
        assertEquals("テーマなし", untagged.get(0).getText());
        for (int j = 0; j < m.get("columns").size(); j++) {
            assertEquals(m.get("untagged").get(j).asLong(), Long.parseLong(untagged.get(j + 1).getText().replace(",", "")));
        }
        long rows = m.get("untagged_total").asLong();
        for (JsonNode t : m.get("row_totals")) {
            rows += t.asLong();
        }
        String note = browser.find("#matrix-table-note").getText();
        assertTrue(rows > m.get("total").asLong(), "the sample has remarks of several themes");
        assertTrue(note.contains(String.format("%,d件になり", rows)) && note.contains(String.format("総数%,d件", m.get("total").asLong())), note);

        browser.find("#values-share").click();
        browser.until(d -> d.getCurrentUrl().contains("values=of_column"));
        browser.until(d -> browser.find("#matrix-table caption").getText().contains("構成比"));
        int[] cell = largestCell(m);
        String theme = m.get("rows").get(cell[0]).asText();
        String column = m.get("columns").get(cell[1]).asText();
        double share = m.at("/shares/of_column/" + cell[0] + "/" + cell[1]).asDouble();
        assertEquals(String.format("%.1f%%", share * 100),
                browser.find("#matrix-table a[data-theme='" + theme + "'][data-column='" + column + "']").getText());
        // the colour scale runs to the largest share, not the largest count
        double max = 0;
        for (JsonNode r : m.at("/shares/of_column")) {
            for (JsonNode v : r) {
                max = Math.max(max, v.asDouble());
            }
        }
        Number scale = (Number) browser.js("return echarts.getInstanceByDom(document.getElementById('chart-matrix'))"
                + ".getOption().visualMap[0].max;");
        assertEquals(max, scale.doubleValue(), 1e-9);
        assertTrue(browser.find("#matrix-table-csv").getAttribute("href").contains("values=of_column"));
        browser.open(browser.driver().getCurrentUrl());
        awaitDashboard();
        assertEquals("true", browser.find("#values-share").getAttribute("aria-pressed"), "the switch restores from the URL");
    }

    @Test
    void aRoleGroupFilterNarrowsEveryTableAndEachTableHasItsCsv() throws Exception {
        JsonNode trend = site.api("/api/themes/matrix?by=fiscal_year&role_group=member");
        assertTrue(trend.get("total").asLong() < site.api("/api/themes/matrix?by=fiscal_year").get("total").asLong());
        browser.open(site.url("/discussion.html"));
        awaitDashboard();
        new Select(browser.find("#role_group")).selectByValue("member");
        browser.until(d -> d.getCurrentUrl().contains("role_group=member"));
        browser.until(d -> browser.find("#trend-table tfoot").getText()
                .endsWith(String.format("%,d", trend.get("total").asLong())), () -> "the members' total");
        browser.await("#keywords-table");
        for (String id : List.of("matrix-table-csv", "trend-table-csv", "roles-table-csv", "keywords-table-csv")) {
            String href = browser.find("#" + id).getAttribute("href");
            assertTrue(href.contains("role_group=member"), id + " " + href);
            java.net.http.HttpResponse<String> csv = site.get(href.substring(href.indexOf("/api/")));
            assertEquals(200, csv.statusCode(), href);
            assertTrue(csv.body().startsWith("\uFEFF"), id + " is CSV for Excel");
        }
    }

    @Test
    void aWordShowsItsCoOccurrenceNetwork() throws Exception {
        String word = "子育て";
        JsonNode api = site.api("/api/cooccurrence?q=" + enc(word) + "&size=15");
        assertTrue(api.get("keywords").size() > 2, "the sample has words around " + word);
        browser.open(site.url("/discussion.html"));
        awaitDashboard();
        assertTrue(browser.find("#chart-network").getText().contains("語を入力すると"), "an empty state, not a blank chart");
        browser.find("#word").sendKeys(word, org.openqa.selenium.Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("word=" + enc(word)));
        browser.until(d -> browser.findAll("#network-table tbody tr").size() == api.get("keywords").size(),
                () -> "the words around " + word);
        @SuppressWarnings("unchecked")
        Map<String, Object> graph = (Map<String, Object>) browser.js("""
                const s = echarts.getInstanceByDom(document.getElementById('chart-network')).getOption().series[0];
                return {type: s.type, nodes: s.data.map(n => n.name), links: s.links.map(l => l.source + '>' + l.target)};""");
        assertEquals("graph", graph.get("type"));
        List<String> expected = new ArrayList<>(List.of(word));
        api.get("keywords").forEach(k -> expected.add(k.get("term").asText()));
        assertEquals(expected, graph.get("nodes"));
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) graph.get("links");
        api.get("keywords").forEach(k -> assertTrue(links.contains(word + ">" + k.get("term").asText())));
        assertTrue(browser.find("#network-csv").getAttribute("href").contains("/api/cooccurrence.csv?"));
    }

    @Test
    void yearRangesCannotRunBackwardsAndEmptyResultsSaySo() throws Exception {
        JsonNode trend = site.api("/api/themes/matrix?by=fiscal_year");
        String last = trend.get("columns").get(trend.get("columns").size() - 1).asText();
        browser.open(site.url("/discussion.html?fy_to=" + trend.get("columns").get(0).asText() + "&zoom=2"));
        awaitDashboard();
        for (WebElement option : new Select(browser.find("#fy_from")).getOptions()) {
            String v = option.getAttribute("value");
            if (!v.isEmpty()) {
                assertEquals(v.compareTo(trend.get("columns").get(0).asText()) > 0, !option.isEnabled(), v);
            }
        }
        assertTrue(browser.find("#unknown-parameters").getText().contains("zoom=2"));
        // a year without remarks: sentences in place of the charts, no empty axes
        int none = Integer.parseInt(last) + 5;
        browser.open(site.url("/discussion.html?fy_from=" + none + "&fy_to=" + none));
        browser.until(d -> browser.find("#chart-matrix").getAttribute("class").contains("empty")
                && browser.find("#chart-roles").getAttribute("class").contains("empty"), () -> "empty states");
        assertTrue(browser.find("#chart-matrix").getText().contains("条件に合う発言はありません"));
        assertTrue(browser.findAll("#chart-matrix canvas").isEmpty(), "no blank chart");
    }

    @Test
    void characteristicWordsAreAsWrittenWithoutEvaluativeOrFunctionWords() throws Exception {
        List<String> general = List.of("良い", "よい", "いい", "多い", "少ない", "もっと", "大きい", "必要", "重要", "大変",
                "非常", "思う", "考える", "今後", "今回", "とても", "しっかり", "やはり");
        int seen = 0;
        for (JsonNode role : site.api("/api/roles").get("roles")) {
            JsonNode words = site.api("/api/roles/" + enc(role.get("key").asText()) + "/keywords?size=20&min_count=1");
            for (JsonNode w : words.get("keywords")) {
                seen++;
                assertFalse(general.contains(w.get("term").asText()) || general.contains(w.get("token").asText()),
                        w + " among the words of " + role.get("key").asText());
            }
        }
        assertTrue(seen > 20, "the sample's roles have characteristic words: " + seen);
        JsonNode around = site.api("/api/cooccurrence?q=" + enc("子育て") + "&size=30&min_count=1");
        around.get("keywords").forEach(w -> assertFalse(general.contains(w.get("term").asText()), w.toString()));
        // the page shows the written form (センター, not the analysed センタ)
        String role = "事務局";
        JsonNode words = site.api("/api/roles/" + enc(role) + "/keywords?size=20").get("keywords");
        browser.open(site.url("/discussion.html?role=" + enc(role)));
        browser.until(d -> browser.findAll("#keywords-table tbody tr").size() == words.size());
        List<String> shown = browser.findAll("#keywords-table tbody tr th").stream().map(WebElement::getText).toList();
        List<String> terms = new ArrayList<>();
        words.forEach(w -> terms.add(w.get("term").asText()));
        assertEquals(terms, shown);
    }
}
