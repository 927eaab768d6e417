package com.servicenet.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static com.servicenet.systemtests.Platform.get;
import static com.servicenet.systemtests.Platform.json;
import static com.servicenet.systemtests.Platform.post;
import static com.servicenet.systemtests.Platform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outlet's quality screens in tenant-web, in headless Chromium with real Keycloak logins: the complaints HQ
 * asked the outlet about, the manager's one response, a technician who reads only, another outlet's complaint
 * unknown (404, not listed); and the outlet's own scorecard with the figures the API gives, no other outlet's name.
 */
class OutletQualityScreensIT {

    private static Browser manager1;
    private static Browser manager2;

    @AfterAll
    static void tearDown() {
        for (Browser browser : new Browser[] {manager1, manager2}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    private static synchronized Browser manager1() {
        if (manager1 == null) {
            manager1 = Browser.english();
            manager1.openAs("manager.1", "/tenant-web/");
        }
        return manager1;
    }

    private static synchronized Browser manager2() {
        if (manager2 == null) {
            manager2 = Browser.english();
            manager2.openAs("manager.2", "/tenant-web/");
        }
        return manager2;
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return ((Number) Fixtures.single(sql, parameters)).longValue();
    }

    /** A complaint against outlet 1 as a customer files it through the public API, from an address of its own. */
    private static long publicComplaint(String description) throws SQLException {
        String code = (String) Fixtures.single("SELECT public_code FROM outlet WHERE id = 1");
        HttpResponse<String> filed = post("public/complaints", null, Json.createObjectBuilder().add("outletCode", code)
                .add("category", "ATTITUDE").add("description", description).add("customerName", "王小明")
                .add("customerPhone", "138 0000 0042").build().toString(), "X-Forwarded-For", "192.0.2." + (1 + (int) (Math.random() * 250)));
        assertEquals(201, filed.statusCode(), filed.body());
        return count("SELECT id FROM complaint WHERE tracking_code = ?", json(filed.body()).getString("trackingCode"));
    }

    @Test
    void theManagerSeesTheComplaintHqAskedAboutAndRespondsOnceAndOutlet2NeverSeesIt() throws Exception {
        String marker = "服务人员态度恶劣 " + Fixtures.unique();
        long id = publicComplaint(marker);
        Browser outlet1 = manager1();
        // not asked yet: the outlet knows nothing of it
        outlet1.open("/tenant-web/complaints.xhtml");
        assertEquals("Complaints", outlet1.text("complaints-title"));
        assertFalse(outlet1.present("a.sn-complaint-link[data-complaint='" + id + "']"), "listed before HQ asked");
        assertEquals(404, outlet1.status("/tenant-web/complaint.xhtml?id=" + id));

        String hq = userToken("hq.quality");
        String question = "请说明当天的情况 " + Fixtures.unique();
        HttpResponse<String> asked = post("complaints/" + id + "/question", hq, "{\"text\":\"" + question + "\"}");
        assertEquals(200, asked.statusCode(), asked.body());

        outlet1.open("/tenant-web/complaints.xhtml");
        WebElement link = outlet1.driver().findElement(By.cssSelector("a.sn-complaint-link[data-complaint='" + id + "']"));
        WebElement row = link.findElement(By.xpath("ancestor::tr"));
        assertTrue(row.getText().contains("awaiting your response"), row.getText());
        assertTrue(row.getText().contains("Attitude of the staff"), row.getText());
        link.click();
        assertEquals(question, outlet1.text("complaint-question"));
        assertEquals(marker, outlet1.text("complaint-description"));
        assertEquals("Being investigated", outlet1.text("complaint-status"));
        String page = outlet1.driver().getPageSource();
        assertFalse(page.contains("138 0000 0042") || page.contains("王小明"), "the customer's contact is HQ's alone");
        assertFalse(outlet1.present("#close") || outlet1.present("#delete") || outlet1.present("#edit"), "nothing but a response");

        // a blank response is refused next to the field and writes nothing
        outlet1.click("respond-form:send");
        outlet1.settle();
        assertEquals("Please write your response.", outlet1.untilText("respond-form:response-message", t -> !t.isBlank()));
        assertEquals(0, count("SELECT count(*) FROM complaint_event WHERE complaint_id = ? AND kind = 'OUTLET_RESPONDED'", id));

        String answer = "已向客户道歉并对员工进行了培训 " + Fixtures.unique();
        outlet1.driver().findElement(By.id("respond-form:response")).sendKeys(answer);
        outlet1.click("respond-form:send");
        outlet1.untilText("complaint-response", answer::equals);
        assertFalse(outlet1.present("#respond-form"), "the outlet answers once");
        String history = outlet1.text("history-table");
        assertTrue(history.contains("Outlet responded") && history.contains("manager.1") && history.contains(answer), history);
        assertTrue(history.contains("Outlet asked") && history.contains(question), history);
        assertEquals(List.of(List.of("INVESTIGATING", answer, "manager.1")),
                Fixtures.query("SELECT status, outlet_response, outlet_responded_by FROM complaint WHERE id = ?", id));
        assertEquals(1, count("SELECT count(*) FROM complaint_event WHERE complaint_id = ? AND kind = 'OUTLET_RESPONDED'", id));
        outlet1.open("/tenant-web/complaints.xhtml");
        WebElement answered = outlet1.driver().findElement(By.cssSelector("a.sn-complaint-link[data-complaint='" + id + "']"))
                .findElement(By.xpath("ancestor::tr"));
        assertFalse(answered.getText().contains("awaiting your response"), answered.getText());

        // outlet 2: not listed, and the page is a 404 like an id that does not exist
        Browser outlet2 = manager2();
        outlet2.open("/tenant-web/complaints.xhtml");
        assertEquals("Complaints", outlet2.text("complaints-title"));
        assertFalse(outlet2.present("a.sn-complaint-link[data-complaint='" + id + "']"), "outlet 1's complaint listed for outlet 2");
        for (WebElement other : outlet2.driver().findElements(By.cssSelector("a.sn-complaint-link"))) {
            assertEquals(2L, count("SELECT outlet_id FROM complaint WHERE id = ?", Long.valueOf(other.getAttribute("data-complaint"))));
        }
        assertEquals(404, outlet2.status("/tenant-web/complaint.xhtml?id=" + id));
        outlet2.open("/tenant-web/complaint.xhtml?id=" + id);
        assertEquals("Page not found", outlet2.text("error-title"));
        assertFalse(outlet2.driver().getPageSource().contains(marker));
        assertEquals(404, outlet2.status("/tenant-web/complaint.xhtml?id=abc"));

        // a technician of outlet 1 reads it, and may not answer
        try (Browser technician = Browser.english()) {
            technician.openAs("tech.1", "/tenant-web/complaint.xhtml?id=" + id);
            assertEquals(answer, technician.text("complaint-response"));
            assertFalse(technician.present("#respond-form"));
        }
    }

    @Test
    void theScorecardShowsTheOutletsOwnRatesAsTheApiGivesThemAndNoOtherOutletsName() throws Exception {
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> recompute = post("quality/recompute?month=" + month, userToken("hq.quality"), "{}");
        assertEquals(200, recompute.statusCode(), recompute.body());

        JsonObject own1 = ownScorecard("manager.1");
        assertEquals(1, own1.getInt("outletId"));
        // the API's counts are the stored months' (the page is compared with the API below); the demo's closed
        // repairs fall in the period, so the page has measured rates to show, not only "not yet measured"
        List<Object> stored = Fixtures.query("SELECT sum(closed), sum(requests), sum(complaints), sum(callbacks) FROM quality_month "
                + "WHERE outlet_id = 1 AND month >= to_date(?, 'YYYY-MM') AND month <= to_date(?, 'YYYY-MM')",
                own1.getString("from"), own1.getString("to")).get(0);
        JsonObject counted = own1.getJsonObject("rates");
        assertTrue(counted.getJsonNumber("closed").longValue() > 0, counted.toString());
        int column = 0;
        for (String count : List.of("closed", "requests", "complaints", "callbacks")) {
            assertEquals(((Number) stored.get(column++)).longValue(), counted.getJsonNumber(count).longValue(), count);
        }
        Browser outlet1 = manager1();
        outlet1.open("/tenant-web/scorecard.xhtml");
        assertEquals("Our scorecard", outlet1.text("scorecard-title"));
        assertSameFigures(own1, outlet1);
        assertEquals(Fixtures.single("SELECT legal_name FROM outlet WHERE id = 1"), outlet1.text("scorecard-outlet"));
        assertTrue(outlet1.present("#trend-chart canvas"), "the 12-month trend chart");
        outlet1.screenshot("outlet-scorecard");
        String page = outlet1.driver().getPageSource();
        for (List<Object> other : Fixtures.query("SELECT legal_name, code FROM outlet WHERE id <> 1 AND length(legal_name) > 3")) {
            assertFalse(page.contains((String) other.get(0)), "another outlet's name on outlet 1's scorecard: " + other.get(0));
        }

        JsonObject own2 = ownScorecard("manager.2");
        assertEquals(2, own2.getInt("outletId"));
        Browser outlet2 = manager2();
        outlet2.open("/tenant-web/scorecard.xhtml");
        assertEquals(Fixtures.single("SELECT legal_name FROM outlet WHERE id = 2"), outlet2.text("scorecard-outlet"));
        assertSameFigures(own2, outlet2);
        assertFalse(outlet2.driver().getPageSource().contains((String) Fixtures.single("SELECT legal_name FROM outlet WHERE id = 1")));
    }

    private static JsonObject ownScorecard(String manager) {
        HttpResponse<String> answer = get("quality/scorecard", userToken(manager));
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer.body());
    }

    /** The page's three rates, their counts and the ranks are the API's for the same outlet. */
    private static void assertSameFigures(JsonObject card, Browser browser) {
        JsonObject rates = card.getJsonObject("rates");
        String[][] figures = {{"complaint", "complaintRate", "complaints", "closed"}, {"omission", "omissionRate", "missed", "requests"},
                {"dissatisfaction", "dissatisfactionRate", "dissatisfied", "callbacks"}};
        for (String[] f : figures) {
            WebElement row = browser.driver().findElement(By.id("rate-" + f[0]));
            JsonValue rate = rates.get(f[1]);
            String expected = rate == null || rate.getValueType() == JsonValue.ValueType.NULL ? ""
                    : rates.getJsonNumber(f[1]).bigDecimalValue().stripTrailingZeros().toPlainString();
            // Facelets leaves out an attribute whose value is empty
            assertEquals(expected, java.util.Objects.toString(row.getAttribute("data-rate"), ""), f[0]);
            assertEquals(String.valueOf(rates.getJsonNumber(f[2]).longValue()), row.getAttribute("data-part"), f[0]);
            assertEquals(String.valueOf(rates.getJsonNumber(f[3]).longValue()), row.getAttribute("data-whole"), f[0]);
            String shown = row.findElement(By.className("sn-rate-value")).getText();
            if (expected.isEmpty()) {
                assertEquals("not yet measured", shown, f[0]);
            } else {
                assertEquals(new BigDecimal(expected).movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " %",
                        shown, f[0]);
            }
        }
        if (card.get("networkRank") != null && card.get("networkRank").getValueType() == JsonValue.ValueType.NUMBER) {
            assertEquals(card.getJsonNumber("networkRank").longValue() + " of " + card.getJsonNumber("networkSize").longValue(),
                    browser.text("rank-network"));
        } else {
            assertEquals("not ranked", browser.text("rank-network"));
        }
        if (card.get("provinceRank") != null && card.get("provinceRank").getValueType() == JsonValue.ValueType.NUMBER) {
            assertEquals(card.getJsonNumber("provinceRank").longValue() + " of " + card.getJsonNumber("provinceSize").longValue(),
                    browser.text("rank-province"));
        } else {
            assertEquals("not ranked", browser.text("rank-province"));
        }
        JsonValue training = card.get("trainingCompliancePercent");
        assertEquals(training == null || training.getValueType() == JsonValue.ValueType.NULL ? "not yet measured"
                : card.getInt("trainingCompliancePercent") + " %", browser.text("figure-training"));
    }
}
