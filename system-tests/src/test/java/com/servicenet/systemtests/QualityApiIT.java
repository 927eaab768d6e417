package com.servicenet.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;

import static com.servicenet.systemtests.Platform.get;
import static com.servicenet.systemtests.Platform.json;
import static com.servicenet.systemtests.Platform.post;
import static com.servicenet.systemtests.Platform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Service quality through the API with real tokens: the public page's outlet check and complaint, HQ's handling
 * with the outlet's response, callbacks that raise complaints, the scorecard against the hand-computed case of
 * QualityRatesTest, the ranking and its CSV, throttling and bad input on the public endpoints, and that outlet 2
 * sees nothing of outlet 1's.
 */
class QualityApiIT {

    private static long count(String sql, Object... parameters) throws SQLException {
        return ((Number) Fixtures.single(sql, parameters)).longValue();
    }

    /** A client address of its own (the test platform trusts loopback's X-Forwarded-For), so no other test's requests count. */
    private static String address() {
        return "203.0.113." + (1 + (int) (Math.random() * 250));
    }

    private static HttpResponse<String> publicGet(String path, String address) {
        return Platform.send(HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/public/" + path)).GET()
                .header("X-Forwarded-For", address));
    }

    private static HttpResponse<String> publicPost(String path, String body, String address) {
        return post("public/" + path, null, body, "X-Forwarded-For", address);
    }

    private static String publicCode(long outletId) throws SQLException {
        return (String) Fixtures.single("SELECT public_code FROM outlet WHERE id = ?", outletId);
    }

