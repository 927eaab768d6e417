package com.servicenet.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outlet repair portal in headless Chromium: an outlet manager reports a repair with a part charged above
 * HQ's range, moves it to closed and prints the receipt; another outlet's manager finds none of it; a refused
 * input is shown next to its field and writes nothing.
 */
class RepairPortalIT {

    private static final String CUSTOMER = "张三丰";

    @Test
    void managerReportsARepairChargedAboveTheRangeClosesItAndPrintsTheReceiptWhichNoOtherOutletSees() throws Exception {
        String ticket = "RP-" + Fixtures.unique();
        String id;
        try (Browser browser = Browser.english()) {
            id = steps(browser, "repair-portal-outlet-1", () -> {
                openAs(browser, "manager.1", "/tenant-web/repair.xhtml");
                fillJob(browser, ticket, "IN_SHOP");

                browser.click("repair-form:add-part");
                browser.settle();
                choose(browser, "repair-form:parts:0:part", "AC-CAP-35");
                String hint = browser.text("repair-form:parts:0:part-hint");
                assertTrue(hint.contains("35.00") && hint.contains("55.00"), hint);
                assertFalse(browser.present(".sn-over-range"), "no warning before a price is entered");

                type(browser, "repair-form:parts:0:quantity", "2");
                type(browser, "repair-form:parts:0:unit-price", "80.00");
                browser.driver().findElement(By.id("repair-form:parts:0:unit-price")).sendKeys(Keys.TAB);
                browser.settle();
                until(browser, "the over-range warning", () -> browser.text("repair-form:parts:0:part-hint").contains("Above the official range"));

                type(browser, "repair-form:labour-fee", "40.00");
                browser.driver().findElement(By.id("repair-form:labour-fee")).sendKeys(Keys.TAB);
                browser.settle();
                until(browser, "the labour range", () -> browser.text("repair-form:labour-hint").contains("30.00"));
                assertTrue(browser.text("repair-form:labour-hint").contains("60.00"), browser.text("repair-form:labour-hint"));
                assertFalse(browser.text("repair-form:labour-hint").contains("Above"), "labour is within its range");
                browser.screenshot("repair-portal-over-range");

                browser.click("repair-form:save");
                until(browser, "the saved repair's page", () -> browser.driver().getCurrentUrl().contains("id="));
                String saved = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1");
                assertEquals(ticket, browser.text("repair-ticket"));
                assertEquals("Received", browser.text("repair-status"));
                assertTrue(browser.text("repair-flags").contains("Above price list"), browser.text("repair-flags"));

                move(browser, "DIAGNOSED", "Diagnosed", () -> { });
                move(browser, "REPAIRED", "Repaired", () -> {
                    choose(browser, "move-form:move-technician", "T01");
                    type(browser, "move-form:resolution", "更换运行电容");
                });
                move(browser, "CLOSED", "Closed", () -> browser.click("move-form:customer-confirmed"));
                assertFalse(browser.text("closed-at").isBlank(), "the closing time is shown");
                assertFalse(browser.present("[id='repair-form:save']"), "a closed repair is read-only");

                browser.open("/tenant-web/repairs.xhtml");
                until(browser, "the list with the new repair", () -> browser.text("repairs-form:repairs-table").contains(ticket));
                assertFalse(browser.text("repairs-form:repairs-table").contains(CUSTOMER), "the list masks the customer");
                assertTrue(browser.text("repairs-form:repairs-table").contains("张**"), browser.text("repairs-form:repairs-table"));
                type(browser, "repairs-form:filter-ticket", ticket);
                choose(browser, "repairs-form:filter-status", "CLOSED");
                browser.click("repairs-form:search");
                browser.settle();
                until(browser, "only the filtered repair", () -> browser.driver().findElements(By.cssSelector(".sn-repair-link")).size() == 1);
                assertEquals(ticket, browser.driver().findElement(By.cssSelector(".sn-repair-link")).getText());
                assertTrue(browser.text("repairs-form:repairs-table").contains("Above price list"), "the list shows the flag");
                choose(browser, "repairs-form:filter-status", "RECEIVED");
                browser.click("repairs-form:search");
                browser.settle();
                until(browser, "no repair of that ticket received", () -> browser.driver().findElements(By.cssSelector(".sn-repair-link")).isEmpty());
                choose(browser, "repairs-form:filter-status", "");
                java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
                typeDate(browser, "repairs-form:filter-from", today.plusDays(1).toString());
                browser.click("repairs-form:search");
                browser.settle();
                until(browser, "nothing received from tomorrow on", () -> browser.driver().findElements(By.cssSelector(".sn-repair-link")).isEmpty());
                typeDate(browser, "repairs-form:filter-from", today.toString());
                typeDate(browser, "repairs-form:filter-to", today.toString());
                browser.click("repairs-form:search");
                browser.settle();
                until(browser, "the repair received today", () -> browser.driver().findElements(By.cssSelector(".sn-repair-link")).size() == 1);

                browser.open("/tenant-web/receipt.xhtml?id=" + saved);
                assertEquals(ticket, browser.text("receipt-ticket"));
                String lines = browser.text("receipt-lines");
                assertTrue(lines.contains("AC-CAP-35 Run capacitor"), "the part with its price-list name: " + lines);
                assertTrue(lines.contains("80.00") && lines.contains("160.00"), "unit price and line total: " + lines);
                assertTrue(lines.contains("¥35.00 – ¥55.00"), "the part's official range: " + lines);
                assertTrue(lines.contains("¥30.00 – ¥60.00"), "the labour fee's official range: " + lines);
                assertTrue(lines.contains("Above the official range") && !lines.contains("HQ will see"), "the receipt marks the part for the customer: " + lines);
                assertEquals("¥200.00", browser.text("receipt-total"));
                assertEquals("陈志明", browser.text("receipt-technician"));
                assertEquals("138****5678", browser.text("receipt-phone"));
                assertTrue(browser.text("receipt-note").contains("price list"), browser.text("receipt-note"));
                browser.screenshot("repair-portal-receipt");
                assertTrue(browser.driver().findElement(By.cssSelector(".sn-nav")).isDisplayed(), "on screen the navigation shows");
                ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
                        .executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
                assertFalse(browser.driver().findElement(By.cssSelector(".sn-nav")).isDisplayed(), "printed, no navigation");
                assertFalse(browser.driver().findElement(By.id("print")).isDisplayed(), "printed, no print button");
                assertTrue(browser.driver().findElement(By.id("receipt-total")).isDisplayed(), "printed, the receipt itself");
                browser.screenshot("repair-portal-receipt-print");
                return saved;
            });
        }
        assertEquals("CLOSED", Fixtures.single("SELECT status FROM repair_order WHERE ticket_no = ? AND outlet_id = 1", ticket));
        assertEquals(Boolean.TRUE, Fixtures.single("SELECT overcharged FROM repair_order WHERE ticket_no = ? AND outlet_id = 1", ticket));
        assertEquals(0, new BigDecimal("200.00").compareTo((BigDecimal) Fixtures.single(
                "SELECT amount_charged FROM repair_order WHERE ticket_no = ? AND outlet_id = 1", ticket)));
        assertEquals(Boolean.TRUE, Fixtures.single("SELECT customer_confirmed FROM repair_order WHERE ticket_no = ? AND outlet_id = 1", ticket));

        try (Browser other = Browser.english()) {
            steps(other, "repair-portal-outlet-2", () -> {
                openAs(other, "manager.2", "/tenant-web/repair.xhtml?id=" + id);
                assertNotFound(other, ticket);
                other.open("/tenant-web/receipt.xhtml?id=" + id);
                assertNotFound(other, ticket);
                other.open("/tenant-web/receipt.xhtml?id=not-a-number");
                assertNotFound(other, ticket);
                other.open("/tenant-web/repairs.xhtml");
                other.text("repairs-form:repairs-table");
                assertFalse(other.driver().getPageSource().contains(ticket), "another outlet's list does not show the repair");
                return null;
            });
        }
    }

