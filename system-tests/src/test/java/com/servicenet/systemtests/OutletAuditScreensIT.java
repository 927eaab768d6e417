package com.servicenet.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outlet's audit screens in tenant-web, in headless Chromium: released results only (an unreleased mystery
 * shop is neither listed nor reachable until HQ releases it), the breakdown per section and the findings, the
 * corrective-action loop from the outlet's side with evidence, and another outlet's results and actions unknown.
 */
class OutletAuditScreensIT {

    private static final long OUTLET_1 = 1;
    private static final long OUTLET_2 = 2;

    private static Browser manager2;

    @AfterAll
    static void tearDown() {
        if (manager2 != null) {
            manager2.close();
        }
    }

    @Test
    void anUnreleasedMysteryShopIsNeitherListedNorReachableUntilHqReleasesIt() throws Exception {
        String u = Fixtures.unique();
        AuditFixtures.Template template = AuditFixtures.template("MYSTERY_SHOP", "IT-OS-" + u);
        long shop = AuditFixtures.submittedShop(OUTLET_2, template, "Brief " + u);
        List<Long> unreleased = Fixtures.query("SELECT id FROM audit WHERE outlet_id = ? AND status = 'SUBMITTED'", OUTLET_2).stream()
                .map(r -> ((Number) r.get(0)).longValue()).toList();
        assertTrue(unreleased.contains(shop));

        Browser browser = manager2();
        browser.open("/tenant-web/audits.xhtml");
        assertEquals("Audit results", browser.text("results-title"));
        for (long id : unreleased) {
            assertFalse(browser.present("a.sn-result-link[data-audit='" + id + "']"), "unreleased audit " + id + " listed");
            assertEquals(404, browser.status("/tenant-web/audit.xhtml?id=" + id), "unreleased audit " + id);
        }
        browser.open("/tenant-web/audit.xhtml?id=" + shop);
        assertEquals("Page not found", browser.text("error-title"));
        // every result listed is the outlet's own and released
        for (WebElement link : browser.driver().findElements(By.cssSelector("a.sn-result-link"))) {
            List<Object> row = Fixtures.query("SELECT outlet_id, status FROM audit WHERE id = ?", Long.valueOf(link.getAttribute("data-audit"))).get(0);
            assertEquals(List.of(OUTLET_2, "RELEASED"), List.of(((Number) row.get(0)).longValue(), row.get(1)));
        }

        AuditFixtures.release(shop);
        browser.open("/tenant-web/audits.xhtml");
        WebElement listed = browser.until(d -> d.findElement(By.cssSelector("a.sn-result-link[data-audit='" + shop + "']")));
        WebElement row = listed.findElement(By.xpath("ancestor::tr"));
        assertEquals("Mystery shop", row.findElement(By.cssSelector(".sn-result-kind")).getText());
        assertEquals("42.50", row.findElement(By.cssSelector(".sn-result-score")).getText());
        assertEquals("Failing", row.findElement(By.cssSelector(".sn-result-band")).getText());

        listed.click();
        assertEquals("42.50", browser.text("result-score"));
        assertEquals("Failing", browser.text("result-band"));
        assertEquals("At least one failed: the score is capped.", browser.text("result-critical"));
        List<WebElement> sections = browser.driver().findElements(By.cssSelector("section.sn-result-section"));
        assertEquals(2, sections.size());
        assertEquals("Reception", sections.get(0).findElement(By.cssSelector(".sn-section-title")).getText());
        assertEquals("87.50", sections.get(0).findElement(By.cssSelector(".sn-section-score")).getText());
        assertEquals("(3.50 / 4.00)", sections.get(0).findElement(By.cssSelector(".sn-section-points")).getText());
        assertEquals("Charges", sections.get(1).findElement(By.cssSelector(".sn-section-title")).getText());
        assertEquals("0.00", sections.get(1).findElement(By.cssSelector(".sn-section-score")).getText());
        List<WebElement> answers = sections.get(0).findElements(By.cssSelector("tr.sn-result-question .sn-answer"));
        assertEquals(List.of("Yes", "4 / 5"), answers.stream().map(WebElement::getText).toList());
        assertEquals(1, sections.get(1).findElements(By.cssSelector("tr.sn-failed")).size(), "the failed question is marked");
        List<WebElement> findings = browser.driver().findElements(By.cssSelector("tr.sn-finding-row"));
        assertEquals(1, findings.size());
        assertEquals("Charged as listed", findings.get(0).findElement(By.cssSelector(".sn-finding-question")).getText());
        assertTrue(findings.get(0).getText().contains("收费高于维修清单"));
        String page = browser.driver().getPageSource();
        assertFalse(page.contains("shopper.gz"), "who visited is not shown to the outlet");
        browser.screenshot("outlet-result");
    }

