package com.servicenet.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mystery shopper in network-admin, in headless Chromium: their own assignments only, the visit form on a
 * phone-sized screen with a photo, one submission (a stale second tab is refused), refused uploads that store
 * nothing, and 403 on every other page of network-admin. Every test makes its own template and assignments.
 */
class ShopperScreensIT {

    private static final String SHOPPER = "shopper";
    private static final int PHONE_WIDTH = 390;

    private static Browser shopper;

    @AfterAll
    static void tearDown() {
        if (shopper != null) {
            shopper.close();
        }
    }

    @Test
    void theShopperSeesOnlyTheirOwnAssignmentsAndAnotherShoppersIsUnknown() throws Exception {
        String u = Fixtures.unique();
        AuditFixtures.Template template = AuditFixtures.template("MYSTERY_SHOP", "IT-MS-" + u);
        long own = AuditFixtures.assignment(3, template, "MYSTERY_SHOP", SHOPPER, "Own brief " + u);
        long others = AuditFixtures.assignment(6, template, "MYSTERY_SHOP", "shopper.gz", "Other brief " + u);

        Browser browser = shopper();
        browser.open("/network-admin/visits/assignments.xhtml");
        WebElement card = browser.until(d -> d.findElement(By.cssSelector("section.sn-assignment[data-audit='" + own + "']")));
        List<Object> outlet = Fixtures.query("SELECT legal_name, address FROM outlet WHERE id = 3").get(0);
        assertEquals(outlet.get(0), card.findElement(By.cssSelector(".sn-assignment-outlet")).getText());
        assertEquals(outlet.get(1), card.findElement(By.cssSelector(".sn-assignment-address")).getText());
        assertEquals("Own brief " + u, card.findElement(By.cssSelector(".sn-assignment-brief")).getText());
        assertEquals("Planned", card.findElement(By.cssSelector(".sn-assignment-status")).getText());
        assertTrue(card.findElement(By.cssSelector(".sn-assignment-window")).getText().matches("\\d{4}-\\d\\d-\\d\\d – \\d{4}-\\d\\d-\\d\\d"));
        assertFalse(browser.present("section.sn-assignment[data-audit='" + others + "']"), "another shopper's assignment is listed");
        String page = browser.driver().getPageSource();
        assertFalse(page.contains("Other brief " + u));
        assertFalse(page.contains("SH-") || page.contains("Score") || page.contains("score"), "no outlet code, no score");
        // every listed assignment is the caller's own
        for (WebElement listed : browser.driver().findElements(By.cssSelector("section.sn-assignment"))) {
            assertEquals(SHOPPER, Fixtures.single("SELECT assignee FROM audit WHERE id = ?", Long.valueOf(listed.getAttribute("data-audit"))));
        }

        browser.open("/network-admin/visits/visit.xhtml?id=" + others);
        assertEquals("Page not found", browser.text("error-title"));
        assertEquals(404, browser.status("/network-admin/visits/visit.xhtml?id=" + others));
        assertEquals(404, browser.status("/network-admin/visits/visit.xhtml?id=abc"));
        assertEquals(200, browser.status("/network-admin/visits/visit.xhtml?id=" + own));
    }