    @Test
    void refusalsAreShownInChineseNextToTheFieldOrForThePageAndWriteNothing() throws Exception {
        String ticket = "RP-" + Fixtures.unique();
        String taken = (String) Fixtures.single("SELECT ticket_no FROM repair_order WHERE outlet_id = 1 ORDER BY id LIMIT 1");
        try (Browser browser = Browser.speaking("zh-CN")) {
            steps(browser, "repair-portal-refused", () -> {
                openAs(browser, "manager.1", "/tenant-web/repair.xhtml");
                fillJob(browser, ticket, "ON_SITE");
                browser.click("repair-form:save");
                browser.settle();
                String message = browser.text("repair-form:customer-address-message");
                assertTrue(message.contains("上门维修和安装需要填写顾客地址"), message);
                assertFalse(browser.driver().getCurrentUrl().contains("id="), "still the new repair's form");
                browser.screenshot("repair-portal-refused");

                type(browser, "repair-form:customer-address", "上海市浦东新区张杨路 100 号");
                type(browser, "repair-form:ticket", taken);
                browser.click("repair-form:save");
                browser.settle();
                until(browser, "the page message", () -> browser.text("repair-form:repair-messages").contains("本网点已上报过工单 " + taken));
                assertFalse(browser.driver().getCurrentUrl().contains("id="), "still the new repair's form");
                return null;
            });
        }
        assertEquals(0L, Fixtures.single("SELECT count(*) FROM repair_order WHERE ticket_no = ?", ticket));
        assertEquals(1L, Fixtures.single("SELECT count(*) FROM repair_order WHERE ticket_no = ? AND outlet_id = 1", taken));
    }

