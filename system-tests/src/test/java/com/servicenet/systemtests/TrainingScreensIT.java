package com.servicenet.systemtests;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training and certification in the browser: HQ's trainer keeps the catalogue, plans a session, enrols technicians
 * of two outlets and records their results in one save; the outlets see their own technicians and certificates
 * only; the certificate's QR code leads to the public verification, which needs no login and answers forged,
 * unknown and malformed codes alike; an outlet manager asks for a seat and HQ approves it; mystery shoppers are
 * kept out. One browser per user for the whole class: a login costs seconds.
 */
class TrainingScreensIT {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String OUTLET_1 = "SH-PD-01";
    private static final String OUTLET_2 = "SH-XH-01";
    private static final String NOT_FOUND = "No such certificate";

    private static Browser trainer;
    private static Browser manager1;
    private static final List<Long> FIXTURE_TECHNICIANS = new ArrayList<>();

    @AfterAll
    static void tearDown() throws Exception {
        for (Browser browser : new Browser[] {trainer, manager1}) {
            if (browser != null) {
                browser.close();
            }
        }
        // the fixture technicians leave their outlets again, so that the outlets' compliance stays as the demo has it
        for (long id : FIXTURE_TECHNICIANS) {
            Fixtures.update("UPDATE technician SET active = false WHERE id = ?", id);
        }
    }