    @Test
    void theShopperFillsAndSubmitsFromAPhoneWithAPhotoAndAStaleSecondTabIsRefused() throws Exception {
        String u = Fixtures.unique();
        AuditFixtures.Template template = AuditFixtures.template("MYSTERY_SHOP", "IT-MS-" + u);
        long audit = AuditFixtures.assignment(3, template, "MYSTERY_SHOP", SHOPPER, "Phone brief " + u);
        Path photo = png("shop-front-" + u + ".png", Color.ORANGE);

        try (Browser phone = Browser.english()) {
            phone.openAs(SHOPPER, "/network-admin/visits/visit.xhtml?id=" + audit);
            // a second tab with the same form, left open: it will try to submit again later
            String first = phone.driver().getWindowHandle();
            phone.driver().switchTo().newWindow(WindowType.TAB);
            String stale = phone.driver().getWindowHandle();
            phone.open("/network-admin/visits/visit.xhtml?id=" + audit);
            phone.text("visit-outlet");
            phone.driver().switchTo().window(first);

            phone.phone(PHONE_WIDTH, 844);
            phone.open("/network-admin/visits/visit.xhtml?id=" + audit);
            assertEquals(Fixtures.single("SELECT legal_name FROM outlet WHERE id = 3"), phone.text("visit-outlet"));
            assertEquals("Phone brief " + u, phone.text("visit-brief"));
            assertEquals(PHONE_WIDTH, ((Number) phone.script("return window.innerWidth;")).intValue());
            assertFalse(phone.scrollsSideways(), "the form scrolls sideways on a phone");

            choose(phone, "yes-" + template.q("polite"), "true");
            choose(phone, "scale-" + template.q("explained"), "4");
            choose(phone, "yes-" + template.q("priced"), "false");
            phone.driver().findElement(By.id("visit-form:comment-" + template.q("priced"))).sendKeys("收了上门费 50 元");
            phone.driver().findElement(By.id("visit-form:number-" + template.q("waited"))).sendKeys("12");
            phone.driver().findElement(By.id("visit-form:text-" + template.q("story"))).sendKeys("预约顺利，技术员准时到达。");
            upload(phone, "photo-" + template.q("photo"), photo);
            phone.until(d -> d.findElements(By.cssSelector("[id='visit-form:photos-" + template.q("photo") + "'] .sn-file")).size() == 1);
            assertTrue(phone.text("visit-form:photo-" + template.q("photo") + "-message").contains("Attached shop-front-" + u + ".png"));
            assertFalse(phone.scrollsSideways(), "the form scrolls sideways after an upload");
            phone.screenshot("visit-phone-filled");

            phone.click("visit-form:save-draft");
            phone.settle();
            assertEquals("Draft saved.", phone.text("visit-form:visit-messages"));
            assertEquals("IN_PROGRESS", Fixtures.single("SELECT status FROM audit WHERE id = ?", audit));

            phone.click("visit-form:submit");
            phone.click("confirm-yes");
            phone.until(d -> !d.findElements(By.id("visit-submitted")).isEmpty());
            assertTrue(phone.text("visit-submitted").startsWith("Submitted:"));
            assertEquals("Submitted", phone.text("visit-status"));
            assertFalse(phone.present("[id='visit-form:submit']"), "a submitted report offers no submit");
            assertFalse(phone.present("[id='visit-form:save-draft']"));
            assertFalse(phone.present("input[type=file]"), "a submitted report takes no more files");
            assertEquals("true", phone.driver().findElement(By.id("visit-form:comment-" + template.q("priced"))).getAttribute("disabled"));
            assertFalse(phone.scrollsSideways());
            phone.screenshot("visit-phone-submitted");

            // the visit day is the business day in China; PostgreSQL's current_date is UTC's and differs after 16:00 UTC
            List<Object> row = Fixtures.query("SELECT status, score, band, visited_on = (now() AT TIME ZONE 'Asia/Shanghai')::date, submitted_at, critical_failed "
                    + "FROM audit WHERE id = ?", audit).get(0);
            assertEquals("SUBMITTED", row.get(0));
            assertNotNull(row.get(1), "scored on submission");
            // reception: yes (2 of 2) and 4 on 1–5 (1.5 of 2) = 87.5; charges: "no" to a critical question = 0;
            // 60/40 weights give 52.5, and a failed critical question caps the score at the template's 49
            assertEquals(0, new java.math.BigDecimal("49.00").compareTo((java.math.BigDecimal) row.get(1)), "score " + row.get(1));
            assertEquals("FAILING", row.get(2));
            assertEquals(Boolean.TRUE, row.get(3));
            assertEquals(Boolean.TRUE, row.get(5));
            assertEquals(1L, Fixtures.single("SELECT count(*) FROM finding WHERE audit_id = ? AND question_id = ?", audit, template.q("priced")));
            assertEquals("收了上门费 50 元", Fixtures.single("SELECT comment FROM audit_answer WHERE audit_id = ? AND question_id = ?",
                    audit, template.q("priced")));
            List<Object> stored = Fixtures.query("SELECT a.purpose, a.media_type, a.byte_size, a.file_name, a.question_id, c.bytes, a.uploaded_by "
                    + "FROM attachment a JOIN attachment_content c ON c.attachment_id = a.id WHERE a.audit_id = ?", audit).get(0);
            assertEquals("PHOTO", stored.get(0));
            assertEquals("image/png", stored.get(1));
            assertEquals((int) Files.size(photo), stored.get(2));
            assertEquals("shop-front-" + u + ".png", stored.get(3));
            assertEquals(template.q("photo"), ((Number) stored.get(4)).longValue());
            assertArrayEquals(Files.readAllBytes(photo), (byte[]) stored.get(5));
            assertEquals(SHOPPER, stored.get(6));

            // the stale tab still shows the open form: its submission is refused, and nothing changes
            Object submittedAt = Fixtures.single("SELECT submitted_at FROM audit WHERE id = ?", audit);
            long answers = (Long) Fixtures.single("SELECT count(*) FROM audit_answer WHERE audit_id = ?", audit);
            phone.driver().switchTo().window(stale);
            choose(phone, "yes-" + template.q("polite"), "false");
            phone.click("visit-form:submit");
            phone.click("confirm-yes");
            phone.settle();
            phone.untilText("visit-form:visit-messages", t -> t.contains("already been submitted"));
            assertTrue(phone.text("visit-form:visit-messages").contains("has already been submitted; a report is submitted once."));
            phone.screenshot("visit-second-submission");
            assertEquals(submittedAt, Fixtures.single("SELECT submitted_at FROM audit WHERE id = ?", audit));
            assertEquals(answers, Fixtures.single("SELECT count(*) FROM audit_answer WHERE audit_id = ?", audit));
            assertEquals(Boolean.TRUE, Fixtures.single("SELECT yes FROM audit_answer WHERE audit_id = ? AND question_id = ?", audit, template.q("polite")));
            assertEquals(0, new java.math.BigDecimal("49.00").compareTo((java.math.BigDecimal) Fixtures.single("SELECT score FROM audit WHERE id = ?", audit)));
            // a draft from the stale tab is refused as well
            phone.click("visit-form:save-draft");
            phone.settle();
            assertTrue(phone.text("visit-form:visit-messages").contains("already been submitted"));
            assertEquals(Boolean.TRUE, Fixtures.single("SELECT yes FROM audit_answer WHERE audit_id = ? AND question_id = ?", audit, template.q("polite")));
        }
    }

