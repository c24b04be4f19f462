package io.grapevine.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.grapevine.contracts.Stage;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.testkit.GrapevineTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ops dashboard in a real headless Chromium (Debian's chromium and chromium-driver): the published Bastoni story
 * with its credibility, a live update over the stream, search, the story page and the panels. Screenshots go to
 * target/. Without Chromium this test fails: it is the proof that the dashboard works.
 */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("grapevine.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("grapevine.chromedriver", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL root;

    ChromeDriver browser;
    Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("The dashboard test needs Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ". Install them with: apt-get update && apt-get install -y "
                    + "--no-install-recommends chromium chromium-driver");
        }
        profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void dashboardShowsStoriesAndFollowsTheStream() throws Exception {
        TransferSnapshot bastoni = Stories.golden();
        Stories.publish(bastoni);
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/transfers/" + bastoni.id()).then()
                .statusCode(200).body("version", equalTo((int) bastoni.version())));

        browser.get(root + "?sort=credibility&limit=200");
        // rows are re-rendered in place by live updates: a reference found a moment ago may go stale
        var wait = new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class);
        WebElement row = wait.until(d -> d.findElement(By.cssSelector("tr[data-id='" + bastoni.id() + "']")));
        assertThat(row.findElement(By.cssSelector(".player")).getText()).isEqualTo("Alessandro Bastoni");
        assertThat(row.findElement(By.cssSelector(".move")).getText()).isEqualTo("Inter Milan → Liverpool");
        assertThat(row.findElement(By.cssSelector(".cred .value")).getText()).isEqualTo("18");
        assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("rumour");
        assertThat(row.findElement(By.cssSelector(".reports")).getText()).isEqualTo("2 (1 independent)");
        wait.until(d -> d.findElement(By.id("live")).getText().equals("live"));
        assertThat(browser.findElement(By.id("sources")).getText()).contains("Source leaderboard");
        assertThat(browser.findElement(By.id("pipeline")).getText()).contains("Dedupe consumer lag");

        ((JavascriptExecutor) browser).executeScript("window.__notReloaded = true;");
        Stories.publish(Stories.withVersion(bastoni, bastoni.version() + 1, 0.35, bastoni.status()));
        wait.until(d -> d.findElement(By.cssSelector("tr[data-id='" + bastoni.id() + "'] .cred .value")).getText()
                .equals("35"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__notReloaded === true;")).isEqualTo(true);
        screenshot("dashboard.png");

        WebElement search = browser.findElement(By.id("search"));
        search.clear();
        search.sendKeys("bastoni");
        browser.findElement(By.cssSelector("#filters button")).click();
        wait.until(d -> d.getCurrentUrl().contains("player=bastoni"));
        List<WebElement> rows = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#transfer-rows tr"));
            return found.isEmpty() ? null : found;
        });
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).contains("Bastoni"));

        browser.findElement(By.linkText("Alessandro Bastoni")).click();
        wait.until(d -> d.findElement(By.id("story-title")).getText().contains("Alessandro Bastoni"));
        assertThat(browser.findElement(By.id("story-title")).getText()).isEqualTo("Alessandro Bastoni: Inter Milan → Liverpool");
        assertThat(browser.findElement(By.id("story-credibility")).getText()).isEqualTo("35");
        String evidence = browser.findElement(By.id("evidence")).getText();
        assertThat(evidence).contains("La Gazzetta dello Sport").contains("LFC Transfer Room").contains("echo")
                .contains("Il Liverpool pensa a Bastoni");
        assertThat(browser.findElements(By.cssSelector("#credibility-chart circle"))).hasSize(2);
        screenshot("story.png");
    }

    private void screenshot(String name) throws Exception {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
