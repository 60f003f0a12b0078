package ru.nastavnik.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in real Chromium against the platform the launcher started: a fresh profile per test, signing in on
 * Keycloak's own page, and the last screen of every test kept in target/screenshots for a human look.
 */
@ExtendWith(PlatformExtension.class)
abstract class BrowserTest {

    protected WebDriver browser;
    protected WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void openBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-e2e");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=ru", "--window-size=1366,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
        if (browser != null) {
            // the last screen of every test, for a person to look at (and to see why one failed)
            screenshot(test.getTestMethod().orElseThrow().getName());
            Files.writeString(Path.of("target/screenshots", test.getTestMethod().orElseThrow().getName() + ".html"),
                    browser.getPageSource());
            browser.quit();
        }
    }

    protected void signIn(String username) {
        browser.get(PlatformExtension.platform().config().gatewayUrl() + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("наставничества");
        browser.findElement(By.linkText("Войти в систему")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertThat(browser.getCurrentUrl()).startsWith(PlatformExtension.platform().config().keycloakUrl());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(PlatformExtension.platform().config().gatewayUrl()));
    }

    protected void screenshot(String name) throws Exception {
        Path target = Path.of("target/screenshots");
        Files.createDirectories(target);
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    protected void signOut() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Войти в систему")));
    }

    /** The page at a phone's width: nothing may stick out sideways. */
    protected void assertFitsWidth(int width) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        Object overflow = ((ChromeDriver) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("page wider than a " + width + " px window").isLessThanOrEqualTo(0);
    }
}