    @Test
    void aSubmissionWithoutThePhotoIsRefusedAtTheQuestion() throws Exception {
        String u = Fixtures.unique();
        AuditFixtures.Template template = AuditFixtures.template("MYSTERY_SHOP", "IT-MS-" + u);
        long audit = AuditFixtures.assignment(3, template, "MYSTERY_SHOP", SHOPPER, "Brief " + u);
        Browser browser = shopper();
        browser.open("/network-admin/visits/visit.xhtml?id=" + audit);
        choose(browser, "yes-" + template.q("polite"), "true");
        choose(browser, "scale-" + template.q("explained"), "5");
        browser.driver().findElement(By.cssSelector("[id='visit-form:na-" + template.q("priced") + "'] .ui-chkbox-box")).click();
        browser.driver().findElement(By.cssSelector("[id='visit-form:na-" + template.q("waited") + "'] .ui-chkbox-box")).click();
        browser.click("visit-form:submit");
        browser.click("confirm-yes");
        browser.settle();
        String error = browser.until(d -> d.findElement(By.cssSelector("#question-" + template.q("photo") + " .sn-question-error"))).getText();
        assertEquals("“店面照片” needs a photo.", error);
        assertEquals("PLANNED", Fixtures.single("SELECT status FROM audit WHERE id = ?", audit));
        assertEquals(0L, Fixtures.single("SELECT count(*) FROM audit_answer WHERE audit_id = ?", audit), "a refused submission writes nothing");
    }