    @Test
    void hqCertifiesInBulkAndOnlyTheOutletOfTheHolderSeesTheCertificateWhoseQrCodeVerifiesInPublic() throws Exception {
        String u = Fixtures.unique();
        String course = "IT-TV-" + u;
        String passer = "测试甲" + u;
        String failer = "测试乙" + u;
        long passerId = technician(1, "TA" + u, passer);
        long failerId = technician(2, "TB" + u, failer);

        Browser hq = trainer();
        // the catalogue: a new course for televisions
        hq.open("/network-admin/courses.xhtml");
        hq.click("courses-form:new-course");
        hq.settle();
        hq.until(d -> d.findElement(By.id("course-dialog")).isDisplayed());
        hq.driver().findElement(By.id("course-form:course-code")).sendKeys(course.toLowerCase());
        hq.driver().findElement(By.id("course-form:course-name-en")).sendKeys("IT television repair " + u);
        hq.driver().findElement(By.id("course-form:course-name-zh-cn")).sendKeys("测试电视维修" + u);
        hq.driver().findElement(By.id("course-form:course-name-zh-tw")).sendKeys("測試電視維修" + u);
        hq.script("document.querySelector(\"input[name='course-form:course-categories'][value='TELEVISION']\").click()");
        hq.click("course-form:course-save");
        hq.settle();
        hq.until(d -> !d.findElements(By.cssSelector("tr.sn-course-" + course)).isEmpty());
        hq.screenshot("training-courses");
        assertEquals(List.of(List.of("PRODUCT", 24, 70, "TELEVISION", "hq.trainer")), Fixtures.query(
                "SELECT c.kind, c.validity_months, c.pass_mark, k.category, c.created_by FROM course c "
                        + "JOIN course_category k ON k.course_id = c.id WHERE c.code = ?", course),
                "the code is stored upper-case, with the defaults of the form");
        long courseId = (Long) Fixtures.single("SELECT id FROM course WHERE code = ?", course);

        // a session held yesterday, planned now, so that its results can be entered
        LocalDate yesterday = LocalDate.now(BUSINESS_ZONE).minusDays(1);
        hq.open("/network-admin/sessions.xhtml");
        hq.click("sessions-form:plan-session");
        hq.until(d -> d.findElement(By.id("plan-dialog")).isDisplayed());
        hq.script("PF('planCourse').selectValue(arguments[0])", String.valueOf(courseId));
        hq.driver().findElement(By.id("plan-form:plan-starts_input")).sendKeys(yesterday + " 09:00");
        hq.driver().findElement(By.id("plan-form:plan-ends_input")).sendKeys(yesterday + " 17:00");
        hq.driver().findElement(By.id("plan-form:plan-place")).sendKeys("上海培训中心 IT " + u);
        WebElement capacity = hq.driver().findElement(By.id("plan-form:plan-capacity_input"));
        capacity.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "5");
        hq.click("plan-form:plan-save");
        hq.until(d -> d.getCurrentUrl().contains("session.xhtml?id="));
        long session = Long.parseLong(hq.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertEquals(List.of(List.of(courseId, 5, "hq.trainer", "PLANNED")),
                Fixtures.query("SELECT course_id, capacity, trainer, status FROM training_session WHERE id = ?", session));

        // two technicians of two outlets
        enrol(hq, OUTLET_1, passerId);
        enrol(hq, OUTLET_2, failerId);
        assertEquals("2 taken, 3 free (of 5)", hq.text("session-form:session-seats"));
        assertEquals(2, Fixtures.single("SELECT seats_taken FROM training_session WHERE id = ?", session), "the database counts the seats");

        // the whole result sheet in one save: one passes, the other attends and fails
        result(hq, passer, true, "86");
        result(hq, failer, true, "41");
        hq.click("results-form:save-results");
        hq.settle();
        hq.until(d -> d.findElements(By.cssSelector("#issued-list li.sn-issued")).size() == 1);
        hq.screenshot("training-session-results");
        assertEquals(passer, hq.driver().findElement(By.cssSelector("#issued-list .sn-issued-holder")).getText());
        assertEquals(List.of(List.of(passer, true, 86), List.of(failer, true, 41)), Fixtures.query(
                "SELECT p.name, e.attended, e.score FROM enrolment e JOIN person p ON p.id = e.person_id "
                        + "WHERE e.session_id = ? ORDER BY e.score DESC", session));
        List<List<Object>> certificates = Fixtures.query("SELECT c.id, c.number, c.code, p.name FROM certification c "
                + "JOIN enrolment e ON e.id = c.enrolment_id JOIN person p ON p.id = c.person_id WHERE e.session_id = ?", session);
        assertEquals(1, certificates.size(), "only the attended pass is certified: " + certificates);
        long certificate = (Long) certificates.get(0).get(0);
        String number = (String) certificates.get(0).get(1);
        String code = (String) certificates.get(0).get(2);
        assertEquals(passer, certificates.get(0).get(3));
        assertEquals("COMPLETED", Fixtures.single("SELECT status FROM training_session WHERE id = ?", session));

        // HQ's certificate page: the printable card with its QR code
        hq.driver().findElement(By.cssSelector("#issued-list a.sn-issued-link")).click();
        hq.until(d -> d.getCurrentUrl().contains("certificate.xhtml?id=" + certificate));
        assertEquals(number, hq.text("certificate-number"));
        assertEquals(passer, hq.text("certificate-holder"));
        assertEquals("Televisions", hq.text("certificate-categories"));
        String url = qrUrl(hq);
        assertEquals(Platform.URL + "/tenant-web/verify.xhtml?code=" + code, url);
        assertTrue(hq.text("history-table").contains("Issued"));
        hq.screenshot("training-certificate-hq");

        // outlet 1 sees its technician with the new certificate, and the same QR code
        Browser outlet1 = manager1();
        outlet1.open("/tenant-web/technicians.xhtml");
        WebElement row = technicianRow(outlet1, passer);
        assertTrue(row.getText().contains(number) && row.getText().contains("Televisions"), row.getText());
        outlet1.screenshot("training-technicians-outlet1");
        row.findElement(By.cssSelector("a.sn-certificate-link")).click();
        outlet1.until(d -> d.getCurrentUrl().contains("certificate.xhtml?id=" + certificate));
        assertEquals(url, qrUrl(outlet1));
        outlet1.screenshot("training-certificate-outlet1");
        assertFalse(outlet1.driver().getPageSource().contains(failer), "outlet 1 does not see outlet 2's technician");

        // outlet 2 sees neither outlet 1's technician nor the certificate, and its id answers 404
        try (Browser outlet2 = Browser.english()) {
            outlet2.openAs("manager.2", "/tenant-web/technicians.xhtml");
            assertTrue(technicianRow(outlet2, failer).getText().contains("No valid certificate"));
            String page = outlet2.driver().getPageSource();
            assertFalse(page.contains(passer) || page.contains(number), "outlet 2 sees nothing of outlet 1's technician");
            outlet2.open("/tenant-web/certificate.xhtml?id=" + certificate);
            assertEquals("Page not found", outlet2.text("error-title"));
            assertFalse(outlet2.driver().getPageSource().contains(number));
        }

        // the QR code's URL, opened by anybody: no login, valid, with the holder's name, the outlet and the categories
        String legalName1 = (String) Fixtures.single("SELECT legal_name FROM outlet WHERE code = ?", OUTLET_1);
        String forged = code.substring(0, 19) + (code.charAt(19) == 'A' ? 'B' : 'A');
        try (Browser anybody = Browser.english()) {
            anybody.driver().get(url);
            assertTrue(anybody.driver().getCurrentUrl().startsWith(Platform.URL + "/tenant-web/verify.xhtml"),
                    "no login: " + anybody.driver().getCurrentUrl());
            assertEquals("Valid certificate", anybody.text("verdict-state"));
            assertEquals(passer, anybody.text("verdict-holder"));
            assertEquals(legalName1, anybody.text("verdict-outlet"));
            assertEquals("Televisions", anybody.text("verdict-categories"));
            String verdict = anybody.text("verdict");
            assertFalse(verdict.contains(number) || verdict.contains(course), "nothing beyond name, outlet and categories: " + verdict);
            anybody.screenshot("training-verify-valid");

            String unknownText = verdictOf(anybody, "0000000000000000000Z");
            assertTrue(unknownText.startsWith(NOT_FOUND), unknownText);
            assertEquals(unknownText, verdictOf(anybody, forged), "a forged code reads exactly like an unknown one");
            assertEquals(unknownText, verdictOf(anybody, "not a code"), "and so does a malformed one");
            assertFalse(anybody.present("#username"), "never the login form");

            // HQ revokes it with a reason; the public check says so
            hq.click("revoke");
            hq.until(d -> d.findElement(By.id("revoke-dialog")).isDisplayed());
            hq.driver().findElement(By.id("revoke-form:revoke-reason")).sendKeys("IT: 考试作弊");
            hq.click("revoke-form:revoke-save");
            hq.until(d -> !d.findElements(By.id("certificate-revoke-reason")).isEmpty());
            assertEquals("Revoked", hq.text("certificate-state"));
            assertTrue(hq.text("history-table").contains("IT: 考试作弊"));
            anybody.driver().get(url);
            assertEquals("Revoked certificate", anybody.text("verdict-state"));
            assertEquals(passer, anybody.text("verdict-holder"));
        }
    }

