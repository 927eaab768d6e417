package com.servicenet.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.servicenet.systemtests.Platform.clientToken;
import static com.servicenet.systemtests.Platform.get;
import static com.servicenet.systemtests.Platform.json;
import static com.servicenet.systemtests.Platform.post;
import static com.servicenet.systemtests.Platform.userToken;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training and certification through the API with real tokens: hq.trainer plans, enrols and records results;
 * outlets 1 (manager.1, shop-1) and 2 (manager.2, shop-2) see only their own people; the certification gate
 * refuses repairs by unqualified technicians; the public check tells valid from revoked and nothing else.
 * Demo data gives the courses AC-REPAIR (air conditioners, pass mark 70) and WH-SAFETY (water heaters).
 */
class TrainingApiIT {

    private static long courseId(String code) throws SQLException {
        return ((Number) Fixtures.single("SELECT id FROM course WHERE code = ?", code)).longValue();
    }

    private static HttpResponse<String> put(String path, String token, String body) {
        return Platform.send(HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/" + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(body, UTF_8)));
    }

    private static HttpResponse<String> publicCheck(String code, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/public/certifications/" + code)).GET();
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return Platform.send(request);
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    /** A session of the course that started yesterday (so it has results to record). */
    private static long heldSession(String token, String course, int capacity) throws SQLException {
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> planned = post("training-sessions", token, Json.createObjectBuilder()
                .add("courseId", courseId(course)).add("startsAt", start.toString())
                .add("endsAt", start.plus(8, ChronoUnit.HOURS).toString()).add("place", "上海培训中心")
                .add("trainer", "hq.trainer").add("capacity", capacity).build().toString());
        assertEquals(201, planned.statusCode(), planned.body());
        return json(planned.body()).getJsonNumber("id").longValue();
    }

    private static long enrol(String token, long session, long technician) {
        HttpResponse<String> enrolled = post("training-sessions/" + session + "/enrolments", token, "{\"technicianId\":" + technician + "}");
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        return json(enrolled.body()).getJsonNumber("id").longValue();
    }

    private static String result(long enrolment, boolean attended, Integer score) {
        return "{\"enrolmentId\":" + enrolment + ",\"attended\":" + attended + (score == null ? "" : ",\"score\":" + score) + "}";
    }

    private static String repair(String ticket, String technicianCode) {
        return Json.createObjectBuilder().add("ticketNo", ticket).add("serviceType", "IN_SHOP")
                .add("productCategory", "AIR_CONDITIONER").add("model", "KFR-35GW").add("serialNo", "SN-" + ticket)
                .add("fault", "不制冷").add("customer", Json.createObjectBuilder().add("name", "张伟").add("phone", "13812345678"))
                .add("technicianCode", technicianCode).add("labourFee", 50).add("warrantyDecision", "PAID_REPAIR")
                .build().toString();
    }

    @Test
    void aCertificateIsIssuedOnlyForAnAttendedPassAndTheDatabaseRefusesAnyOther() throws Exception {
        String hq = userToken("hq.trainer");
        String suffix = Fixtures.unique();
        long passes = TrainingFixtures.technician(1, "P" + suffix, "通过 " + suffix);
        long fails = TrainingFixtures.technician(1, "F" + suffix, "未过 " + suffix);
        long absent = TrainingFixtures.technician(2, "A" + suffix, "缺席 " + suffix);
        long session = heldSession(hq, "AC-REPAIR", 5);
        long e1 = enrol(hq, session, passes);
        long e2 = enrol(hq, session, fails);
        long e3 = enrol(hq, session, absent);

        // a score without attendance, or out of range, is refused and nothing is recorded
        assertProblem(400, put("training-sessions/" + session + "/results", hq,
                "{\"results\":[" + result(e1, true, 85) + "," + result(e3, false, 90) + "]}"));
        assertProblem(400, put("training-sessions/" + session + "/results", hq, "{\"results\":[" + result(e1, true, 120) + "]}"));
        assertEquals(0L, ((Number) Fixtures.single("SELECT count(*) FROM enrolment WHERE session_id = ? AND attended IS NOT NULL", session)).longValue());

        HttpResponse<String> recorded = put("training-sessions/" + session + "/results", hq,
                "{\"results\":[" + result(e1, true, 85) + "," + result(e2, true, 69) + "," + result(e3, false, null) + "]}");
        assertEquals(200, recorded.statusCode(), recorded.body());
        JsonArray issued = json(recorded.body()).getJsonArray("issued");
        assertEquals(1, issued.size(), recorded.body());
        assertEquals("通过 " + suffix, issued.getJsonObject(0).getString("holder"));
        assertEquals(List.of(List.of(TrainingFixtures.personOf(passes))),
                Fixtures.query("SELECT person_id FROM certification WHERE enrolment_id IN (?, ?, ?)", e1, e2, e3));
        String code = issued.getJsonObject(0).getString("code");
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{20}"), code);

        // recording again issues nothing more; changing the certified result is refused
        assertEquals(0, json(put("training-sessions/" + session + "/results", hq,
                "{\"results\":[" + result(e1, true, 85) + "]}").body()).getJsonArray("issued").size());
        assertProblem(409, put("training-sessions/" + session + "/results", hq, "{\"results\":[" + result(e1, true, 40) + "]}"));

        // the database itself refuses a certificate for the failed enrolment, even to HQ's own session
        try (Connection db = Fixtures.applicationRole(); Statement statement = db.createStatement()) {
            db.setAutoCommit(false);
            statement.execute("SELECT set_config('app.hq', 'on', true)");
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO certification (id, number, code, person_id, course_id, enrolment_id, issued_on, expires_on, issued_by, issued_at) "
                            + "SELECT nextval('certification_seq'), 'X-" + suffix + "', 'XXXXXXXXXXXXXXX" + suffix.substring(0, 5) + "', "
                            + "person_id, " + courseId("AC-REPAIR") + ", id, current_date, current_date + 30, 'sql', now() FROM enrolment WHERE id = " + e2));
            assertEquals("23514", refused.getSQLState(), refused.getMessage());
            db.rollback();
        }

        // a later pass of the same course renews the certificate: a new one, the old one's history says so
        long again = heldSession(hq, "AC-REPAIR", 5);
        long e4 = enrol(hq, again, passes);
        JsonObject renewal = json(put("training-sessions/" + again + "/results", hq, "{\"results\":[" + result(e4, true, 95) + "]}").body());
        assertEquals(1, renewal.getJsonArray("issued").size());
        long first = issued.getJsonObject(0).getJsonNumber("id").longValue();
        String history = get("certifications/" + first + "/history", hq).body();
        assertTrue(history.contains("\"ISSUED\"") && history.contains("\"RENEWED\""), history);
    }