    /**
     * Logs in and opens the page. Right after a platform start the login callback can be slow (Payara fetching
     * Keycloak's keys) and the browser then stays on the home page; the page is opened once more in that case.
     */
    private static void openAs(Browser browser, String user, String path) {
        browser.openAs(user, path);
        if (!browser.driver().getCurrentUrl().contains(path)) {
            browser.open(path);
        }
    }

    private static void fillJob(Browser browser, String ticket, String serviceType) {
        type(browser, "repair-form:ticket", ticket);
        choose(browser, "repair-form:service-type", serviceType);
        choose(browser, "repair-form:category", "AIR_CONDITIONER");
        type(browser, "repair-form:model", "KFR-35GW");
        type(browser, "repair-form:serial", "SN" + ticket);
        type(browser, "repair-form:fault", "不制冷");
        type(browser, "repair-form:customer-name", CUSTOMER);
        type(browser, "repair-form:customer-phone", "13812345678");
    }

    /** Opens the dialog of a status move, fills it, confirms, and waits for the page to show the new status. */
    private static void move(Browser browser, String to, String shown, Runnable fill) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("move-dialog")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".sn-move-" + to))).click();
        browser.settle();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("move-dialog")));
        fill.run();
        browser.click("move-form:move-confirm");
        browser.settle();
        until(browser, to, () -> shown.equals(browser.text("repair-status")));
    }

    private static void assertNotFound(Browser browser, String ticket) {
        assertEquals("Page not found", browser.text("error-title"));
        String page = browser.driver().getPageSource();
        assertFalse(page.contains(ticket), "the 404 page shows nothing of the repair");
        assertFalse(page.contains(CUSTOMER), "the 404 page shows nothing of the customer");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Puts a day into a PrimeFaces date picker's input, as the form will submit it. */
    private static void typeDate(Browser browser, String id, String day) {
        // typed keys raced the calendar opening on focus now and then; the server's conversion is what counts here
        WebElement input = browser.driver().findElement(By.id(id + "_input"));
        browser.script("arguments[0].value = arguments[1];", input, day);
        assertEquals(day, input.getAttribute("value"));
    }

    /** Picks an option of a plain select; its AJAX change (if any) is waited for. */
    private static void choose(Browser browser, String id, String value) {
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
        browser.settle();
    }

    private static void until(Browser browser, String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .withMessage(what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private interface Steps<T> {
        T run() throws Exception;
    }

    /** Runs the steps, keeping a screenshot under target/screenshots when one fails. */
    private static <T> T steps(Browser browser, String name, Steps<T> steps) throws Exception {
        try {
            return steps.run();
        } catch (Exception | AssertionError failed) {
            browser.screenshot(name + "-failed");
            throw failed;
        }
    }
}