    @Test
    void theVerificationPageSpeaksTheReadersLanguageWithoutLogin() throws Exception {
        String code = (String) Fixtures.single("SELECT c.code FROM certification c JOIN technician t ON t.person_id = c.person_id "
                + "AND t.active WHERE c.status = 'VALID' AND c.expires_on > current_date + 1 ORDER BY c.id LIMIT 1");
        assertNotNull(code, "the demo data has valid certificates");
        try (Browser traditional = Browser.speaking("zh-TW")) {
            traditional.open("/tenant-web/verify.xhtml?code=" + code.toLowerCase());
            assertEquals("證書有效", traditional.text("verdict-state"), "codes are read case-insensitively");
            traditional.open("/tenant-web/verify.xhtml?code=XYZ");
            assertEquals("查無此證書", traditional.text("verdict-state"));
            traditional.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            traditional.open("/tenant-web/verify.xhtml?code=" + code);
            traditional.screenshot("training-verify-390-zh-TW");
            Number width = (Number) traditional.script("return document.documentElement.scrollWidth");
            assertTrue(width.intValue() <= 390, "no sideways scrolling on a phone: " + width);
        }
        try (Browser simplified = Browser.speaking("zh-CN")) {
            simplified.open("/tenant-web/verify.xhtml");
            assertFalse(simplified.present("#verdict"), "no code, no verdict");
            simplified.driver().findElement(By.id("code")).sendKeys(code);
            simplified.click("verify");
            assertEquals("证书有效", simplified.text("verdict-state"));
        }
    }

