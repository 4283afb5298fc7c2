package jp.meetingsearch.dashboards;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through the system's chromedriver: both paths are given, so Selenium Manager
 * never looks for (or downloads) a browser or driver. Install them with {@code loaders/lib/browser.sh}.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("project.basedir", "."), "target", "screenshots");
    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 375;

    private final Path profile;
    private final ChromeDriver driver;
    // the emulated viewport, restored after a full-page screenshot
    private int currentWidth = DESKTOP_WIDTH;
    private int currentHeight = 900;
    private boolean currentMobile;

    Browser() throws IOException {
        for (String exe : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(exe).canExecute()) {
                throw new IllegalStateException(exe + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver (loaders/verify installs them as root; or apt-get install chromium "
                        + "chromium-driver fonts-noto-cjk)");
            }
        }
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--lang=ja", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP_WIDTH + ",900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        desktop();
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits (up to 20 s) until the condition gives a non-null, non-false value, and returns it. */
    <T> T until(Function<WebDriver, T> condition) {
        return until(condition, () -> "the condition");
    }

    /** As {@link #until(Function)}; a timeout says what was awaited, the URL and the page's messages. */
    <T> T until(Function<WebDriver, T> condition, java.util.function.Supplier<String> what) {
        try {
            // pages redraw while they load: an element found a moment ago may be gone, so look again
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited 20 s for " + what.get() + " at " + driver.getCurrentUrl()
                    + "; page says: " + js("return (document.querySelector('main') || document.body).innerText"
                    + ".slice(0, 600);"), e);
        }
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits for an element to exist and returns it. */
    WebElement await(String css) {
        return until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until the search page shows the results of its URL with this total. */
    void awaitSearchTotal(long total) {
        until(d -> findAll("#results .status").isEmpty() && !findAll("#total").isEmpty()
                && String.valueOf(total).equals(find("#total").getAttribute("data-total")),
                () -> "a search total of " + total);
    }

    void desktop() {
        viewport(DESKTOP_WIDTH, 900, false);
    }

    void phone() {
        viewport(PHONE_WIDTH, 812, true);
    }

    private void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        currentWidth = width;
        currentHeight = height;
        currentMobile = mobile;
    }


    /** True when the page is wider than the viewport (a horizontal scroll bar on a phone). */
    boolean scrollsSideways() {
        return (Boolean) js("return document.documentElement.scrollWidth > window.innerWidth"
                + " || document.body.scrollWidth > window.innerWidth;");
    }

    /** Saves the whole page (not only the viewport) as target/screenshots/{name}.png; returns the file. */
    Path screenshot(String name) throws IOException {
        long height = Math.min(8000, ((Number) js("return Math.ceil(document.documentElement.scrollHeight);")).longValue());
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", currentWidth, "height", height, "deviceScaleFactor", 1, "mobile", currentMobile));
        try {
            // charts redraw on resize; give them a frame
            js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150))));");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } finally {
            viewport(currentWidth, currentHeight, currentMobile);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
