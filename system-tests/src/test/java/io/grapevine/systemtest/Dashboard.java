package io.grapevine.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The ops dashboard in headless Chromium (Debian's chromium and chromedriver; nothing is downloaded). */
final class Dashboard {

    static final String CHROMIUM = System.getProperty("grapevine.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("grapevine.chromedriver", "/usr/bin/chromedriver");

    private Dashboard() {
    }

    /**
     * Opens {@code baseUrl + "/"}, waits until the story's row (the element with {@code data-id} = its id, else any
     * table row) shows every one of {@code words}, and saves a screenshot; on a timeout the screenshot is still saved
     * and the page's text is in the failure.
     */
    static void assertShowsStory(String baseUrl, Path profile, Path screenshot, String storyId, String... words) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException(CHROMIUM + " and " + CHROMEDRIVER + " are needed: "
                    + "apt-get install -y --no-install-recommends chromium chromium-driver (.ci/run does it)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.get(baseUrl + "/");
            try {
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                    List<WebElement> rows = d.findElements(By.cssSelector("[data-id='" + storyId + "']"));
                    if (rows.isEmpty()) {
                        rows = d.findElements(By.tagName("tr"));
                    }
                    for (WebElement row : rows) {
                        String text = row.getText();
                        if (Arrays.stream(words).allMatch(text::contains)) {
                            return true;
                        }
                    }
                    return false;
                });
            } catch (TimeoutException e) {
                save(driver, screenshot);
                throw new AssertionError("the dashboard at " + baseUrl + "/ did not show story " + storyId + " as "
                        + String.join(" + ", words)
                        + " within 30 s (screenshot " + screenshot + "); its text:\n"
                        + Http.abbreviate(driver.findElement(By.tagName("body")).getText()), e);
            }
            save(driver, screenshot);
        } finally {
            driver.quit();
            service.stop();
        }
    }

    private static void save(WebDriver driver, Path screenshot) {
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(screenshot.getParent());
            Files.copy(shot, screenshot, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the screenshot " + screenshot, e);
        }
    }
}