    @Test
    void theVerificationIsRateLimitedPerClientAddress() throws Exception {
        // an address of its own on the loopback network, so that this test's bucket is nobody else's
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "127." + random.nextInt(1, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(1, 250);
        int ok = 0;
        String[] refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            String[] answer = get(address, "/tenant-web/verify.xhtml?code=0000000000000000000Z", "zh-CN");
            if (answer[0].contains(" 200 ")) {
                ok++;
            } else {
                refused = answer;
            }
        }
        assertNotNull(refused, "40 checks at once from one address are not all answered");
        assertTrue(ok >= 5 && ok <= 15, "a small burst passes first: " + ok);
        assertTrue(refused[0].contains(" 429 "), refused[0]);
        assertTrue(refused[0].matches("(?s).*\\r\\nRetry-After: [1-9][0-9]*\\r\\n.*"), refused[0]);
        assertTrue(refused[1].contains("核验次数过多"), refused[1]);
        String[] other = get(address.replaceFirst("\\.[0-9]+$", ".251"), "/tenant-web/verify.xhtml", "en");
        assertTrue(other[0].contains(" 200 "), "another address has its own bucket: " + other[0]);
    }

    @Test
    void anOutletManagerRequestsASeatAndHqApprovesIt() throws Exception {
        String u = Fixtures.unique();
        String name = "测试丙" + u;
        long technician = technician(1, "TC" + u, name);
        String place = "IT 申请 " + u;
        long session = (Long) Fixtures.single("INSERT INTO training_session (course_id, starts_at, ends_at, place, trainer, capacity, "
                + "created_by) SELECT id, now() + interval '30 days', now() + interval '30 days 8 hours', ?, 'hq.trainer', 3, 'fixture' "
                + "FROM course WHERE code = 'AC-REPAIR' RETURNING id", place);

        Browser outlet1 = manager1();
        outlet1.open("/tenant-web/training.xhtml");
        WebElement open = outlet1.driver().findElement(By.xpath("//tr[contains(@class,'sn-open-row')][contains(., '" + place + "')]"));
        open.findElement(By.cssSelector("[id$=':ask']")).click();
        outlet1.settle();
        outlet1.until(d -> d.findElement(By.id("request-dialog")).isDisplayed());
        outlet1.script("PF('requestTechnician').selectValue(arguments[0])", String.valueOf(technician));
        outlet1.click("request-form:request-save");
        outlet1.until(d -> !d.findElements(By.xpath("//tr[contains(@class,'sn-own-row')][contains(., '" + name + "')]")).isEmpty());
        outlet1.screenshot("training-request-outlet1");
        assertEquals("Waiting for HQ", ownStatus(outlet1, name));
        assertEquals(List.of(List.of("REQUESTED", "manager.1", 1L)), Fixtures.query(
                "SELECT status, requested_by, outlet_id FROM enrolment WHERE session_id = ? AND technician_id = ?", session, technician));
        assertEquals(0, Fixtures.single("SELECT seats_taken FROM training_session WHERE id = ?", session), "a request takes no seat");

        Browser hq = trainer();
        hq.open("/network-admin/requests.xhtml");
        WebElement request = hq.driver().findElement(By.xpath("//tr[contains(@class,'sn-request-row')][.//span[text()='" + name + "']]"));
        assertTrue(request.getText().contains(OUTLET_1), request.getText());
        hq.screenshot("training-requests-hq");
        request.findElement(By.cssSelector("[id$=':approve']")).click();
        hq.settle();
        hq.until(d -> d.findElements(By.xpath("//tr[contains(@class,'sn-request-row')][.//span[text()='" + name + "']]")).isEmpty());
        assertEquals(List.of(List.of("ENROLLED", "hq.trainer")), Fixtures.query(
                "SELECT status, decided_by FROM enrolment WHERE session_id = ? AND technician_id = ?", session, technician));
        assertEquals(1, Fixtures.single("SELECT seats_taken FROM training_session WHERE id = ?", session));

        outlet1.open("/tenant-web/training.xhtml");
        assertEquals("Enrolled", ownStatus(outlet1, name));
    }