    @Test
    void theGateRefusesRepairsByTechniciansWithoutAValidCertificationAnd422NamesThem() throws Exception {
        String shop = clientToken("shop-1", "shop-1-dev-secret");
        String hq = userToken("hq.trainer");
        String suffix = Fixtures.unique();
        long none = TrainingFixtures.technician(1, "N" + suffix, "无证 " + suffix);
        long expired = TrainingFixtures.technician(1, "E" + suffix, "过期 " + suffix);
        TrainingFixtures.certification(expired, "AC-REPAIR", 800, -2);
        long revoked = TrainingFixtures.technician(1, "R" + suffix, "吊销 " + suffix);
        long revokedCert = (Long) TrainingFixtures.certification(revoked, "AC-REPAIR", 100, 500)[0];
        long wrongCategory = TrainingFixtures.technician(1, "W" + suffix, "热水器 " + suffix);
        TrainingFixtures.certification(wrongCategory, "WH-SAFETY", 10, 300);
        long valid = TrainingFixtures.technician(1, "V" + suffix, "有证 " + suffix);
        TrainingFixtures.certification(valid, "AC-REPAIR", 10, 700);

        assertEquals(200, post("certifications/" + revokedCert + "/revocation", hq, "{\"reason\":\"考试作弊\"}").statusCode());
        assertEquals("REVOKED", json(get("certifications/" + revokedCert, hq).body()).getString("state"));

        for (String code : List.of("N", "E", "R", "W")) {
            HttpResponse<String> refused = post("repairs", shop, repair("GT-" + code + suffix, code + suffix));
            assertProblem(422, refused);
            JsonObject violation = json(refused.body()).getJsonArray("violations").getJsonObject(0);
            assertEquals("technicianCode", violation.getString("field"));
            assertTrue(violation.getString("message").contains(code + suffix) && violation.getString("message").contains("air conditioner"),
                    violation.getString("message"));
        }
        HttpResponse<String> chinese = post("repairs", shop, repair("GT-Z" + suffix, "N" + suffix), "Accept-Language", "zh-CN");
        assertTrue(chinese.body().contains("上岗资格证") && chinese.body().contains("空调"), chinese.body());
        assertEquals(0L, ((Number) Fixtures.single("SELECT count(*) FROM repair_order WHERE ticket_no LIKE ?", "GT-%" + suffix)).longValue(),
                "a refused report writes nothing");

        HttpResponse<String> accepted = post("repairs", shop, repair("GT-V" + suffix, "V" + suffix));
        assertEquals(201, accepted.statusCode(), accepted.body());

        // the technician's certificate is revoked while the job is open: it cannot be moved to repaired by them
        long later = TrainingFixtures.technician(1, "K" + suffix, "后吊销 " + suffix);
        long laterCert = (Long) TrainingFixtures.certification(later, "AC-REPAIR", 10, 700)[0];
        HttpResponse<String> open = post("repairs", shop, repair("GT-K" + suffix, "K" + suffix));
        assertEquals(201, open.statusCode(), open.body());
        long order = json(open.body()).getJsonNumber("id").longValue();
        assertEquals(200, post("repairs/" + order + "/transitions", shop, "{\"status\":\"DIAGNOSED\"}").statusCode());
        assertEquals(200, post("certifications/" + laterCert + "/revocation", hq, "{\"reason\":\"证书作废\"}").statusCode());
        HttpResponse<String> notRepaired = post("repairs/" + order + "/transitions", shop, "{\"status\":\"REPAIRED\",\"resolution\":\"换电容\"}");
        assertProblem(422, notRepaired);
        assertTrue(notRepaired.body().contains("K" + suffix), notRepaired.body());
        assertEquals("DIAGNOSED", Fixtures.single("SELECT status FROM repair_order WHERE id = ?", order));

        // shop software sees who may repair what
        JsonArray staff = json("{\"t\":" + get("technicians", shop).body() + "}").getJsonArray("t");
        JsonObject qualified = staff.getValuesAs(JsonObject.class).stream().filter(t -> t.getString("code").equals("V" + suffix)).findFirst().orElseThrow();
        assertEquals("AIR_CONDITIONER", qualified.getJsonArray("certifications").getJsonObject(0).getString("category"));
        JsonObject unqualified = staff.getValuesAs(JsonObject.class).stream().filter(t -> t.getString("code").equals("E" + suffix)).findFirst().orElseThrow();
        assertTrue(unqualified.getJsonArray("certifications").isEmpty(), unqualified.toString());
        assertTrue(none > 0);
    }

