package org.xeploai.webui.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.xeploai.webui.ExampleData;
import org.xeploai.webui.PackZips;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A rule editor in chromium: uploads the example with a copy of qd132-hd21 whose quota.share is 0.15 (zipped as a
 * board would zip the folder `xeploai packs copy` wrote), sees 143 members change (as `xeploai diff` does), the
 * from × to table and the A/B chart, and downloads diff.csv; a broken pack shows its problems with file and line.
 * Screenshot: docs/images/webui-whatif.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatIfBrowserTest {
    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    void startBrowser() {
        assumeTrue(Files.isExecutable(WebUiBrowserTest.CHROMIUM) || "true".equals(System.getenv("CI")),
                "Debian's chromium is not installed (apt-get install -y chromium)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(WebUiBrowserTest.CHROMIUM).setHeadless(true).setArgs(WebUiBrowserTest.CHROMIUM_FLAGS));
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(120_000);
        page = context.newPage();
        page.navigate(url("/login"));
        page.fill("#username", "admin");
        page.fill("#password", "xeploai-admin");
        page.click("button[type=submit]");
        page.waitForURL(Pattern.compile(".*/runs(\\?.*)?$"));
    }

    @AfterAll
    void stopBrowser() {
        if (context != null) {
            context.close();
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void submit(byte[] zip) throws Exception {
        Path pack = temp.resolve("qd132-hd21-edited.zip");
        Files.write(pack, zip);
        page.navigate(url("/runs"));
        page.click("#nav-whatif");
        page.waitForURL(Pattern.compile(".*/whatif$"));
        page.setInputFiles("#pack", pack);
        page.setInputFiles("#files", ExampleData.csvFiles().toArray(Path[]::new));
        page.selectOption("#year", String.valueOf(ExampleData.YEAR));
        page.click("#whatif-submit");
    }

    @Test
    void quotaShare015ShowsTheMembersWhoMoveAndWhy() throws Exception {
        submit(PackZips.quotaShare015());
        page.waitForURL(Pattern.compile(".*/whatif/[0-9a-f-]{36}$"));
        var members = page.locator("section[data-subject=MEMBER]");
        assertThat(members.locator("h2 .changed").textContent()).startsWith("143 đổi mức");
        assertThat(members.locator("tr[data-from=HTXSNV] td.moved").count()).isPositive();
        assertThat(members.locator("svg rect.side-B").count()).isEqualTo(4);
        assertThat(page.locator("#changes tbody tr").count()).isEqualTo(50);
        assertThat(page.locator("#changes").textContent()).contains("HTXSNV");
        assertThat(page.locator(".pager").first().textContent()).contains("146"); // 143 members and 3 others
        members.scrollIntoViewIfNeeded();
        page.evaluate("document.querySelector('section[data-subject=MEMBER]').scrollIntoView()");
        page.screenshot(new Page.ScreenshotOptions().setPath(images("webui-whatif.png")).setFullPage(false));

        Download csv = page.waitForDownload(() -> page.click("#download-diff-csv"));
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isGreaterThan(143);
    }

    @Test
    void aBrokenPackShowsEachProblemWithFileAndLine() throws Exception {
        submit(PackZips.editedCopy("qd132-hd21", "parameters.csv",
                s -> s.replace("quota.share,0.20,", "quota.share,zero point two,")));
        page.locator("#whatif-error").waitFor();
        assertThat(page.locator("#whatif-error strong").textContent()).contains("không dùng được");
        assertThat(page.locator("#whatif-problems li").first().textContent())
                .startsWith("qd132-hd21/parameters.csv:11: ");
    }

    static Path images(String name) throws Exception {
        Path images = Path.of("..", "docs", "images");
        if (!Files.isDirectory(images.getParent())) {
            return Files.createTempFile("xeploai-", name);
        }
        Files.createDirectories(images);
        return images.resolve(name);
    }
}