    private static String complaintForm(String outletCode, String description) {
        return Json.createObjectBuilder().add("outletCode", outletCode).add("category", "DELAY").add("description", description)
                .add("customerName", "李雷").add("customerPhone", "139 0000 0002").build().toString();
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void thePublicPageTellsServingFromTerminatedAndAnswersForgedAndMalformedCodesAlike() throws Exception {
        String me = address();
        HttpResponse<String> serving = publicGet("outlets/" + publicCode(1), me);
        assertEquals(200, serving.statusCode(), serving.body());
        JsonObject outlet = json(serving.body());
        assertEquals("SERVING", outlet.getString("standing"));
        assertFalse(outlet.getJsonArray("prices").isEmpty(), "the official price ranges in force");
        assertFalse(serving.body().contains("021-") || serving.body().contains("138"), "no phone numbers: " + serving.body());

        long terminated = Fixtures.outlet("QT" + Fixtures.unique(), "TERMINATED");
        assertEquals("TERMINATED", json(publicGet("outlets/" + publicCode(terminated), me).body()).getString("standing"));

        String real = publicCode(1);
        String forged = real.substring(0, 31) + (real.endsWith("0") ? "1" : "0");
        HttpResponse<String> forgedAnswer = publicGet("outlets/" + forged, me);
        HttpResponse<String> malformed = publicGet("outlets/%27%20OR%201=1--", me);
        HttpResponse<String> candidate = publicGet("outlets/" + publicCode(Fixtures.outlet("QC" + Fixtures.unique(), "CANDIDATE")), me);
        for (HttpResponse<String> answer : List.of(forgedAnswer, malformed, candidate)) {
            assertProblem(404, answer);
            assertEquals(json(forgedAnswer.body()).getString("detail"), json(answer.body()).getString("detail"));
        }
    }

    @Test
    void aPublicComplaintGoesToHqTheOutletAnswersAndTheCustomerFollowsItByTrackingCode() throws Exception {
        String me = address();
        String marker = "等了两个星期 " + Fixtures.unique();
        HttpResponse<String> filed = publicPost("complaints", complaintForm(publicCode(1), marker), me);
        assertEquals(201, filed.statusCode(), filed.body());
        String tracking = json(filed.body()).getString("trackingCode");
        long id = count("SELECT id FROM complaint WHERE tracking_code = ?", tracking);
        assertEquals(List.of(List.of(1L, "PUBLIC", "RECEIVED")), Fixtures.query("SELECT outlet_id, source, status FROM complaint WHERE id = ?", id));
        assertEquals("139 0000 0002", Fixtures.single("SELECT phone FROM complaint_contact WHERE complaint_id = ?", id));
        assertEquals("RECEIVED", json(publicGet("complaints/" + tracking, me).body()).getString("status"));

        String hq = userToken("hq.quality");
        String manager1 = userToken("manager.1");
        String manager2 = userToken("manager.2");
        // straight to HQ: the outlet does not see it until HQ asks
        assertProblem(404, get("complaints/" + id, manager1));
        assertTrue(get("complaints?outletId=1&open=true", hq).body().contains("\"id\":" + id));

        JsonObject asked = json(post("complaints/" + id + "/question", hq, "{\"text\":\"请说明延误原因\"}").body());
        assertEquals("INVESTIGATING", asked.getString("status"));
        HttpResponse<String> seen = get("complaints/" + id, manager1);
        assertEquals(200, seen.statusCode(), seen.body());
        assertFalse(seen.body().contains("139 0000 0002") || seen.body().contains("李雷") || seen.body().contains(tracking),
                "the outlet never learns who complained: " + seen.body());
        assertFalse(seen.body().contains("hq.quality"), "nor who at HQ handles it: " + seen.body());
        // HQ's notes are its own: the outlet never reads them, in the API or the portal (row-level security)
        String note = "内部备注 " + Fixtures.unique();
        assertEquals(200, post("complaints/" + id + "/notes", hq, Json.createObjectBuilder().add("text", note).build().toString()).statusCode());
        assertTrue(get("complaints/" + id, hq).body().contains(note));
        HttpResponse<String> withoutNote = get("complaints/" + id, manager1);
        assertEquals(200, withoutNote.statusCode(), withoutNote.body());
        assertFalse(withoutNote.body().contains(note) || withoutNote.body().contains("\"NOTE\""), withoutNote.body());
        // outlet 2 sees nothing of it, and cannot answer it
        assertProblem(404, get("complaints/" + id, manager2));
        assertFalse(get("complaints", manager2).body().contains("\"id\":" + id));
        assertProblem(404, post("complaints/" + id + "/response", manager2, "{\"text\":\"不是我们\"}"));
        // the outlet answers once, and can neither close nor change the complaint
        assertEquals(200, post("complaints/" + id + "/response", manager1, "{\"text\":\"配件缺货，已补偿\"}").statusCode());
        assertProblem(409, post("complaints/" + id + "/response", manager1, "{\"text\":\"再答一次\"}"));
        assertProblem(403, post("complaints/" + id + "/resolution", manager1, "{\"text\":\"自己关掉\"}"));

        JsonObject resolved = json(post("complaints/" + id + "/resolution", hq, "{\"text\":\"网点已道歉并减免费用\"}").body());
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals(List.of("RECEIVED", "INVESTIGATING", "OUTLET_ASKED", "NOTE", "OUTLET_RESPONDED", "RESOLVED"),
                resolved.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(s -> s.getString("kind")).toList());
        assertProblem(409, post("complaints/" + id + "/rejection", hq, "{\"text\":\"再驳回\"}"));
        HttpResponse<String> closed = get("complaints/" + id, manager1);
        assertEquals("RESOLVED", json(closed.body()).getString("status"));
        assertFalse(closed.body().contains("网点已道歉并减免费用"), "HQ's closing text stays at HQ: " + closed.body());
        JsonObject state = json(publicGet("complaints/" + tracking, me).body());
        assertEquals("RESOLVED", state.getString("status"));
        assertFalse(state.toString().contains(marker), "the public sees the state, not the text");
    }

    @Test
    void aCallbackWithADissatisfiedCustomerRaisesAComplaint() throws Exception {
        String suffix = Fixtures.unique();
        long repair = Fixtures.repair(1, "CB-" + suffix, "CLOSED");
        // closed just now and overcharged: flagged, so queued whatever the random sample says, once the sampling lag
        // (2 s on the test platform) has passed
        Fixtures.update("UPDATE repair_order SET closed_at = now(), overcharged = true WHERE id = ?", repair);
        Thread.sleep(2500);
        String hq = userToken("hq.quality");
        HttpResponse<String> run = post("quality/callback-sampling", hq, "{}");
        assertEquals(200, run.statusCode(), run.body());
        long callback = count("SELECT id FROM callback WHERE repair_id = ?", repair);
        assertTrue(((String) Fixtures.single("SELECT reasons FROM callback WHERE id = ?", callback)).contains("OVERCHARGED"));
        assertTrue(get("callbacks", hq).body().contains("\"id\":" + callback));
        assertProblem(403, get("callbacks", userToken("manager.1")));
        assertProblem(403, post("callbacks/" + callback + "/attempts", userToken("manager.2"), "{\"reached\":false}"));

        // not reached once, then reached: satisfaction 1 of 5
        assertEquals("OPEN", json(post("callbacks/" + callback + "/attempts", hq, "{\"reached\":false}").body()).getString("status"));
        assertProblem(400, post("callbacks/" + callback + "/attempts", hq, "{\"reached\":true,\"satisfaction\":9,\"fixed\":true,\"chargedAsReceipt\":true}"));
        JsonObject done = json(post("callbacks/" + callback + "/attempts", hq,
                "{\"reached\":true,\"satisfaction\":1,\"fixed\":true,\"chargedAsReceipt\":true,\"comment\":\"态度很差\"}").body());
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals(2, done.getInt("attempts"));
        long complaint = done.getJsonNumber("complaintId").longValue();
        assertEquals(List.of(List.of(1L, repair, "CALLBACK", "REPAIR_QUALITY", "LOW")),
                Fixtures.query("SELECT outlet_id, repair_id, source, category, severity FROM complaint WHERE id = ?", complaint));
        assertProblem(409, post("callbacks/" + callback + "/attempts", hq, "{\"reached\":false}"));
    }

    /** The facts behind QualityRatesTest.theSeededMonth, for a new outlet in June 2026. */
    @Test
    void theScorecardShowsTheHandComputedRatesAndTheRankingListsTheOutlet() throws Exception {
        String suffix = Fixtures.unique();
        long outlet = QualityFixtures.seededJune(suffix);

        String hq = userToken("hq.quality");
        assertEquals(200, post("quality/recompute?month=2026-06", hq, "{}").statusCode());
        HttpResponse<String> answer = get("quality/scorecards/" + outlet + "?until=2026-06", hq);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject card = json(answer.body());
        JsonObject rates = card.getJsonObject("rates");
        assertEquals(8, rates.getInt("closed"));
        assertEquals(10, rates.getInt("requests"));
        assertEquals(2, rates.getInt("missed"));
        assertEquals(1, rates.getInt("complaints"));
        assertEquals(4, rates.getInt("callbacks"));
        assertEquals(1, rates.getInt("dissatisfied"));
        assertEquals(1, rates.getInt("overcharged"));
        assertEquals(1, rates.getInt("repeats"));
        assertEquals("0.125", rates.getJsonNumber("complaintRate").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals("0.2", rates.getJsonNumber("omissionRate").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals("0.25", rates.getJsonNumber("dissatisfactionRate").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals(12, card.getJsonArray("trend").size());
        assertNotNull(card.getJsonNumber("networkRank"));
        assertTrue(card.getJsonNumber("provinceRank").longValue() <= card.getJsonNumber("provinceSize").longValue());

        HttpResponse<String> ranking = get("quality/ranking?from=2026-04&to=2026-06&max=500", hq);
        assertEquals(200, ranking.statusCode(), ranking.body());
        assertTrue(ranking.body().contains("\"outletCode\":\"QS" + suffix + "\""), ranking.body());
        HttpResponse<String> csv = get("quality/ranking.csv?from=2026-04&to=2026-06", hq);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("network_rank,outlet_code,"), csv.body());
        assertTrue(csv.body().contains(",QS" + suffix + ","), "the export lists every serving outlet");
        assertProblem(400, get("quality/ranking?from=2026-13", hq));
        assertProblem(400, get("quality/ranking?from=-5000-01", hq));
        // by status: only outlets on probation (demo outlets 12 and 25-27 are), and never a status that is not ranked
        JsonObject probation = json(get("quality/ranking?from=2026-04&to=2026-06&status=PROBATION&max=500", hq).body());
        List<String> statuses = probation.getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(e -> e.getString("outletStatus")).distinct().toList();
        assertEquals(List.of("PROBATION"), statuses);
        assertEquals(count("SELECT count(*) FROM outlet WHERE status = 'PROBATION'"), probation.getJsonNumber("total").longValue());
        assertProblem(400, get("quality/ranking?status=CANDIDATE", hq));

        // the outlet's own scorecard has its rank but no other outlet; outlet 2 reaches neither HQ's views nor outlet 1's card
        HttpResponse<String> own = get("quality/scorecard?until=2026-06", userToken("manager.1"));
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(1, json(own.body()).getInt("outletId"));
        assertFalse(own.body().contains("QS" + suffix));
        String manager2 = userToken("manager.2");
        assertProblem(403, get("quality/scorecards/1", manager2));
        assertProblem(403, get("quality/ranking", manager2));
        assertProblem(403, get("quality/ranking.csv", manager2));
    }

    @Test
    void aHundredPublicComplaintsFromOneAddressInAMinuteAreThrottledAndWriteNoMoreThanTheLimit() throws Exception {
        String me = address();
        String marker = "throttle " + Fixtures.unique();
        String code = publicCode(1);
        long before = count("SELECT count(*) FROM complaint WHERE description LIKE ?", marker + "%");
        long started = System.nanoTime();
        int created = 0;
        int limited = 0;
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> answer = publicPost("complaints", complaintForm(code, marker + " " + i), me);
            if (answer.statusCode() == 429) {
                limited++;
                assertTrue(answer.headers().firstValue("Retry-After").isPresent());
            } else {
                assertEquals(201, answer.statusCode(), answer.body());
                created++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long written = count("SELECT count(*) FROM complaint WHERE description LIKE ?", marker + "%") - before;
        assertTrue(seconds < 60, "100 posts within a minute");
        assertTrue(limited > 0, "throttled");
        assertEquals(created, written, "every accepted post wrote one complaint, no refused one did");
        // the test platform's limit: 30 a minute, bursts of 10
        assertTrue(written <= 10 + Math.ceil(seconds * 30 / 60.0) + 1, written + " written in " + seconds + " s");
    }

    @Test
    void malformedPublicInputWritesNothing() throws Exception {
        String code = publicCode(1);
        long before = count("SELECT count(*) FROM complaint");
        List<String> bad = List.of(
                "{\"outletCode\":\"" + code + "\",\"category\":\"DELAY\",\"description\":\"x\",\"customerPhone\":\"abc\"}",
                "{\"outletCode\":\"" + code + "\",\"category\":\"DELAY\",\"description\":\"   \",\"customerPhone\":\"13900000000\"}",
                "{\"outletCode\":\"" + code + "\",\"category\":\"BRIBERY\",\"description\":\"x\",\"customerPhone\":\"13900000000\"}",
                "{\"outletCode\":\"" + code + "\",\"category\":\"DELAY\",\"description\":\"" + "x".repeat(2001) + "\",\"customerPhone\":\"13900000000\"}",
                "{\"outletCode\":\"" + code + "\",\"category\":\"DELAY\",\"description\":\"x\"}",
                "{\"outletCode\":");
        for (String body : bad) {
            HttpResponse<String> answer = publicPost("complaints", body, address());
            assertProblem(400, answer);
        }
        HttpResponse<String> chinese = post("public/complaints", null, bad.get(0), "X-Forwarded-For", address(), "Accept-Language", "zh-CN");
        assertProblem(400, chinese);
        assertTrue(chinese.body().contains("电话"), chinese.body());
        assertProblem(404, publicPost("complaints", complaintForm("0".repeat(32), "unknown outlet"), address()));
        assertEquals(before, count("SELECT count(*) FROM complaint"), "nothing written");
    }
}