    @Test
    void theComplianceListFiltersAndExportsAndOtherHqRolesOnlyRead() throws Exception {
        Browser hq = trainer();
        hq.open("/network-admin/compliance.xhtml");
        List<WebElement> all = hq.driver().findElements(By.cssSelector("tr.sn-compliance-row"));
        assertTrue(all.size() >= 2, "serving outlets are listed: " + all.size());
        assertTrue(hq.present("tr.sn-compliance-" + OUTLET_1));
        hq.driver().findElement(By.cssSelector("[id='compliance-form:below-only'] .ui-chkbox-box")).click();
        hq.settle();
        List<WebElement> below = hq.driver().findElements(By.cssSelector("tr.sn-compliance-row"));
        assertTrue(below.stream().allMatch(r -> r.getAttribute("class").contains("sn-below")), "only outlets below the threshold");
        hq.screenshot("training-compliance");
        hq.click("compliance-form:export-csv");
        String csv = Files.readString(hq.downloaded(".csv"), UTF_8);
        assertTrue(csv.contains("Technicians") && csv.contains("Compliance"), csv);

        hq.open("/network-admin/expiring.xhtml");
        hq.driver().findElement(By.xpath("//*[@id='expiring-form:filter-days']//div[contains(.,'90')]")).click();
        hq.click("expiring-form:search");
        hq.settle();
        assertTrue(hq.text("expiring-form:expiring-table").contains("WH-SAFETY"),
                "the demo's water-heater certificates expire within 90 days");

        try (Browser auditor = Browser.english()) {
            auditor.openAs("hq.auditor", "/network-admin/courses.xhtml");
            assertTrue(auditor.present("tr.sn-course-AC-REPAIR"), "every HQ role reads the catalogue");
            assertFalse(auditor.present("[id='courses-form:new-course']") || auditor.present("[id$=':retire-course']"));
            auditor.open("/network-admin/compliance.xhtml");
            assertFalse(auditor.present("[id='compliance-form:save-threshold']"));
        }
    }

    @Test
    void thePortalRefusesToMarkARepairRepairedByATechnicianWhoseCertificateExpired() throws Exception {
        String u = Fixtures.unique();
        long expired = technician(1, "G" + u, "过期证 " + u);
        TrainingFixtures.certification(expired, "AC-REPAIR", 800, -1);
        String ticket = "PG-" + u;
        long repair = Fixtures.repair(1, ticket, "DIAGNOSED");
        Browser outlet = manager1();
        outlet.open("/tenant-web/repair.xhtml?id=" + repair);
        outlet.until(d -> d.findElements(By.cssSelector(".sn-move-REPAIRED")).size() == 1);
        outlet.driver().findElement(By.cssSelector(".sn-move-REPAIRED")).click();
        outlet.settle();
        outlet.until(d -> d.findElement(By.id("move-dialog")).isDisplayed());
        new org.openqa.selenium.support.ui.Select(outlet.driver().findElement(By.id("move-form:move-technician"))).selectByValue("G" + u);
        outlet.driver().findElement(By.id("move-form:resolution")).sendKeys("更换运行电容");
        outlet.click("move-form:move-confirm");
        outlet.settle();
        outlet.until(d -> d.findElement(By.id("move-form:move-messages")).getText().contains("G" + u));
        String shown = outlet.driver().findElement(By.id("move-form:move-messages")).getText();
        assertTrue(shown.contains("holds no valid certification for air conditioner"), shown);
        assertEquals("DIAGNOSED", Fixtures.single("SELECT status FROM repair_order WHERE id = ?", repair), "nothing moved");
        assertEquals(null, Fixtures.single("SELECT technician_id FROM repair_order WHERE id = ?", repair), "nobody assigned");
    }