    @Test
    void thePublicCheckTellsValidFromRevokedAndAnswersForgedAndUnknownCodesAlike() throws Exception {
        String suffix = Fixtures.unique();
        // a client address of its own (the test platform trusts loopback's X-Forwarded-For), so no other test's checks count
        String me = "192.0.2." + (1 + (int) (Math.random() * 250));
        long technician = TrainingFixtures.technician(1, "Q" + suffix, "公开 " + suffix);
        Object[] valid = TrainingFixtures.certification(technician, "AC-REPAIR", 5, 700);
        Object[] revoked = TrainingFixtures.certification(technician, "WH-SAFETY", 5, 300);
        assertEquals(200, post("certifications/" + revoked[0] + "/revocation", userToken("hq.trainer"), "{\"reason\":\"证件遗失补发\"}").statusCode());

        HttpResponse<String> ok = publicCheck((String) valid[1], me);
        assertEquals(200, ok.statusCode(), ok.body());
        JsonObject body = json(ok.body());
        assertEquals("VALID", body.getString("state"));
        assertEquals("公开 " + suffix, body.getString("holder"));
        assertEquals("上海浦东佳修家电服务有限公司", body.getString("outlet"));
        assertEquals(List.of("AIR_CONDITIONER"), body.getJsonArray("categories").getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", "")).toList());
        assertEquals(Set.of("state", "holder", "outlet", "course", "categories", "issuedOn", "expiresOn"), body.keySet(),
                "nothing beyond name, outlet, categories and the certificate's own dates");
        assertFalse(ok.body().contains("138") || ok.body().contains("021-"), "no phone numbers");
        // lower case and Crockford's look-alikes read as meant
        assertEquals(200, publicCheck(((String) valid[1]).toLowerCase(), me).statusCode());

        assertEquals("REVOKED", json(publicCheck((String) revoked[1], me).body()).getString("state"));

        String forged = ((String) valid[1]).substring(0, 19) + (((String) valid[1]).endsWith("0") ? "1" : "0");
        HttpResponse<String> forgedAnswer = publicCheck(forged, me);
        HttpResponse<String> unknown = publicCheck("00000000000000000000", me);
        HttpResponse<String> malformed = publicCheck("'%20OR%201=1--", me);
        for (HttpResponse<String> answer : List.of(forgedAnswer, unknown, malformed)) {
            assertProblem(404, answer);
            JsonObject problem = json(answer.body());
            assertEquals(json(unknown.body()).getString("type"), problem.getString("type"));
            assertEquals(json(unknown.body()).getString("detail"), problem.getString("detail"));
        }
    }

    @Test
    void thePublicCheckIsRateLimitedPerClientAddress() {
        // the test platform trusts the local proxy's X-Forwarded-For, so each test may count as an address of its own
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> answer = publicCheck("00000000000000000000", address);
            if (answer.statusCode() == 429) {
                limited++;
                assertTrue(answer.headers().firstValue("Retry-After").isPresent());
                assertProblem(429, answer);
            } else {
                assertEquals(404, answer.statusCode());
                ok++;
            }
        }
        assertTrue(limited >= 25 && ok <= 15, ok + " answered, " + limited + " limited");
        assertEquals(404, publicCheck("00000000000000000000", "203.0.113.77").statusCode(), "another address has its own bucket");
    }