    @Test
    void refusedUploadsShowTheReasonAndStoreNothing() throws Exception {
        String u = Fixtures.unique();
        AuditFixtures.Template template = AuditFixtures.template("MYSTERY_SHOP", "IT-MS-" + u);
        long audit = AuditFixtures.assignment(3, template, "MYSTERY_SHOP", SHOPPER, "Brief " + u);
        String photoUpload = "photo-" + template.q("photo");
        String message = "visit-form:" + photoUpload + "-message";

        Browser browser = shopper();
        browser.open("/network-admin/visits/visit.xhtml?id=" + audit);

        // 20 MB that start like a PNG: too large, by the bytes received
        Path large = Files.createTempDirectory("servicenet-upload-").resolve("large-" + u + ".png");
        byte[] big = new byte[20 * 1024 * 1024];
        System.arraycopy(Files.readAllBytes(png("x.png", Color.RED)), 0, big, 0, 8);
        Files.write(large, big);
        upload(browser, photoUpload, large);
        browser.untilText(message, t -> t.contains("larger than 10 MB"));
        assertEquals("The file is larger than 10 MB.", browser.text(message));

        // text named .jpg: the content decides, not the name
        Path fake = Files.createTempDirectory("servicenet-upload-").resolve("receipt-" + u + ".jpg");
        Files.writeString(fake, "this is not a picture, only text with a picture's name", UTF_8);
        upload(browser, photoUpload, fake);
        browser.untilText(message, t -> t.contains("not a JPEG"));
        assertEquals("The file is not a JPEG, PNG or WebP image.", browser.text(message));

        // names with a path: a file input never sends one, so the test puts such a file into the input itself
        // (DataTransfer), and the page's own uploader sends it under that name. PrimeFaces refuses a separator
        // before the upload reaches the application (worded as the rules word it: faces message bundle);
        // Upload refuses the rest, e.g. a hidden file's name or ".." without a separator
        byte[] real = Files.readAllBytes(png("real.png", Color.BLUE));
        String refused = "The file name may hold letters, digits, spaces, dots, hyphens and brackets, and no path.";
        for (String name : List.of("../../etc/" + u + ".png", "..\\..\\" + u + ".png", ".htaccess.png", "..." + u + ".png")) {
            // each refusal must be a new answer: the message of the last one goes first
            browser.script("document.getElementById(arguments[0]).textContent = '';", message);
            drop(browser, photoUpload, real, name);
            assertEquals(refused, browser.untilText(message, t -> !t.isEmpty()), name);
        }
        browser.screenshot("visit-upload-refused");

        assertEquals(0L, Fixtures.single("SELECT count(*) FROM attachment WHERE audit_id = ?", audit), "nothing stored");
        assertEquals(0, browser.driver().findElements(By.cssSelector("[id='visit-form:photos-" + template.q("photo") + "'] .sn-file")).size());
        // the same real picture under a proper name is taken: the refusals were about the files, not the form
        drop(browser, photoUpload, real, "front (1).png");
        browser.until(d -> d.findElements(By.cssSelector("[id='visit-form:photos-" + template.q("photo") + "'] .sn-file")).size() == 1);
        assertArrayEquals(real, (byte[]) Fixtures.single("SELECT c.bytes FROM attachment a JOIN attachment_content c ON c.attachment_id = a.id "
                + "WHERE a.audit_id = ? AND a.file_name = 'front (1).png'", audit));
    }

    @Test
    void aShopperIsForbiddenOnEveryOtherPageAndLandsOnTheirAssignments() {
        Browser browser = shopper();
        browser.open("/network-admin/");
        browser.until(d -> d.getCurrentUrl().endsWith("/network-admin/visits/assignments.xhtml"));
        assertEquals("My visits", browser.text("assignments-title"));
        assertTrue(browser.present("#nav-visits"));
        for (String hq : List.of("nav-home", "nav-outlets", "nav-regions", "nav-coverage", "nav-repairs", "nav-courses", "nav-price-lists")) {
            assertFalse(browser.present("#" + hq), hq + " offered to a shopper");
        }
        List<String> pages = List.of("outlets.xhtml", "outlet.xhtml?id=1", "regions.xhtml", "coverage.xhtml", "repairs.xhtml",
                "repair.xhtml?id=1", "repeats.xhtml", "price-lists.xhtml", "price-list.xhtml?id=1", "warranty.xhtml", "courses.xhtml",
                "sessions.xhtml", "session.xhtml?id=1", "requests.xhtml", "certifications.xhtml", "certificate.xhtml?id=1",
                "compliance.xhtml", "expiring.xhtml",
                // HQ's audit screens, wherever they end up: the constraint answers before any page exists
                "audits.xhtml", "audit.xhtml?id=1", "audit-templates.xhtml", "audit-calendar.xhtml", "corrective-actions.xhtml",
                "replacement-candidates.xhtml", "audits/audits.xhtml", "audits/audit.xhtml?id=1", "audits/audit-templates.xhtml",
                "audits/audit-calendar.xhtml", "audits/corrective-actions.xhtml", "audits/replacement-candidates.xhtml",
                "no-such-page.xhtml", "WEB-INF/web.xml");
        for (String page : pages) {
            int status = browser.status("/network-admin/" + page);
            assertTrue(status == 403 || (page.startsWith("WEB-INF") && status == 404), page + " answered " + status);
        }
        browser.open("/network-admin/outlets.xhtml");
        assertEquals("Access denied", browser.text("error-title"));
        assertTrue(browser.present("#nav-visits"), "the 403 page offers the shopper their own link");
        // what they need does answer
        assertEquals(200, browser.status("/network-admin/visits/assignments.xhtml"));
        assertEquals(302, browser.status("/network-admin/index.xhtml"), "the home page sends a shopper on");
        assertEquals(302, browser.status("/network-admin/"));
    }

