package com.servicenet.systemtests;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ's service-quality screens in the browser, with real Keycloak logins and the real database: a hotline
 * complaint recorded, taken up, the outlet asked (and answering through the API), resolved, with its history; a
 * callback whose customer is dissatisfied raises a complaint that the list shows; the scorecard shows the numbers
 * of the hand-computed month (QualityFixtures), the ranking lists the outlet and its CSV has it; the counter's QR
 * code decodes to the consumer page's URL; the dashboard is HQ's home; outlet users and mystery shoppers get 403
 * on every quality page. Every test makes its own data.
 */
class QualityScreensIT {

    private static Browser quality;

    @AfterAll
    static void tearDown() {
        if (quality != null) {
            quality.close();
        }
    }

    @Test
    void aHotlineComplaintIsTakenUpTheOutletAnswersAndHqResolvesItWithItsHistory() throws Exception {
        String suffix = Fixtures.unique();
        String outletCode = (String) Fixtures.single("SELECT code FROM outlet WHERE id = 1");
        String ticket = "HL-" + suffix;
        long repair = Fixtures.repair(1, ticket, "CLOSED");
        String marker = "IT 热线投诉 " + suffix;

        Browser hq = quality();
        hq.open("/network-admin/complaints.xhtml");
        hq.click("complaints-form:new-complaint");
        hq.until(d -> d.findElement(By.id("hotline-dialog")).isDisplayed());
        hq.autoComplete("hotline-form:hotline-outlet", outletCode);
        hq.retype("hotline-form:hotline-ticket", ticket);
        new Select(hq.driver().findElement(By.id("hotline-form:hotline-category"))).selectByValue("ATTITUDE");
        new Select(hq.driver().findElement(By.id("hotline-form:hotline-severity"))).selectByValue("HIGH");
        hq.retype("hotline-form:hotline-name", "韩梅梅");
        hq.retype("hotline-form:hotline-phone", "139 0000 0003");
        // no description yet: refused next to the field, nothing written
        hq.click("hotline-form:hotline-save");
        hq.settle();
        hq.until(d -> !d.findElement(By.id("hotline-form")).findElements(By.cssSelector(".ui-message-error")).isEmpty());
        assertTrue(hq.driver().findElement(By.id("hotline-dialog")).isDisplayed(), "the dialog stays open");
        assertEquals(0L, Fixtures.single("SELECT count(*) FROM complaint WHERE repair_id = ?", repair));
        hq.retype("hotline-form:hotline-description", marker);
        hq.click("hotline-form:hotline-save");
        hq.until(d -> d.getCurrentUrl().contains("complaint.xhtml"));
        long id = ((Number) Fixtures.single("SELECT id FROM complaint WHERE description = ?", marker)).longValue();
        assertEquals(List.of(1L, repair, "HOTLINE", "ATTITUDE", "HIGH", "RECEIVED", "hq.quality"),
                Fixtures.query("SELECT outlet_id, repair_id, source, category, severity, status, created_by FROM complaint WHERE id = ?", id).get(0));
        assertEquals(List.of("韩梅梅", "139 0000 0003"), Fixtures.query("SELECT name, phone FROM complaint_contact WHERE complaint_id = ?", id).get(0));
        assertTrue(hq.driver().getCurrentUrl().endsWith("id=" + id), hq.driver().getCurrentUrl());
        assertEquals("Received", hq.text("complaint-status"));
        assertEquals("High", hq.text("complaint-severity"));
        assertEquals(ticket, hq.text("complaint-ticket"));
        assertEquals("139 0000 0003", hq.text("complaint-phone"));

        // taken up with a note; then the outlet is asked
        hq.retype("complaint-form:action-text", "IT: 已致电网点经理核实");
        hq.click("complaint-form:investigate");
        hq.shows("complaint-status", "Investigating");
        assertEquals("INVESTIGATING", Fixtures.single("SELECT status FROM complaint WHERE id = ?", id));
        // resolving with no text is refused at the text and changes nothing
        hq.click("complaint-form:resolve");
        hq.settle();
        hq.until(d -> !d.findElement(By.id("complaint-form")).findElements(By.cssSelector(".ui-message-error")).isEmpty());
        assertEquals("INVESTIGATING", Fixtures.single("SELECT status FROM complaint WHERE id = ?", id));
        hq.retype("complaint-form:action-text", "请说明当时的接待情况");
        hq.click("complaint-form:ask");
        hq.until(d -> d.findElement(By.id("complaint-question")).getText().contains("请说明当时的接待情况"));
        assertTrue(hq.driver().getPageSource().contains("awaiting the outlet"));

        // the outlet answers through the API, as its manager
        HttpResponse<String> answered = Platform.post("complaints/" + id + "/response", Platform.userToken("manager.1"),
                "{\"text\":\"IT: 当班员工已培训并道歉\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        hq.open("/network-admin/complaint.xhtml?id=" + id);
        assertEquals("IT: 当班员工已培训并道歉", hq.text("complaint-response"));

        hq.retype("complaint-form:action-text", "IT: 网点已道歉，顾客接受");
        hq.click("complaint-form:resolve");
        hq.shows("complaint-status", "Resolved");
        assertEquals(List.of("RESOLVED", "IT: 网点已道歉，顾客接受", "hq.quality"),
                Fixtures.query("SELECT status, resolution, closed_by FROM complaint WHERE id = ?", id).get(0));
        assertFalse(hq.present("[id='complaint-form:resolve']"), "a closed complaint offers no actions");
        List<String> steps = hq.driver().findElements(By.cssSelector("#history-table tr.sn-history-row .sn-history-step")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Received", "Taken up", "Outlet asked", "Outlet responded", "Resolved"), steps);
        assertEquals(List.of("RECEIVED", "INVESTIGATING", "OUTLET_ASKED", "OUTLET_RESPONDED", "RESOLVED"),
                Fixtures.query("SELECT kind FROM complaint_event WHERE complaint_id = ? ORDER BY occurred_at, id", id).stream()
                        .map(r -> r.get(0)).toList());
        List<String> notes = hq.driver().findElements(By.cssSelector("#history-table tr.sn-history-row .sn-history-note")).stream()
                .map(WebElement::getText).toList();
        assertEquals("IT: 当班员工已培训并道歉", notes.get(3));
        hq.screenshot("quality-complaint");

        // in the list: resolved, not open
        hq.open("/network-admin/complaints.xhtml?open=true");
        assertFalse(hq.present("tr.sn-complaint-" + id), "a resolved complaint is not open");
        hq.open("/network-admin/complaints.xhtml");
        assertEquals("Resolved", hq.driver().findElement(By.cssSelector("tr.sn-complaint-" + id + " .sn-complaint-status")).getText());

        // another HQ role reads it but cannot act
        try (Browser admin = Browser.english()) {
            admin.openAs("hq.admin", "/network-admin/complaints.xhtml");
            assertFalse(admin.present("[id='complaints-form:new-complaint']"), "only quality staff record complaints");
            long open = ((Number) Fixtures.single("INSERT INTO complaint (id, tracking_code, outlet_id, source, category, severity, status, "
                    + "description, received_at, due_at, created_by) VALUES (nextval('complaint_seq'), ?, 1, 'HOTLINE', 'DELAY', 'LOW', "
                    + "'RECEIVED', 'IT read only', now(), now() + interval '1 day', 'fixture') RETURNING id", "QR" + suffix + "0000000")).longValue();
            admin.open("/network-admin/complaint.xhtml?id=" + open);
            assertEquals("Received", admin.text("complaint-status"));
            assertFalse(admin.present("[id='complaint-form:investigate']"), "hq.admin reads only");
        }
    }

    @Test
    void aCallbackWithADissatisfiedCustomerRaisesAComplaintThatTheListShows() throws Exception {
        String suffix = Fixtures.unique();
        long repair = Fixtures.repair(1, "CBS-" + suffix, "CLOSED");
        Fixtures.update("UPDATE repair_order SET closed_at = now() - interval '2 days' WHERE id = ?", repair);
        // queued long ago: first in the queue, whatever else is open
        long callback = ((Number) Fixtures.single("INSERT INTO callback (id, outlet_id, repair_id, reasons, queued_at, status) "
                + "VALUES (nextval('callback_seq'), 1, ?, 'SAMPLE', '2001-01-01T00:00:00Z', 'OPEN') RETURNING id", repair)).longValue();
        String row = "tr.sn-callback-" + callback;

        Browser hq = quality();
        hq.open("/network-admin/callbacks.xhtml");
        assertTrue(hq.present(row), "the open callback is queued");
        // not reached: a try is counted
        openAttempt(hq, row);
        new Select(hq.driver().findElement(By.id("attempt-form:attempt-reached"))).selectByValue("false");
        hq.click("attempt-form:attempt-save");
        hq.settle();
        hq.until(d -> !d.findElement(By.id("attempt-dialog")).isDisplayed());
        assertEquals(List.of("OPEN", 1), Fixtures.query("SELECT status, attempts FROM callback WHERE id = ?", callback).get(0));
        hq.until(d -> d.findElement(By.cssSelector(row + " .sn-callback-attempts")).getText().equals("1"));

        // reached, but without a satisfaction: refused in the dialog, nothing written
        openAttempt(hq, row);
        new Select(hq.driver().findElement(By.id("attempt-form:attempt-reached"))).selectByValue("true");
        new Select(hq.driver().findElement(By.id("attempt-form:attempt-fixed"))).selectByValue("true");
        new Select(hq.driver().findElement(By.id("attempt-form:attempt-charged"))).selectByValue("true");
        hq.click("attempt-form:attempt-save");
        hq.settle();
        assertTrue(hq.driver().findElement(By.id("attempt-dialog")).isDisplayed(), "the dialog stays open");
        assertEquals(List.of("OPEN", 1), Fixtures.query("SELECT status, attempts FROM callback WHERE id = ?", callback).get(0));

        // satisfaction 2 of 5: dissatisfied, so a complaint is raised
        new Select(hq.driver().findElement(By.id("attempt-form:attempt-satisfaction"))).selectByValue("2");
        hq.retype("attempt-form:attempt-comment", "IT: 师傅态度冷淡 " + suffix);
        hq.click("attempt-form:attempt-save");
        hq.settle();
        hq.until(d -> !d.findElement(By.id("attempt-dialog")).isDisplayed());
        List<Object> done = Fixtures.query("SELECT status, attempts, satisfaction, fixed, charged_as_receipt, completed_by, complaint_id "
                + "FROM callback WHERE id = ?", callback).get(0);
        assertEquals(List.of("COMPLETED", 2, 2, true, true, "hq.quality"), done.subList(0, 6));
        assertNotNull(done.get(6), "a complaint was raised");
        long complaint = ((Number) done.get(6)).longValue();
        assertEquals(List.of(1L, repair, "CALLBACK", "REPAIR_QUALITY", "LOW", "RECEIVED"),
                Fixtures.query("SELECT outlet_id, repair_id, source, category, severity, status FROM complaint WHERE id = ?", complaint).get(0));
        assertFalse(hq.present(row), "no longer open");

        // the completed callback links its complaint; the complaint list shows it
        hq.script("PF('filterStatus').selectValue('COMPLETED')");
        hq.click("callbacks-form:search");
        hq.until(d -> !d.findElements(By.cssSelector(row)).isEmpty());
        assertEquals(String.valueOf(complaint), hq.driver().findElement(By.cssSelector(row + " .sn-callback-complaint")).getText());
        hq.screenshot("quality-callbacks");
        hq.open("/network-admin/complaints.xhtml?open=true");
        WebElement listed = hq.driver().findElement(By.cssSelector("tr.sn-complaint-" + complaint));
        assertTrue(listed.getText().contains("Callback") && listed.getText().contains("Quality of repair"), listed.getText());
        hq.screenshot("quality-complaints");
        hq.driver().findElement(By.cssSelector("tr.sn-complaint-" + complaint + " a[id$='complaint-link']")).click();
        hq.until(d -> d.getCurrentUrl().contains("complaint.xhtml?id=" + complaint));
        assertTrue(hq.text("complaint-description").contains("IT: 师傅态度冷淡 " + suffix), hq.text("complaint-description"));
    }

    @Test
    void theScorecardShowsTheHandComputedMonthAndTheRankingAndItsCsvListTheOutlet() throws Exception {
        String suffix = Fixtures.unique();
        long outlet = QualityFixtures.seededJune(suffix);
        String code = "QS" + suffix;
        HttpResponse<String> recomputed = Platform.post("quality/recompute?month=2026-06", Platform.userToken("hq.quality"), "{}");
        assertEquals(200, recomputed.statusCode(), recomputed.body());

        Browser hq = quality();
        hq.open("/network-admin/scorecard.xhtml?id=" + outlet + "&until=2026-06");
        assertTrue(hq.text("scorecard-title").contains(code), hq.text("scorecard-title"));
        assertEquals("12.50 %", rate(hq, "complaint", "value"));
        assertEquals("20.00 %", rate(hq, "omission", "value"));
        assertEquals("25.00 %", rate(hq, "dissatisfaction", "value"));
        assertTrue(rate(hq, "complaint", "counts").startsWith("1 of 8"), rate(hq, "complaint", "counts"));
        assertTrue(rate(hq, "omission", "counts").startsWith("2 of 10"), rate(hq, "omission", "counts"));
        assertTrue(rate(hq, "dissatisfaction", "counts").startsWith("1 of 4"), rate(hq, "dissatisfaction", "counts"));
        assertEquals("1", hq.text("score-overcharged"));
        assertEquals("1", hq.text("score-repeats"));
        assertEquals("0", hq.text("score-charged-in-warranty"));
        assertEquals("not yet measured", hq.text("score-training"), "no technicians");
        assertEquals("not yet measured", hq.text("score-spot-check"));
        assertEquals("not yet measured", hq.text("score-mystery-shop"));
        assertTrue(hq.text("scorecard-period").contains("2026-04") && hq.text("scorecard-period").contains("2026-06"));
        // the rank as the database ranks it over the same months
        List<Object> rank = Fixtures.query("SELECT network_rank, network_size, province_rank, province_size FROM quality_rank(?, ?::date, ?::date)",
                outlet, "2026-04-01", "2026-06-01").get(0);
        assertEquals(rank.get(0) + " of " + rank.get(1), hq.text("rank-network"));
        assertEquals(rank.get(2) + " of " + rank.get(3), hq.text("rank-province"));
        // the trend: 12 months up to June, June's three rates in per cent
        hq.until(d -> Boolean.TRUE.equals(hq.script("return !!(window.PF && PF('rateTrend') && PF('rateTrend').chart);")));
        @SuppressWarnings("unchecked")
        List<Object> labels = (List<Object>) hq.script("return PF('rateTrend').chart.data.labels;");
        assertEquals(12, labels.size());
        assertEquals("2026-06", labels.get(11));
        for (int i = 0; i < 3; i++) {
            Object june = hq.script("return PF('rateTrend').chart.data.datasets[" + i + "].data[11];");
            assertEquals(0, new BigDecimal(List.of("12.5", "20", "25").get(i)).compareTo(new BigDecimal(june.toString())), "dataset " + i);
            assertNull(hq.script("return PF('rateTrend').chart.data.datasets[" + i + "].data[0];"), "2025-07 had nothing to count");
        }
        hq.screenshot("quality-scorecard");

        // the ranking over April to June lists the outlet with its rates; the CSV export has it
        hq.open("/network-admin/ranking.xhtml?from=2026-04&to=2026-06");
        hq.until(d -> !d.findElements(By.cssSelector("tr.sn-ranking-row")).isEmpty());
        long total = ((Number) Fixtures.single("SELECT count(*) FROM quality_ranking(?::date, ?::date)", "2026-04-01", "2026-06-01")).longValue();
        assertTrue(total > 1, "ranked: " + total);
        hq.screenshot("quality-ranking");
        String href = hq.driver().findElement(By.id("export-csv")).getAttribute("href");
        assertTrue(href.contains("from=2026-04") && href.contains("to=2026-06"), href);
        HttpResponse<byte[]> csv = hq.download(URI.create(href).getRawPath() + "?" + URI.create(href).getRawQuery());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = new String(csv.body(), UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("network_rank,outlet_code,"), lines.get(0));
        assertEquals(total + 1, lines.size(), "a header and every ranked outlet");
        String line = lines.stream().filter(l -> l.contains("," + code + ",")).findFirst().orElse(null);
        assertNotNull(line, code + " in the CSV");
        assertTrue(line.startsWith(rank.get(0) + "," + code + ","), line);
        assertTrue(line.contains(",8,10,2,1,4,1,0.1250,0.2000,0.2500,1,0,1,"), line);
        // the same filter in Excel
        HttpResponse<byte[]> xlsx = hq.download("/network-admin/quality/ranking.xlsx?" + URI.create(href).getRawQuery());
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0]);
        assertEquals('K', (char) xlsx.body()[1]);
        // a page of the table, the outlet on it by its rank
        long position = ((Number) rank.get(0)).longValue();
        if (position <= 50) {
            assertTrue(hq.present("tr.sn-ranking-" + code), "on the first page");
            assertEquals("12.50 %", hq.driver().findElement(By.cssSelector("tr.sn-ranking-" + code + " .sn-ranking-complaintRate")).getText());
        }
        assertEquals(400, hq.download("/network-admin/quality/ranking.csv?from=2026-13&to=2026-06").statusCode());
    }