    @Test
    void aMysteryShopperIsKeptOutOfTheTrainingScreens() {
        try (Browser shopper = Browser.english()) {
            shopper.openAs("shopper", "/network-admin/");
            assertFalse(shopper.present("#nav-courses"), "the nav offers no training screens");
            for (String page : List.of("courses.xhtml", "sessions.xhtml", "session.xhtml?id=1", "requests.xhtml",
                    "certifications.xhtml", "certificate.xhtml?id=1", "compliance.xhtml", "expiring.xhtml")) {
                shopper.open("/network-admin/" + page);
                assertEquals("Access denied", shopper.text("error-title"), page);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static synchronized Browser trainer() {
        if (trainer == null) {
            trainer = Browser.english();
            trainer.openAs("hq.trainer", "/network-admin/");
        }
        return trainer;
    }

    private static synchronized Browser manager1() {
        if (manager1 == null) {
            manager1 = Browser.english();
            manager1.openAs("manager.1", "/tenant-web/");
        }
        return manager1;
    }

    private static long technician(long outlet, String code, String name) throws Exception {
        long id = Fixtures.technician(outlet, code, name);
        FIXTURE_TECHNICIANS.add(id);
        return id;
    }

    private static void enrol(Browser hq, String outletCode, long technicianId) {
        int before = hq.driver().findElements(By.cssSelector("tr.sn-enrolment-row")).size();
        hq.driver().findElement(By.id("enrol-form:enrol-outlet_input")).clear();
        hq.autoComplete("enrol-form:enrol-outlet", outletCode);
        hq.until(d -> d.findElements(By.cssSelector("[id='enrol-form:enrol-technician_input'] option[value='" + technicianId + "']")).size() == 1);
        hq.script("PF('enrolTechnician').selectValue(arguments[0])", String.valueOf(technicianId));
        hq.click("enrol-form:enrol");
        hq.settle();
        hq.until(d -> d.findElements(By.cssSelector("tr.sn-enrolment-row")).size() == before + 1);
    }

    private static void result(Browser hq, String holder, boolean attended, String score) {
        WebElement row = hq.driver().findElement(By.xpath(
                "//tr[contains(@class,'sn-result-row')][.//span[@class='sn-result-holder' and text()='" + holder + "']]"));
        if (attended) {
            row.findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        WebElement input = row.findElement(By.cssSelector("input[id$=':score']"));
        input.clear();
        input.sendKeys(score);
    }

    private static WebElement technicianRow(Browser browser, String name) {
        return browser.driver().findElement(By.xpath(
                "//tr[contains(@class,'sn-technician-row')][.//td[@class='sn-technician-name' and text()='" + name + "']]"));
    }

    private static String ownStatus(Browser browser, String name) {
        return browser.driver().findElement(By.xpath("//tr[contains(@class,'sn-own-row')][contains(., '" + name + "')]"))
                .findElement(By.className("sn-own-status")).getText();
    }

    private static String verdictOf(Browser browser, String code) {
        browser.driver().get(Platform.URL + "/tenant-web/verify.xhtml?code=" + java.net.URLEncoder.encode(code, UTF_8));
        return browser.text("verdict");
    }

    /** The URL in the page's QR code: the PNG data URI of img#certificate-qr, decoded with zxing. */
    private static String qrUrl(Browser browser) throws Exception {
        String src = browser.driver().findElement(By.id("certificate-qr")).getAttribute("src");
        assertTrue(src.startsWith("data:image/png;base64,"), src.substring(0, Math.min(40, src.length())));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    /** A plain HTTP/1.1 GET sent from the given loopback address; returns the head and the body. */
    private static String[] get(String fromAddress, String path, String language) throws Exception {
        URI platform = URI.create(Platform.URL);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", platform.getPort()), 5000);
            socket.setSoTimeout(15000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + platform.getPort() + "\r\nAccept-Language: " + language
                    + "\r\nConnection: close\r\n\r\n").getBytes(UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), UTF_8);
            int split = response.indexOf("\r\n\r\n");
            return new String[] {response.substring(0, split + 2), response.substring(split + 4)};
        }
    }
}