    @Test
    void theOutletRespondsToACorrectiveActionWithTextAndEvidence() throws Exception {
        String u = Fixtures.unique();
        AuditFixtures.Template template = AuditFixtures.template("MYSTERY_SHOP", "IT-OA-" + u);
        long shop = AuditFixtures.submittedShop(OUTLET_2, template, "Brief " + u);
        AuditFixtures.release(shop);
        long action = AuditFixtures.action(shop, "Post the price list at the counter " + u);

        Browser browser = manager2();
        browser.open("/tenant-web/actions.xhtml");
        WebElement link = browser.until(d -> d.findElement(By.cssSelector("a.sn-action-link[data-action='" + action + "']")));
        assertEquals("Open", link.findElement(By.xpath("ancestor::tr")).findElement(By.cssSelector(".sn-action-status")).getText());
        link.click();
        assertEquals("Post the price list at the counter " + u, browser.text("action-description"));
        assertEquals("Open", browser.text("action-status"));
        assertEquals(List.of("Raised by HQ"), steps(browser));

        // a text named .pdf is refused by its bytes; nothing changes
        Path dir = Files.createTempDirectory("servicenet-evidence-");
        Path fake = dir.resolve("price-list-" + u + ".pdf");
        Files.writeString(fake, "not a PDF at all", UTF_8);
        browser.driver().findElement(By.id("respond-form:response")).sendKeys("已在接待台张贴维修清单价格表。");
        browser.driver().findElement(By.cssSelector("[id='respond-form:evidence'] input[type=file], input[id='respond-form:evidence_input']"))
                .sendKeys(fake.toString());
        browser.click("respond-form:send");
        browser.settle();
        browser.untilText("respond-form", t -> t.contains("neither an image"));
        assertTrue(browser.driver().findElement(By.id("respond-form")).getText()
                .contains("The file is neither an image (JPEG, PNG, WebP) nor a PDF."));
        assertEquals("OPEN", Fixtures.single("SELECT status FROM corrective_action WHERE id = ?", action));
        assertEquals(0L, Fixtures.single("SELECT count(*) FROM attachment WHERE action_id = ?", action));
        assertEquals(1L, Fixtures.single("SELECT count(*) FROM action_event WHERE action_id = ?", action));

        // a photo and a PDF are taken with the text, in one go
        Path photo = dir.resolve("counter-" + u + ".png");
        Files.write(photo, png());
        Path pdf = dir.resolve("training-" + u + ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", UTF_8);
        browser.open("/tenant-web/action.xhtml?id=" + action);
        browser.driver().findElement(By.id("respond-form:response")).sendKeys("已在接待台张贴维修清单价格表。");
        browser.driver().findElement(By.cssSelector("input[id='respond-form:evidence_input']")).sendKeys(photo + "\n" + pdf);
        browser.click("respond-form:send");
        browser.untilText("action-status", "Responded, waiting for HQ"::equals);
        assertEquals("已在接待台张贴维修清单价格表。", browser.text("action-response"));
        assertEquals(List.of("Raised by HQ", "Responded"), steps(browser));
        assertFalse(browser.present("[id='respond-form']"), "a responded action takes no second response");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#action-evidence li.sn-evidence")).size());
        browser.screenshot("outlet-action-responded");

        List<Object> stored = Fixtures.query("SELECT status, response, responded_by FROM corrective_action WHERE id = ?", action).get(0);
        assertEquals(List.of("RESPONDED", "已在接待台张贴维修清单价格表。", "manager.2"), stored);
        List<List<Object>> evidence = Fixtures.query("SELECT a.file_name, a.media_type, a.purpose, a.outlet_id, c.bytes FROM attachment a "
                + "JOIN attachment_content c ON c.attachment_id = a.id WHERE a.action_id = ? ORDER BY a.file_name", action);
        assertEquals(2, evidence.size());
        assertEquals(List.of("counter-" + u + ".png", "image/png", "EVIDENCE", OUTLET_2),
                List.of(evidence.get(0).get(0), evidence.get(0).get(1), evidence.get(0).get(2), ((Number) evidence.get(0).get(3)).longValue()));
        assertArrayEquals(Files.readAllBytes(photo), (byte[]) evidence.get(0).get(4));
        assertEquals("application/pdf", evidence.get(1).get(1));
        assertArrayEquals(Files.readAllBytes(pdf), (byte[]) evidence.get(1).get(4));
        assertEquals(List.of("RAISED", "RESPONDED"), Fixtures.query("SELECT step FROM action_event WHERE action_id = ? ORDER BY at, id", action)
                .stream().map(r -> r.get(0)).toList());
    }

    @Test
    void anotherOutletsResultAndActionAreUnknownAndTechniciansOnlyRead() throws Exception {
        String u = Fixtures.unique();
        AuditFixtures.Template template = AuditFixtures.template("MYSTERY_SHOP", "IT-OX-" + u);
        long foreign = AuditFixtures.submittedShop(OUTLET_1, template, "Brief " + u);
        AuditFixtures.release(foreign);
        long foreignAction = AuditFixtures.action(foreign, "Outlet 1's action " + u);
        long own = AuditFixtures.submittedShop(OUTLET_2, template, "Brief " + u);
        AuditFixtures.release(own);
        long ownAction = AuditFixtures.action(own, "Outlet 2's action " + u);

        Browser browser = manager2();
        assertEquals(404, browser.status("/tenant-web/audit.xhtml?id=" + foreign));
        assertEquals(404, browser.status("/tenant-web/action.xhtml?id=" + foreignAction));
        browser.open("/tenant-web/action.xhtml?id=" + foreignAction);
        assertEquals("Page not found", browser.text("error-title"));
        browser.open("/tenant-web/actions.xhtml");
        assertTrue(browser.present("a.sn-action-link[data-action='" + ownAction + "']"));
        assertFalse(browser.present("a.sn-action-link[data-action='" + foreignAction + "']"));
        for (WebElement link : browser.driver().findElements(By.cssSelector("a.sn-action-link"))) {
            assertEquals(OUTLET_2, ((Number) Fixtures.single("SELECT outlet_id FROM corrective_action WHERE id = ?",
                    Long.valueOf(link.getAttribute("data-action")))).longValue());
        }
        // the demo's own results of outlet 1 as well
        for (List<Object> row : Fixtures.query("SELECT a.id, c.id FROM audit a JOIN finding f ON f.audit_id = a.id "
                + "JOIN corrective_action c ON c.finding_id = f.id WHERE a.outlet_id = ? AND a.status = 'RELEASED' LIMIT 3", OUTLET_1)) {
            assertEquals(404, browser.status("/tenant-web/audit.xhtml?id=" + row.get(0)));
            assertEquals(404, browser.status("/tenant-web/action.xhtml?id=" + row.get(1)));
        }
        assertEquals(404, browser.status("/tenant-web/audit.xhtml?id=x1"));

        try (Browser manager1 = Browser.english()) {
            manager1.openAs("manager.1", "/tenant-web/audits.xhtml");
            assertTrue(manager1.present("a.sn-result-link[data-audit='" + foreign + "']"), "outlet 1 sees its own");
            assertEquals(200, manager1.status("/tenant-web/action.xhtml?id=" + foreignAction));
        }
        try (Browser technician = Browser.english()) {
            technician.openAs("tech.2", "/tenant-web/action.xhtml?id=" + ownAction);
            assertEquals("Outlet 2's action " + u, technician.text("action-description"));
            assertFalse(technician.present("[id='respond-form']"), "technicians read; only the manager responds");
            technician.open("/tenant-web/audit.xhtml?id=" + own);
            assertEquals("42.50", technician.text("result-score"));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static synchronized Browser manager2() {
        if (manager2 == null) {
            manager2 = Browser.english();
            manager2.openAs("manager.2", "/tenant-web/");
        }
        return manager2;
    }

    private static List<String> steps(Browser browser) {
        return browser.driver().findElements(By.cssSelector("tr.sn-history-row .sn-history-step")).stream().map(WebElement::getText).toList();
    }

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(32, 32, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
