package org.xeploai.webui.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.xeploai.webui.ExampleData;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A committee's staff member in Debian's chromium, headless, driven by Playwright: logs in, uploads the bundled
 * example, sees its figures (14 HTXSNV grassroots organizations, 96% HTTNV or above, 20% of them HTXSNV), opens an
 * explanation, downloads summary.csv and the report, switches to English. Screenshots of the main pages go to
 * docs/images/webui-*.png. Skipped where chromium is not installed, except in CI (CI=true), where it must be.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiBrowserTest {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run");

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;
    String runUrl;

    @BeforeAll
    void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) || "true".equals(System.getenv("CI")),
                "Debian's chromium is not installed (apt-get install -y chromium)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_FLAGS));
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
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

    @Test
    @Order(1)
    void aStaffMemberLogsInInVietnamese() {
        page.navigate(url("/runs"));
        assertThat(page.url()).endsWith("/login");
        assertThat(page.locator("h1").textContent()).isEqualTo("Đăng nhập");
        screenshot("webui-login.png", false);
        page.fill("#username", "operator");
        page.fill("#password", "wrong");
        page.click("button[type=submit]");
        assertThat(page.locator("#login-error").textContent()).contains("không đúng");
        page.fill("#username", "operator");
        page.fill("#password", "xeploai-operator");
        page.click("button[type=submit]");
        page.waitForURL(Pattern.compile(".*/runs(\\?.*)?$"));
        assertThat(page.locator("#upload h2").textContent()).isEqualTo("Xếp loại một bộ dữ liệu");
    }

    @Test
    @Order(2)
    void uploadingTheExampleShowsItsPublishedFigures() {
        page.navigate(url("/runs"));
        page.setInputFiles("#files", ExampleData.csvFiles().toArray(Path[]::new));
        page.selectOption("#year", String.valueOf(ExampleData.YEAR));
        screenshot("webui-upload.png", false);
        page.click("#upload-submit");
        page.waitForURL(Pattern.compile(".*/runs/[0-9a-f-]{36}$"));
        runUrl = page.url();
        if (page.locator("#progress").count() > 0) {
            screenshot("webui-progress.png", false);
        }
        // a longer run shows its progress and reloads itself when done
        page.locator("#run-state:has-text('Hoàn tất')").waitFor(new Locator.WaitForOptions().setTimeout(180_000));
        page.waitForLoadState(LoadState.LOAD); // the reloaded page may still be arriving

        Locator grassroots = page.locator("#headline tr[data-subject=GRASSROOTS_ORG]");
        assertThat(grassroots.locator("td").allTextContents())
                .containsSubsequence("Tổ chức cơ sở đảng", "73", "73", "14", "56", "3", "0");
        assertThat(grassroots.textContent()).contains("96% HTTNV trở lên, trong đó 20% HTXSNV");
        Locator members = page.locator("#headline tr[data-subject=MEMBER]");
        assertThat(members.textContent()).contains("83% HTTNV trở lên, trong đó 16% HTXSNV");
        assertThat(page.locator("#accounting tr[data-file='members.csv'] td").allTextContents())
                .containsExactly("members.csv", "2.004", "1.954", "42", "5", "0", "3");
        assertThat(page.locator("#rejected").textContent()).contains("137", "grade_tasks", "Khá", "SCT-CB06")
                .doesNotContain("Exception");
        screenshot("webui-run.png", true);
    }

    @Test
    @Order(3)
    void theSummaryDrawsItsChartsWithoutAnyOutsideAddress() {
        page.navigate(runUrl + "/summary");
        assertThat(page.locator("#charts svg").count()).isGreaterThanOrEqualTo(3);
        assertThat(page.locator("#charts svg rect.bar-HTXSNV").first().getAttribute("width")).isNotEqualTo("0");
        assertThat(page.content()).doesNotContainPattern("(src|href)=\"https?:");
        screenshot("webui-summary.png", false);
    }

    @Test
    @Order(4)
    void membersAreFilteredAndOneExplanationOpens() {
        page.navigate(runUrl + "/results/members");
        assertThat(page.locator("#result-count").textContent()).isEqualTo("2.001 kết quả");
        page.selectOption("select[name=level]", "HTXSNV");
        page.click("#filters button[type=submit]");
        page.waitForURL(Pattern.compile(".*level=HTXSNV.*"));
        assertThat(page.locator("#result-count").textContent()).isEqualTo("258 kết quả");
        screenshot("webui-members.png", false);

        page.selectOption("select[name=level]", "");
        page.fill("input[name=q]", "DV0485");
        page.click("#filters button[type=submit]");
        page.waitForURL(Pattern.compile(".*q=DV0485.*"));
        page.click("a.explain-link:has-text('DV0485')");
        page.waitForURL(Pattern.compile(".*/explain/members/DV0485$"));
        assertThat(page.locator("#explain-level").textContent()).contains("HTTNV");
        assertThat(page.locator("table.findings").textContent()).contains("C-HEAD", "R1-MEM-XS");
        assertThat(page.locator("ul.references").textContent()).contains("21-HD/BTCTW");
        screenshot("webui-explain.png", true);
    }

    @Test
    @Order(5)
    void theSummaryFileAndTheReportDownload() throws Exception {
        page.navigate(runUrl);
        Download summary = page.waitForDownload(() -> page.click("#files a[data-file='summary.csv']"));
        assertThat(summary.suggestedFilename()).isEqualTo("summary.csv");
        String csv = Files.readString(summary.path(), StandardCharsets.UTF_8);
        assertThat(csv).contains("DBCCQ,GRASSROOTS_ORG,73,73,0,0,14,56,3,0,96,19,20");

        if (page.locator("#files a[data-file='report.html']").count() > 0) {
            Download report = page.waitForDownload(() -> page.click("#files a[data-file='report.html']"));
            assertThat(report.suggestedFilename()).isEqualTo("report.html");
            assertThat(Files.size(report.path())).isPositive();
        }
        Download zip = page.waitForDownload(() -> page.click("#download-zip"));
        assertThat(zip.suggestedFilename()).endsWith(".zip");
        assertThat(Files.size(zip.path())).isGreaterThan(csv.length());
    }

    @Test
    @Order(6)
    void theLanguageSwitchesToEnglishAndBack() {
        page.navigate(runUrl);
        page.click("#lang-en");
        assertThat(page.locator("#run-state").textContent()).isEqualTo("Done");
        assertThat(page.locator("#headline tr[data-subject=GRASSROOTS_ORG]").textContent())
                .contains("96% HTTNV or above, of which 20% HTXSNV");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        screenshot("webui-run-en.png", false);
        page.navigate(runUrl + "/results/members?q=DV0485");
        assertThat(page.locator("#result-count").textContent()).isEqualTo("1 results");
        page.click("#lang-vi");
        assertThat(page.url()).contains("q=DV0485");
        assertThat(page.locator("#result-count").textContent()).isEqualTo("1 kết quả");
    }

    @Test
    @Order(7)
    void aViewerSeesRunsButNoUploadForm() {
        try (BrowserContext viewer = browser.newContext()) {
            Page other = viewer.newPage();
            other.navigate(url("/login"));
            other.fill("#username", "viewer");
            other.fill("#password", "xeploai-viewer");
            other.click("button[type=submit]");
            other.waitForURL(Pattern.compile(".*/runs(\\?.*)?$"));
            assertThat(other.locator("#upload").count()).isZero();
            assertThat(other.locator("#runs tbody tr").count()).isPositive();
        }
    }

    /** Into docs/images/ of the repository, where the README and the notes show them. */
    void screenshot(String name, boolean fullPage) {
        Path images = Path.of("..", "docs", "images");
        if (!Files.isDirectory(images.getParent())) {
            return;
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(images.resolve(name)).setFullPage(fullPage));
    }
}
