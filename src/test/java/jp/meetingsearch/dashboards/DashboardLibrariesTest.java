package jp.meetingsearch.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The chart library the pages load is one without the tooltip XSS, shipped with its licences. */
class DashboardLibrariesTest {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    private static final Path VENDOR = ROOT.resolve("dashboards/vendor/echarts");

    @Test
    void vendoredEchartsIsAtLeast551WithItsLicences() throws IOException {
        String js = Files.readString(VENDOR.resolve("echarts.min.js"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\.version=\"(\\d+)\\.(\\d+)\\.(\\d+)\"").matcher(js);
        assertTrue(m.find(), "a version in echarts.min.js");
        int[] v = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        assertTrue(v[0] > 5 || v[0] == 5 && (v[1] > 5 || v[1] == 5 && v[2] >= 1),
                "ECharts " + m.group() + " has the tooltip XSS fixed in 5.5.1");
        for (String f : List.of("LICENSE", "NOTICE", "licenses/LICENSE-zrender", "licenses/LICENSE-d3",
                "licenses/LICENSE-tslib", "README.md")) {
            assertTrue(Files.size(VENDOR.resolve(f)) > 0, f);
        }
        String readme = Files.readString(VENDOR.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(m.group(1) + "." + m.group(2) + "." + m.group(3)), "README names the vendored version");
    }

    @Test
    void pagesLoadTheVendoredLibraryOnly() throws IOException {
        for (String page : List.of("discussion.html", "projects.html")) {
            String html = Files.readString(ROOT.resolve("dashboards").resolve(page), StandardCharsets.UTF_8);
            assertTrue(html.contains("src=\"vendor/echarts/echarts.min.js\""), page);
            assertTrue(!html.contains("webjars/echarts"), page + " loads an old WebJar");
        }
    }

    /** ECharts renders a tooltip formatter's string as HTML: each one must build it through tooltipHtml. */
    @Test
    void everyTooltipFormatterEscapes() throws IOException {
        List<String> unescaped = new ArrayList<>();
        Pattern formatter = Pattern.compile("formatter:\\s*\\(([^)]*)\\)\\s*=>\\s*([^\\n]*)");
        try (Stream<Path> files = Files.list(ROOT.resolve("dashboards/js"))) {
            for (Path f : files.toList()) {
                Matcher m = formatter.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(2).startsWith("tooltipHtml(")) {
                        unescaped.add(f.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), unescaped);
    }
}
