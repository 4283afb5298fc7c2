package jp.meetingsearch.dashboards;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One service with the sample corpus and one headless Chromium per test class, at desktop size before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSession {
    protected DashboardSite site;
    protected Browser browser;

    @BeforeAll
    void start() throws Exception {
        site = newSite();
        browser = new Browser();
    }

    /** The service the class's tests use: the sample corpus. */
    protected DashboardSite newSite() throws Exception {
        return new DashboardSite();
    }

    @AfterAll
    void stop() throws Exception {
        try (DashboardSite s = site; Browser b = browser) {
            // closes both, the browser first
        }
    }

    @BeforeEach
    void desktop() {
        browser.desktop();
    }
}
