package com.servicenet.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium, driven offline: the driver and browser are named explicitly so that Selenium
 * Manager never tries a download, and background networking is off on this closed network.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    private Browser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=1280,900", "--lang=" + language,
                "--user-data-dir=" + tempProfile());
        downloads = Path.of(tempProfile());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        // a condition that reads an element an AJAX update is replacing just asks again (QualityScreensIT failed on it
        // twice); WebDriverWait already does so for an element not found
        wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public static Browser english() {
        return new Browser("en-US");
    }

    public static Browser speaking(String language) {
        return new Browser(language);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits for a finished download whose name ends so, and returns it. */
    public Path downloaded(String suffix) {
        return wait.withTimeout(Duration.ofSeconds(60)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public Browser open(String pathOnPlatform) {
        driver.get(Platform.URL + pathOnPlatform);
        return this;
    }

    /**
     * Logs in through Keycloak, then opens the page: after login the apps land on their home page
     * (see docs/decisions.md, redirectToOriginalResource).
     */
    public Browser openAs(String username, String pathOnPlatform) {
        open(pathOnPlatform).logInAs(username);
        wait.until(d -> d.getCurrentUrl().startsWith(Platform.URL));
        return open(pathOnPlatform);
    }

    /** Fills Keycloak's own login form, the one a person sees. */
    public Browser logInAs(String username) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Platform.DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    /**
     * Makes the viewport a phone's (CSS pixels, as Chrome's device emulation does), for pages used on the street;
     * a window itself cannot be made this narrow everywhere.
     */
    public Browser phone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 3, "mobile", true));
        return this;
    }

    /**
     * Sends every request of this browser as if a trusted proxy forwarded it for this client address
     * ({@code X-Forwarded-For}; the test platform trusts loopback), so that its public pages count against a
     * rate-limit bucket of its own and not against every other test's browser on 127.0.0.1.
     */
    public Browser forwardedFor(String address) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
        return this;
    }

    /** Whether the page is wider than the viewport, i.e. would scroll sideways. */
    public boolean scrollsSideways() {
        return Boolean.TRUE.equals(driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"));
    }

    /** The HTTP status a GET of this path answers in the browser's session (its cookies), redirects not followed. */
    public int status(String pathOnPlatform) {
        return Platform.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Platform.URL + pathOnPlatform))
                .header("Cookie", cookies()).GET()).statusCode();
    }

    /** GET with the browser's session, to look at what the server answers (headers, bytes) rather than at a saved file. */
    public java.net.http.HttpResponse<byte[]> download(String pathOnPlatform) throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Platform.URL + pathOnPlatform))
                .header("Cookie", cookies()).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private String cookies() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Keeps what the page looks like now under target/screenshots, for a person to look at. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a PrimeFaces widget call, e.g. to pick a value of a filtered select menu the way its own UI does. */
    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /** Types into a PrimeFaces autocomplete and picks the suggestion that starts with the text. */
    public void autoComplete(String id, String text) {
        driver.findElement(By.id(id + "_input")).sendKeys(text);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] li.ui-autocomplete-item[data-item-label^='" + text + "']"))).click();
        settle();
    }

    /** Waits until the page's PrimeFaces AJAX queue is empty. */
    public void settle() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Waits (up to 30 s) until the condition holds, e.g. until a table has so many rows. */
    public <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }

    /**
     * Waits until the text of the element with this id satisfies the condition, across AJAX updates and page
     * loads that replace the element, and returns it.
     */
    public String untilText(String id, java.util.function.Predicate<String> condition) {
        return wait.until(d -> {
            try {
                String text = d.findElement(By.id(id)).getText();
                return condition.test(text) ? text : null;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException replaced) {
                return null;
            } catch (org.openqa.selenium.WebDriverException failure) {
                // Chromium names a node that the next page replaced between finding and reading it this way, not stale
                if (String.valueOf(failure.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw failure;
            }
        });
    }

    /**
     * Waits until the element shows the text, across the AJAX updates and page loads that replace it meanwhile; if it
     * never does, keeps a screenshot and fails naming what it showed instead.
     */
    public void shows(String id, String text) {
        try {
            untilText(id, shown -> shown.contains(text));
        } catch (org.openqa.selenium.TimeoutException timeout) {
            screenshot("failed-" + id.replace(':', '-'));
            List<WebElement> now = driver.findElements(By.id(id));
            throw new AssertionError(id + " shows " + (now.isEmpty() ? null : now.get(0).getText()) + ", not " + text, timeout);
        }
    }

    /** Replaces what the input with this id holds (once it is displayed) by what a person would type. */
    public void retype(String id, String value) {
        WebElement field = until(d -> {
            WebElement found = d.findElement(By.id(id));
            return found.isDisplayed() ? found : null;
        });
        field.click();
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        field.sendKeys(value);
    }

    public boolean present(String cssSelector) {
        return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
    }

    public String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    public boolean showsKeycloakLogin() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        return driver.getCurrentUrl().startsWith(Platform.REALM);
    }

    private static String tempProfile() {
        try {
            Path dir = Files.createTempDirectory("servicenet-chromium-");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