    @Test
    void hqKeepsItsPagesAndAnOutletUserStaysOut() {
        try (Browser hq = Browser.english()) {
            hq.openAs("hq.admin", "/network-admin/");
            assertEquals("hq.admin", hq.text("home-caller"));
            for (String page : List.of("outlets.xhtml", "regions.xhtml", "courses.xhtml", "repairs.xhtml", "visits/assignments.xhtml")) {
                assertEquals(200, hq.status("/network-admin/" + page), page);
            }
            assertFalse(hq.present("#nav-visits"), "a network admin does no fieldwork");
        }
        try (Browser outlet = Browser.english()) {
            outlet.open("/network-admin/visits/assignments.xhtml").logInAs("tech.1");
            outlet.until(d -> d.getCurrentUrl().startsWith(Platform.URL));
            assertEquals("Access denied", outlet.text("error-title"));
            assertEquals(403, outlet.status("/network-admin/visits/assignments.xhtml"));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static synchronized Browser shopper() {
        if (shopper == null) {
            shopper = Browser.english();
            shopper.openAs(SHOPPER, "/network-admin/visits/assignments.xhtml");
        }
        return shopper;
    }

    /** Presses the button of a PrimeFaces select-one-button that carries this value. */
    @Test
    void theVisitsAndTheOutletsResultsSpeakChinese() throws Exception {
        String u = Fixtures.unique();
        AuditFixtures.Template template = AuditFixtures.template("MYSTERY_SHOP", "IT-ZH-" + u);
        long audit = AuditFixtures.assignment(3, template, "MYSTERY_SHOP", SHOPPER, "中文说明 " + u);
        try (Browser simplified = Browser.speaking("zh-CN")) {
            simplified.openAs(SHOPPER, "/network-admin/visits/assignments.xhtml");
            assertEquals("我的走访", simplified.text("assignments-title"));
            simplified.open("/network-admin/visits/visit.xhtml?id=" + audit);
            assertEquals("已计划", simplified.text("visit-status"));
            assertEquals("保存草稿", simplified.text("visit-form:save-draft"));
            assertEquals("提交报告", simplified.text("visit-form:submit"));
        }
        try (Browser traditional = Browser.speaking("zh-TW")) {
            traditional.openAs(SHOPPER, "/network-admin/visits/visit.xhtml?id=" + audit);
            assertEquals("儲存草稿", traditional.text("visit-form:save-draft"));
            traditional.open("/network-admin/visits/assignments.xhtml");
            assertEquals("我的走訪", traditional.text("assignments-title"));
        }
        try (Browser outlet = Browser.speaking("zh-TW")) {
            outlet.openAs("manager.1", "/tenant-web/audits.xhtml");
            assertEquals("檢查結果", outlet.text("results-title"));
        }
        try (Browser hq = Browser.speaking("zh-CN")) {
            hq.openAs("hq.auditor", "/network-admin/audit-templates.xhtml");
            assertEquals("检查表", hq.text("templates-title"));
        }
    }

    private static void choose(Browser browser, String id, String value) {
        browser.until(d -> d.findElement(By.xpath("//*[@id='visit-form:" + id + "']//input[@value='" + value + "']/.."))).click();
        browser.settle();
    }

    private static WebElement fileInput(Browser browser, String id) {
        return browser.driver().findElement(By.cssSelector("[id='visit-form:" + id + "'] input[type=file]"));
    }

    /** Puts a file of these bytes and this name into the upload's input, as dropping it would, and lets it upload. */
    private static void drop(Browser browser, String id, byte[] bytes, String name) {
        browser.script("const input = arguments[0]; const bytes = Uint8Array.from(atob(arguments[1]), c => c.charCodeAt(0));"
                        + "const files = new DataTransfer(); files.items.add(new File([bytes], arguments[2], {type: 'image/png'}));"
                        + "input.files = files.files; input.dispatchEvent(new Event('change', {bubbles: true}));",
                fileInput(browser, id), Base64.getEncoder().encodeToString(bytes), name);
    }

    /** Chooses a file in a PrimeFaces upload the way a file dialog does; auto upload sends it at once. */
    private static void upload(Browser browser, String id, Path file) {
        browser.driver().findElement(By.cssSelector("[id='visit-form:" + id + "']")).getText();
        fileInput(browser, id).sendKeys(file.toAbsolutePath().toString());
    }

    /** A real, small PNG drawn here. */
    private static Path png(String name, Color color) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.BLACK);
        g.drawString("SN", 20, 28);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        Path file = Files.createTempDirectory("servicenet-photo-").resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
