package com.servicenet.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static com.servicenet.systemtests.Platform.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identity part of the outlet page in network-admin, as HQ uses it in a browser: creating an outlet's accounts,
 * adding and disabling a technician, showing the API client's secret. Changes made here are applied by the outbox
 * right after their commit, without waiting for its timer.
 */
class IdentityScreenIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void hqCreatesAnOutletsAccountsAddsAndDisablesATechnician() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long outlet = register("IT-UI-" + suffix);
        String manager = "it.ui.mgr." + suffix;
        String technician = "it.ui.tech." + suffix;

        try (Browser browser = Browser.english()) {
            WebDriver driver = browser.driver();
            browser.open("/network-admin/").logInAs("hq.admin");
            browser.text("home-caller");
            browser.open("/network-admin/outlet.xhtml?id=" + outlet);
            assertEquals("No accounts yet", browser.text("identity-status-form:identity-status"));

            type(driver, "identity-provision-form:manager-username", manager);
            type(driver, "identity-provision-form:manager-email", manager + "@example.com");
            long created = System.nanoTime();
            browser.click("identity-provision-form:create-accounts");
            assertEquals(14, browser.text("identity-password-value").length(), "the one-time password is shown once");
            refreshUntil(driver, "identity-status-form:identity-status", "Accounts active");
            System.out.printf("IdentityScreenIT: accounts active %d ms after 'Create accounts' (woken after commit)%n",
                    Duration.ofNanos(System.nanoTime() - created).toMillis());
            assertTrue(row(driver, manager).getText().contains("Outlet manager"), row(driver, manager).getText());
            assertEquals("shop-" + outlet, browser.text("identity-client-form:identity-client-id"));

            browser.click("identity-client-form:show-secret");
            String secret = browser.text("identity-client-form:identity-client-secret");
            JsonObject shop = claims(clientCredentials("shop-" + outlet, secret));
            assertEquals(Long.toString(outlet), shop.getString("outlet_id"));

            type(driver, "identity-add-form:technician-username", technician);
            browser.click("identity-add-form:add-technician");
            assertEquals(14, browser.text("identity-password-value").length());
            refreshUntil(driver, "identity-status-form:identity-status", "Accounts active");
            assertTrue(row(driver, technician).getText().contains("Technician"), row(driver, technician).getText());

            type(driver, "identity-add-form:technician-username", manager);
            browser.click("identity-add-form:add-technician");
            String refusal = new WebDriverWait(driver, PATIENCE).until(d -> {
                String shown = d.findElement(By.id("identity-add-form:technician-username-message")).getText();
                return shown.isBlank() ? null : shown;
            });
            assertTrue(refusal.contains("already taken"), "a taken user name is refused next to its field: " + refusal);

            row(driver, technician).findElement(By.cssSelector("[id$=':disable-user']")).click();
            assertEquals(technician, browser.text("identity-users-form:identity-disable-user"));
            browser.click("identity-users-form:identity-disable-yes");
            refreshUntil(driver, "the technician disabled", d -> row(d, technician).getText().contains("Disabled"));
            assertFalse(row(driver, manager).getText().contains("Disabled"), "only the technician is disabled");
        }
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the section's Refresh until the element shows the text: the outbox works after the request has answered. */
    private static void refreshUntil(WebDriver driver, String id, String text) {
        refreshUntil(driver, id + " showing '" + text + "'", d -> new WebDriverWait(d, PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().equals(text));
    }

    private static void refreshUntil(WebDriver driver, String what, java.util.function.Predicate<WebDriver> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            if (condition.test(driver)) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "not within " + PATIENCE.toSeconds() + " s: " + what);
            sleep(300);
            try {
                WebElement refresh = driver.findElement(By.id("identity-status-form:identity-refresh"));
                refresh.click();
                new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.stalenessOf(refresh));
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
                // the section re-rendered on its own between finding the button and clicking it: look again
            }
        }
    }

    private static WebElement row(WebDriver driver, String username) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='identity-users-form:identity-users']//tr[.//span[text()='" + username + "']]")));
    }

    private static long register(String code) {
        HttpResponse<String> response = Platform.send(HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/outlets"))
                .header("Authorization", "Bearer " + Platform.userToken("hq.admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("code", code).add("legalName", "IdentityScreenIT " + code).build().toString(), UTF_8)));
        assertEquals(201, response.statusCode(), response.body());
        return json(response.body()).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> clientCredentials(String clientId, String secret) {
        HttpResponse<String> response = Platform.tokenResponse(
                java.util.Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static JsonObject claims(HttpResponse<String> tokenResponse) {
        String payload = json(tokenResponse.body()).getString("access_token").split("\\.")[1];
        return json(new String(Base64.getUrlDecoder().decode(payload), UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