    @Test
    void tenConcurrentEnrolmentsNeverOverbookASessionOfThreeSeats() throws Exception {
        String hq = userToken("hq.trainer");
        String suffix = Fixtures.unique();
        long session = heldSession(hq, "AC-REPAIR", 3);
        List<Long> technicians = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            technicians.add(TrainingFixtures.technician(1 + i % 2, "C" + i + suffix, "并发 " + i + " " + suffix));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (long technician : technicians) {
                answers.add(pool.submit(() -> post("training-sessions/" + session + "/enrolments", hq, "{\"technicianId\":" + technician + "}")));
            }
            int created = 0;
            int full = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() == 201) {
                    created++;
                } else {
                    assertProblem(409, response);
                    full++;
                }
            }
            assertEquals(3, created);
            assertEquals(7, full);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(List.of(3, 3L)), Fixtures.query("SELECT s.seats_taken, (SELECT count(*) FROM enrolment e "
                + "WHERE e.session_id = s.id AND e.status = 'ENROLLED') FROM training_session s WHERE s.id = ?", session));
    }

    @Test
    void anotherOutletSeesNothingOfOutletOnesTrainingAndGets404ById() throws Exception {
        String hq = userToken("hq.trainer");
        String manager1 = userToken("manager.1");
        String manager2 = userToken("manager.2");
        String shop2 = clientToken("shop-2", "shop-2-dev-secret");
        String suffix = Fixtures.unique();
        long technician = TrainingFixtures.technician(1, "I" + suffix, "隔离 " + suffix);
        Object[] cert = TrainingFixtures.certification(technician, "AC-REPAIR", 5, 700);

        // outlet 1 asks for a seat, HQ approves it
        long session = ((Number) Fixtures.single("INSERT INTO training_session (course_id, starts_at, ends_at, place, trainer, capacity, "
                + "created_by) SELECT id, now() + interval '10 days', now() + interval '10 days 8 hours', 'fixture', 'hq.trainer', 5, "
                + "'fixture' FROM course WHERE code = 'AC-REPAIR' RETURNING id")).longValue();
        HttpResponse<String> requested = post("training-sessions/" + session + "/enrolments", manager1, "{\"technicianId\":" + technician + "}");
        assertEquals(201, requested.statusCode(), requested.body());
        assertEquals("REQUESTED", json(requested.body()).getString("status"));
        long enrolment = json(requested.body()).getJsonNumber("id").longValue();
        assertTrue(get("enrolments", hq).body().contains("\"id\":" + enrolment));

        // outlet 2 sees none of it and gets 404 for every id of outlet 1's
        for (String token : List.of(manager2, shop2)) {
            assertProblem(404, get("certifications/" + cert[0], token));
            assertProblem(404, get("certifications/" + cert[0] + "/history", token));
            assertFalse(get("certifications", token).body().contains("隔离 " + suffix));
            assertFalse(get("certifications/expiring?days=90", token).body().contains("隔离 " + suffix));
            assertFalse(get("enrolments", token).body().contains("\"id\":" + enrolment));
            assertFalse(get("training-sessions/" + session + "/enrolments", token).body().contains("隔离 " + suffix));
            assertFalse(get("technicians", token).body().contains("I" + suffix));
        }
        assertProblem(404, post("training-sessions/" + session + "/enrolments", manager2, "{\"technicianId\":" + technician + "}"));
        // and may not decide, plan, record, revoke or read other outlets' compliance
        assertProblem(403, post("enrolments/" + enrolment + "/approval", manager2, ""));
        assertProblem(403, post("certifications/" + cert[0] + "/revocation", manager1, "{\"reason\":\"x\"}"));
        assertProblem(403, put("training-sessions/" + session + "/results", manager1, "{\"results\":[]}"));
        assertProblem(403, post("courses", shop2, "{}"));
        assertProblem(403, get("courses", userToken("shopper")));
        assertEquals(1, json("{\"c\":" + get("compliance", manager2).body() + "}").getJsonArray("c").size(), "its own figure only");

        HttpResponse<String> approved = post("enrolments/" + enrolment + "/approval", hq, "");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("ENROLLED", json(approved.body()).getString("status"));
        assertTrue(get("enrolments", manager1).body().contains("\"id\":" + enrolment));
        assertEquals(200, get("certifications/" + cert[0], manager1).statusCode());

        // the person moves to outlet 2: outlet 2 now sees the certificate, outlet 1 no longer does
        HttpResponse<String> moved = post("technicians/" + technician + "/transfer", userToken("hq.admin"),
                "{\"outletId\":2,\"code\":\"M" + suffix + "\"}");
        assertEquals(201, moved.statusCode(), moved.body());
        assertEquals(200, get("certifications/" + cert[0], manager2).statusCode());
        assertProblem(404, get("certifications/" + cert[0], manager1));
        assertTrue(get("technicians", shop2).body().contains("AIR_CONDITIONER"));
    }

    @Test
    void theExpiryCheckMarksExpiredCertificatesOnceAndRemindsTheOutlet() throws Exception {
        String hq = userToken("hq.trainer");
        String suffix = Fixtures.unique();
        long technician = TrainingFixtures.technician(2, "X" + suffix, "到期 " + suffix);
        long lapsed = (Long) TrainingFixtures.certification(technician, "TV-SA-REPAIR", 800, -1)[0];
        long soon = (Long) TrainingFixtures.certification(technician, "REF-WM-REPAIR", 700, 20)[0];

        HttpResponse<String> run = post("certifications/expiry-run", hq, "");
        assertEquals(200, run.statusCode(), run.body());
        assertEquals("EXPIRED", Fixtures.single("SELECT status FROM certification WHERE id = ?", lapsed));
        assertEquals("VALID", Fixtures.single("SELECT status FROM certification WHERE id = ?", soon));
        assertEquals(List.of(List.of(2L, "EXPIRED"), List.of(2L, "EXPIRING")), Fixtures.query(
                "SELECT outlet_id, kind FROM training_reminder WHERE certification_id IN (?, ?) ORDER BY kind", lapsed, soon));

        assertEquals(200, post("certifications/expiry-run", hq, "").statusCode());
        assertEquals(1L, Fixtures.single("SELECT count(*) FROM certification_event WHERE certification_id = ? AND kind = 'EXPIRED'", lapsed));
        assertEquals(2L, Fixtures.single("SELECT count(*) FROM training_reminder WHERE certification_id IN (?, ?)", lapsed, soon));
        assertTrue(get("certifications/expiring?days=30", userToken("manager.2")).body().contains("到期 " + suffix));
        assertProblem(400, get("certifications/expiring?days=45", hq));
    }

    @Test
    void theDailyExpiryJobHasRunOnceTodayAfterTheStart() throws Exception {
        // network-admin's timer runs it a minute after the start and hourly; the day's job_run row admits one run
        String today = "(now() AT TIME ZONE 'Asia/Shanghai')::date";
        long deadline = System.nanoTime() + 120_000_000_000L;
        long runs = 0;
        while (System.nanoTime() < deadline && (runs = (Long) Fixtures.single(
                "SELECT count(*) FROM job_run WHERE job = 'certification-expiry' AND run_on = " + today)) == 0) {
            Thread.sleep(2000);
        }
        assertEquals(1L, runs, "one run of the day");
        assertTrue(((String) Fixtures.single("SELECT outcome FROM job_run WHERE job = 'certification-expiry' AND run_on = " + today))
                .startsWith("ExpiryRun[ran=true"));
    }

    @Test
    void badTrainingInputIsRefusedWithAClearMessageAndWritesNothing() throws Exception {
        String hq = userToken("hq.trainer");
        String code = "BAD-" + Fixtures.unique();
        HttpResponse<String> course = post("courses", hq, "{\"code\":\"" + code + "\",\"kind\":\"PRODUCT\",\"nameEn\":\"x\","
                + "\"nameZhCn\":\"x\",\"nameZhTw\":\"x\",\"validityMonths\":0,\"passMark\":70,\"categories\":[\"TELEVISION\"]}");
        assertProblem(400, course);
        assertTrue(course.body().contains("validityMonths"), course.body());
        assertProblem(400, post("courses", hq, "{\"code\":\"" + code + "\",\"kind\":\"GOSSIP\"}"));
        assertEquals(0L, Fixtures.single("SELECT count(*) FROM course WHERE code = ?", code));

        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> backwards = post("training-sessions", hq, Json.createObjectBuilder().add("courseId", courseId("AC-REPAIR"))
                .add("startsAt", start.toString()).add("endsAt", start.minus(1, ChronoUnit.HOURS).toString())
                .add("place", "BAD-" + code).add("trainer", "hq.trainer").add("capacity", 5).build().toString(), "Accept-Language", "zh-CN");
        assertProblem(400, backwards);
        assertTrue(backwards.body().contains("结束时间"), backwards.body());
        assertEquals(0L, Fixtures.single("SELECT count(*) FROM training_session WHERE place = ?", "BAD-" + code));
        assertProblem(400, post("certifications/1/revocation", hq, "{\"reason\":\"  \"}"));
        assertProblem(404, post("training-sessions/999999999/enrolments", hq, "{\"technicianId\":1}"));
        assertProblem(400, put("compliance/threshold", hq, "{\"percent\":150}"));
    }
}