    @Test
    void theOutletPageOffersTheCountersQrCodeOfTheConsumerPage() throws Exception {
        long outlet = Fixtures.outlet("QQ" + Fixtures.unique(), "ACTIVE");
        String publicCode = (String) Fixtures.single("SELECT public_code FROM outlet WHERE id = ?", outlet);
        String expected = Platform.URL + "/tenant-web/service.xhtml?code=" + publicCode;

        Browser hq = quality();
        hq.open("/network-admin/outlet.xhtml?id=" + outlet);
        hq.driver().findElement(By.id("outlet-quality")).getLocation();
        hq.script("document.getElementById('outlet-quality').scrollIntoView()");
        hq.screenshot("quality-outlet-qr");
        String png = URI.create(hq.driver().findElement(By.id("outlet-qr-png")).getAttribute("href")).getRawPath();
        HttpResponse<byte[]> image = hq.download(png);
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(image.body()));
        int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(qr.getWidth(), qr.getHeight(), pixels)))).getText();
        assertEquals(expected, decoded);

        String pdf = URI.create(hq.driver().findElement(By.id("outlet-qr-pdf")).getAttribute("href")).getRawPath();
        HttpResponse<byte[]> sheet = hq.download(pdf);
        assertEquals(200, sheet.statusCode());
        assertEquals("application/pdf", sheet.headers().firstValue("Content-Type").orElse(""));
        String text = new String(sheet.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-1.4") && text.contains("(" + expected + ") Tj"), "the sheet prints the URL under the code");
        assertEquals(404, hq.download("/network-admin/quality/counter-qr/999999999.png").statusCode());

        // and the scorecard is one click away
        hq.click("outlet-scorecard");
        hq.until(d -> d.getCurrentUrl().contains("scorecard.xhtml?id=" + outlet));
        assertEquals("not yet measured", hq.driver().findElement(By.cssSelector("tr.sn-rate-complaint .sn-rate-value")).getText());
    }

    @Test
    void theDashboardIsHqsHomeAndItsCountsLinkToTheLists() throws Exception {
        String suffix = Fixtures.unique();
        QualityFixtures.seededJune(suffix);
        assertEquals(200, Platform.post("quality/recompute?month=2026-06", Platform.userToken("hq.quality"), "{}").statusCode());
        // an overdue complaint and an open callback of its own, so the counts are not zero
        long overdueComplaint = ((Number) Fixtures.single("INSERT INTO complaint (id, tracking_code, outlet_id, source, category, severity, "
                + "status, description, received_at, due_at, created_by) VALUES (nextval('complaint_seq'), ?, 1, 'HOTLINE', 'NO_SHOW', "
                + "'HIGH', 'RECEIVED', 'IT overdue', now() - interval '3 days', now() - interval '1 day', 'fixture') RETURNING id",
                "QD" + suffix + "0000000")).longValue();
        long repair = Fixtures.repair(1, "DB-" + suffix, "CLOSED");
        Fixtures.update("INSERT INTO callback (id, outlet_id, repair_id, reasons, queued_at, status) "
                + "VALUES (nextval('callback_seq'), 1, ?, 'SAMPLE', now(), 'OPEN')", repair);

        Browser hq = quality();
        hq.open("/network-admin/");
        assertEquals("Service quality", hq.text("dashboard-title"));
        long open = ((Number) Fixtures.single("SELECT count(*) FROM callback WHERE status = 'OPEN'")).longValue();
        long overdue = ((Number) Fixtures.single("SELECT count(*) FROM complaint WHERE closed_at IS NULL AND due_at < now()")).longValue();
        long openComplaints = ((Number) Fixtures.single("SELECT count(*) FROM complaint WHERE closed_at IS NULL")).longValue();
        assertTrue(open >= 1 && overdue >= 1, open + " open callbacks, " + overdue + " overdue complaints");
        assertEquals(String.valueOf(open), hq.text("open-callbacks"));
        assertEquals(String.valueOf(overdue), hq.text("overdue-complaints"));
        assertEquals(String.valueOf(openComplaints), hq.text("open-complaints"));
        // one month of the network in the chart: the month's summed counts, in per cent
        hq.until(d -> Boolean.TRUE.equals(hq.script("return !!(window.PF && PF('networkTrend') && PF('networkTrend').chart);")));
        @SuppressWarnings("unchecked")
        List<Object> labels = (List<Object>) hq.script("return PF('networkTrend').chart.data.labels;");
        assertEquals(12, labels.size());
        // the newest of the chart's months with closed repairs and requests that the job no longer recomputes (it keeps the
        // last and the current month), so page and query read the same rows
        String measured = (String) Fixtures.single("SELECT to_char(month, 'YYYY-MM') FROM quality_month "
                + "WHERE month >= date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '11 months' "
                + "AND month < date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '1 month' "
                + "GROUP BY month HAVING sum(closed) > 0 AND sum(requests) > 0 ORDER BY month DESC LIMIT 1");
        int at = labels.indexOf(measured);
        assertTrue(at >= 0, measured + " in " + labels);
        List<Object> sums = Fixtures.query("SELECT sum(complaints), sum(closed), sum(missed), sum(requests) FROM quality_month "
                + "WHERE month = to_date(?, 'YYYY-MM')", measured).get(0);
        BigDecimal complaintRate = new BigDecimal(sums.get(0).toString()).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(sums.get(1).toString()), 2, java.math.RoundingMode.HALF_UP);
        BigDecimal omissionRate = new BigDecimal(sums.get(2).toString()).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(sums.get(3).toString()), 2, java.math.RoundingMode.HALF_UP);
        assertEquals(0, complaintRate.compareTo(new BigDecimal(hq.script("return PF('networkTrend').chart.data.datasets[0].data[" + at + "];").toString())));
        assertEquals(0, omissionRate.compareTo(new BigDecimal(hq.script("return PF('networkTrend').chart.data.datasets[1].data[" + at + "];").toString())));
        assertTrue(hq.present("#provinces-table tr.sn-province-row"), "rates per province");
        long noShows = ((Number) Fixtures.single("SELECT count(*) FROM complaint WHERE category = 'NO_SHOW' AND status <> 'REJECTED' "
                + "AND received_at >= (date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '11 months') AT TIME ZONE 'Asia/Shanghai'"))
                .longValue();
        List<WebElement> noShowCells = hq.driver().findElements(By.cssSelector("#categories-table tr.sn-category-NO_SHOW td"));
        assertEquals(String.valueOf(noShows), noShowCells.get(noShowCells.size() - 1).getText().strip());
        hq.screenshot("quality-dashboard");
        hq.click("overdue-complaints");
        hq.until(d -> d.getCurrentUrl().contains("complaints.xhtml?overdue=true"));
        List<WebElement> rows = hq.driver().findElements(By.cssSelector("tr.sn-complaint-row"));
        assertEquals(Math.min(overdue, 50), rows.size(), "the first page of the overdue list");
        assertTrue(rows.stream().allMatch(r -> r.getAttribute("class").contains("sn-overdue")), "every row is overdue");
        assertTrue(hq.present("tr.sn-complaint-" + overdueComplaint) || overdue > 50, "ours is listed");

        // in Chinese, with the seeds' terms
        try (Browser chinese = Browser.speaking("zh-CN")) {
            chinese.openAs("hq.admin", "/network-admin/");
            assertEquals("服务质量", chinese.text("dashboard-title"));
            String page = chinese.driver().getPageSource();
            assertTrue(page.contains("服务投诉率") && page.contains("服务遗漏率") && page.contains("服务不满意率"), "the three rates in zh-CN");
            chinese.screenshot("quality-dashboard-zh");
        }
    }

    @Test
    void earlyWarningsAreAcknowledgedAndExportToCsv() throws Exception {
        String model = "IT-" + Fixtures.unique();
        long warning = ((Number) Fixtures.single("INSERT INTO fault_warning (period_kind, period_start, category, model, fault_key, sample, "
                + "repairs, baseline, raised_at) VALUES ('MONTH', '2026-11-01', 'AIR_CONDITIONER', ?, 'e4', 'E4 不制冷', 17, 3.50, now()) "
                + "RETURNING id", model)).longValue();
        String row = "tr.sn-warning-" + warning;
        Browser hq = quality();
        hq.open("/network-admin/warnings.xhtml");
        assertTrue(hq.present(row), "the open warning is listed");
        assertTrue(hq.driver().findElement(By.cssSelector(row)).getText().contains("17"));
        hq.click("warnings-form:export-csv");
        String csv = java.nio.file.Files.readString(hq.downloaded(".csv"), UTF_8);
        assertTrue(csv.lines().anyMatch(l -> l.contains(model) && l.contains("17")), csv);
        assertFalse(csv.contains("Acknowledge\""), "the button column is not exported");
        hq.driver().findElement(By.cssSelector(row + " [id$=':acknowledge']")).click();
        hq.settle();
        hq.until(d -> d.findElements(By.cssSelector(row)).isEmpty());
        assertEquals(List.of("hq.quality"), Fixtures.query("SELECT acknowledged_by FROM fault_warning WHERE id = ? AND acknowledged_at IS NOT NULL",
                warning).stream().map(r -> r.get(0)).toList());
        // all warnings: it is there, acknowledged
        hq.driver().findElement(By.cssSelector("[id='warnings-form:open-only'] .ui-chkbox-box")).click();
        hq.click("warnings-form:search");
        hq.until(d -> !d.findElements(By.cssSelector(row)).isEmpty());
        assertTrue(hq.driver().findElement(By.cssSelector(row)).getText().contains("hq.quality"));
    }

    @Test
    void qualityStaffChangeTheSettingsAndAServicePromiseAndARefusedValueChangesNothing() throws Exception {
        List<Object> before = Fixtures.query("SELECT callback_sample_percent, watch_complaint_rate, watch_omission_rate FROM quality_setting").get(0);
        Browser hq = quality();
        try {
            hq.open("/network-admin/quality-settings.xhtml");
            assertEquals(before.get(0).toString(), hq.driver().findElement(By.id("settings-form:callbackSamplePercent")).getAttribute("value"));
            hq.retype("settings-form:callbackSamplePercent", "25");
            hq.retype("settings-form:watchComplaintRate", "0.0600");
            hq.click("settings-form:settings-save");
            hq.settle();
            hq.until(d -> Integer.valueOf(25).equals(single("SELECT callback_sample_percent FROM quality_setting")));
            assertEquals(0, new BigDecimal("0.06").compareTo((BigDecimal) Fixtures.single("SELECT watch_complaint_rate FROM quality_setting")));
            assertEquals("hq.quality", Fixtures.single("SELECT updated_by FROM quality_setting"));
            // a share above 1 is refused next to its field; nothing is kept
            hq.retype("settings-form:callbackSamplePercent", "30");
            hq.retype("settings-form:watchOmissionRate", "1.5");
            hq.click("settings-form:settings-save");
            hq.settle();
            hq.until(d -> !d.findElement(By.id("settings-form")).findElements(By.cssSelector(".ui-message-error")).isEmpty());
            assertEquals(25, Fixtures.single("SELECT callback_sample_percent FROM quality_setting"));
            assertEquals(0, ((BigDecimal) before.get(2)).compareTo((BigDecimal) Fixtures.single("SELECT watch_omission_rate FROM quality_setting")));
            hq.screenshot("quality-settings");

            // a new promise for installations, from now on; the old one stays for the past
            hq.open("/network-admin/quality-settings.xhtml");
            hq.retype("promises-form:promise-rows:2:promise-hours", "72");
            hq.click("promises-form:promises-save");
            hq.settle();
            hq.until(d -> Long.valueOf(1).equals(single("SELECT count(*) FROM service_promise WHERE service_type = 'INSTALLATION' AND hours = 72 "
                    + "AND set_by = 'hq.quality'")));
            assertEquals(1L, Fixtures.single("SELECT count(*) FROM service_promise WHERE service_type = 'INSTALLATION' AND hours = 48 "
                    + "AND valid_from = '2000-01-01T00:00:00Z'"));
        } finally {
            Fixtures.update("UPDATE quality_setting SET callback_sample_percent = ?, watch_complaint_rate = ?, watch_omission_rate = ?",
                    before.get(0), before.get(1), before.get(2));
            Fixtures.update("DELETE FROM service_promise WHERE set_by = 'hq.quality' AND service_type = 'INSTALLATION'");
        }
        // other HQ roles read the settings but cannot save
        try (Browser admin = Browser.english()) {
            admin.openAs("hq.admin", "/network-admin/quality-settings.xhtml");
            assertFalse(admin.present("[id='settings-form:settings-save']"));
            assertFalse(admin.driver().findElement(By.id("settings-form:callbackSamplePercent")).isEnabled());
        }
    }

    @Test
    void outletUsersAndMysteryShoppersGet403OnEveryQualityPage() throws Exception {
        List<String> pages = List.of("complaints.xhtml", "complaint.xhtml?id=1", "callbacks.xhtml", "scorecard.xhtml?id=1", "ranking.xhtml",
                "ranking.xhtml?watched=true", "warnings.xhtml", "quality-settings.xhtml", "quality/ranking.csv?from=2026-04&to=2026-06",
                "quality/ranking.xlsx?from=2026-04&to=2026-06", "quality/counter-qr/1.png", "quality/counter-qr/1.pdf");
        for (String user : List.of("manager.1", "tech.1", "shopper")) {
            try (Browser outsider = Browser.english()) {
                outsider.openAs(user, "/network-admin/complaints.xhtml");
                assertFalse(outsider.driver().getPageSource().contains("sn-complaint-row"), user);
                for (String page : pages) {
                    assertEquals(403, outsider.status("/network-admin/" + page), user + " on " + page);
                }
                outsider.open("/network-admin/ranking.xhtml");
                assertEquals("Access denied", outsider.text("error-title"), user);
                if (user.equals("shopper")) {
                    outsider.open("/network-admin/");
                    outsider.until(d -> d.getCurrentUrl().contains("visits/assignments.xhtml"));
                    assertFalse(outsider.present("#dashboard") || outsider.present("#nav-quality"), "a shopper sees no quality");
                }
            }
        }
        // HQ's nav has the quality menu; a page's unknown or malformed id is a 404
        Browser hq = quality();
        for (String page : List.of("complaint.xhtml?id=abc", "complaint.xhtml?id=999999999", "scorecard.xhtml?id=999999999",
                "scorecard.xhtml?id=1%27", "quality/counter-qr/abc.png")) {
            assertEquals(404, hq.status("/network-admin/" + page), page);
        }
        hq.open("/network-admin/");
        hq.click("nav-quality-menu");
        hq.click("nav-callbacks");
        hq.until(d -> d.getCurrentUrl().contains("callbacks.xhtml"));
        assertEquals("Callbacks", hq.text("callbacks-title"));
    }

    // ------------------------------------------------------------------ helpers

    private static synchronized Browser quality() {
        if (quality == null) {
            quality = Browser.english();
            quality.openAs("hq.quality", "/network-admin/");
        }
        return quality;
    }

    private static Object single(String sql) {
        try {
            return Fixtures.single(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rate(Browser browser, String rate, String cell) {
        return browser.driver().findElement(By.cssSelector("tr.sn-rate-" + rate + " .sn-rate-" + cell)).getText();
    }

    private static void assertNull(Object value, String message) {
        assertTrue(value == null, message + ": " + value);
    }

    private static void openAttempt(Browser browser, String row) {
        browser.driver().findElement(By.cssSelector(row + " [id$=':record']")).click();
        browser.until(d -> d.findElement(By.id("attempt-dialog")).isDisplayed());
        browser.settle();
    }
}
