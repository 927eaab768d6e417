package com.servicenet.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.servicenet.systemtests.Platform.get;
import static com.servicenet.systemtests.Platform.json;
import static com.servicenet.systemtests.Platform.post;
import static com.servicenet.systemtests.Platform.userToken;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Audits and mystery shopping through the API with real tokens: hq.auditor plans and releases, the demo
 * shopper (user {@code shopper}) visits and submits, outlets 1 and 2 (manager.1, manager.2) see their
 * released results and answer corrective actions. Demo data gives the templates SQ-SPOT and SQ-SHOP.
 */
class AuditApiIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static long template(String code) throws SQLException {
        return ((Number) Fixtures.single("SELECT id FROM audit_template WHERE code = ?", code)).longValue();
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return ((Number) Fixtures.single(sql, parameters)).longValue();
    }

    private static HttpResponse<String> send(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return Platform.send(request);
    }

    private static HttpResponse<String> put(String path, String token, String json) {
        return send("PUT", path, token, "application/json", json.getBytes(UTF_8));
    }

    private static HttpResponse<String> upload(String path, String token, String fileName, Long questionId, byte[] bytes) {
        String query = "?fileName=" + URLEncoder.encode(fileName, UTF_8) + (questionId == null ? "" : "&questionId=" + questionId);
        return send("POST", path + query, token, "application/octet-stream", bytes);
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static long id(HttpResponse<String> response) {
        return json(response.body()).getJsonNumber("id").longValue();
    }

    /** Plans an audit of the template at the outlet, visited today, assigned as given. */
    static long plan(String hq, long outlet, String template, String assignee) throws SQLException {
        HttpResponse<String> planned = post("audits", hq, Json.createObjectBuilder().add("outletId", outlet)
                .add("templateId", template(template)).add("windowFrom", TODAY.minusDays(3).toString())
                .add("windowTo", TODAY.plusDays(10).toString()).add("plannedOn", TODAY.toString())
                .add("assignee", assignee).build().toString());
        assertEquals(201, planned.statusCode(), planned.body());
        return id(planned);
    }

    /** Every question of the visit's form answered at the top (or bottom) of its scale; a photo for each photo question. */
    static JsonArray answers(String token, long audit, boolean good) {
        HttpResponse<String> visit = get("assignments/" + audit, token);
        assertEquals(200, visit.statusCode(), visit.body());
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (JsonValue section : json(visit.body()).getJsonArray("form")) {
            for (JsonValue q : section.asJsonObject().getJsonArray("questions")) {
                JsonObject question = q.asJsonObject();
                long id = question.getJsonNumber("id").longValue();
                var answer = Json.createObjectBuilder().add("questionId", id);
                switch (question.getString("kind")) {
                    case "YES_NO" -> answer.add("yes", good);
                    case "SCALE_0_4" -> answer.add("scale", good ? 4 : 0);
                    case "SCALE_1_5" -> answer.add("scale", good ? 5 : 1);
                    case "NUMBER" -> answer.add("number", 12);
                    case "TEXT" -> answer.add("text", "按检查表核对");
                    case "PHOTO" -> assertEquals(201, upload("assignments/" + audit + "/attachments", token, "photo-" + id + ".png", id, PNG).statusCode());
                    default -> throw new IllegalStateException(question.toString());
                }
                answers.add(answer.add("comment", good ? "" : "不合格"));
            }
        }
        return answers.build();
    }

    static HttpResponse<String> submit(String token, long audit, JsonArray answers) {
        return post("assignments/" + audit + "/submission", token, Json.createObjectBuilder()
                .add("visitedOn", TODAY.toString()).add("answers", answers).build().toString());
    }

    /** A spot check of the outlet by hq.auditor, submitted and released: failing or good. */
    static long releasedSpotCheck(String hq, long outlet, boolean good) throws SQLException {
        long audit = plan(hq, outlet, "SQ-SPOT", "hq.auditor");
        assertEquals(200, submit(hq, audit, answers(hq, audit, good)).statusCode());
        HttpResponse<String> released = post("audits/" + audit + "/release", hq, "");
        assertEquals(200, released.statusCode(), released.body());
        return audit;
    }

    @Test
    void aShopperSeesOnlyTheirOwnAssignmentAndSubmitsItOnceWithAPhoto() throws Exception {
        String hq = userToken("hq.auditor");
        String shopper = userToken("shopper");
        String suffix = Fixtures.unique();
        long outlet = Fixtures.outlet("AU-" + suffix, "ACTIVE");
        long elsewhere = Fixtures.outlet("AV-" + suffix, "ACTIVE");
        long mine = plan(hq, outlet, "SQ-SHOP", "shopper");
        long theirs = plan(hq, elsewhere, "SQ-SHOP", "shopper.gz");

        HttpResponse<String> listed = get("assignments", shopper);
        assertEquals(200, listed.statusCode(), listed.body());
        Set<Long> ids = json("{\"a\":" + listed.body() + "}").getJsonArray("a").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertTrue(ids.contains(mine), listed.body());
        assertFalse(ids.contains(theirs), "another shopper's assignment is not listed");
        JsonObject assignment = json("{\"a\":" + listed.body() + "}").getJsonArray("a").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("id").longValue() == mine).findFirst().orElseThrow();
        assertEquals("测试网点 AU-" + suffix, assignment.getJsonObject("outlet").getString("name"));
        assertTrue(Set.of("name", "address").containsAll(assignment.getJsonObject("outlet").keySet()), "of the outlet only name and address");
        assertFalse(listed.body().contains("score") || listed.body().contains("band") || listed.body().contains("weight"), listed.body());
        assertProblem(404, get("assignments/" + theirs, shopper));

        // a draft: a scale out of range is refused and writes nothing, a good draft is kept
        long scaleQuestion = count("SELECT q.id FROM template_question q JOIN template_section s ON s.id = q.section_id "
                + "JOIN audit a ON a.template_version_id = s.version_id WHERE a.id = ? AND q.kind = 'SCALE_1_5' ORDER BY q.id LIMIT 1", mine);
        assertProblem(400, put("assignments/" + mine + "/draft", shopper, "{\"answers\":[{\"questionId\":" + scaleQuestion + ",\"scale\":9}]}"));
        assertEquals(0L, count("SELECT count(*) FROM audit_answer WHERE audit_id = ?", mine));
        HttpResponse<String> draft = put("assignments/" + mine + "/draft", shopper, "{\"answers\":[{\"questionId\":" + scaleQuestion + ",\"scale\":4}]}");
        assertEquals(200, draft.statusCode(), draft.body());
        assertEquals("IN_PROGRESS", Fixtures.single("SELECT status FROM audit WHERE id = ?", mine));

        // files: too large, not an image, a path for a name — refused with a message, nothing stored
        String files = "assignments/" + mine + "/attachments";
        byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
        System.arraycopy(PNG, 0, twentyMegabytes, 0, PNG.length);
        assertProblem(413, upload(files, shopper, "big.png", null, twentyMegabytes));
        HttpResponse<String> notAnImage = upload(files, shopper, "receipt.jpg", null, "<?php system($_GET['c']); ?>".getBytes(UTF_8));
        assertProblem(400, notAnImage);
        assertTrue(json(notAnImage.body()).toString().contains("JPEG"), notAnImage.body());
        HttpResponse<String> traversal = upload(files, shopper, "../../../etc/passwd", null, PNG);
        assertProblem(400, traversal);
        assertTrue(traversal.body().contains("fileName"), traversal.body());
        assertEquals(0L, count("SELECT count(*) FROM attachment WHERE audit_id = ?", mine));
        assertEquals(0L, count("SELECT count(*) FROM attachment_content c JOIN attachment a ON a.id = c.attachment_id WHERE a.audit_id = ?", mine));

        // submitting with questions unanswered is refused; the complete form goes in once
        assertProblem(400, submit(shopper, mine, Json.createArrayBuilder().build()));
        JsonArray answers = answers(shopper, mine, true);
        HttpResponse<String> submitted = submit(shopper, mine, answers);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", json(submitted.body()).getString("status"));
        assertFalse(submitted.body().contains("score"), "a shopper never sees a score: " + submitted.body());
        assertEquals(100.0, ((Number) Fixtures.single("SELECT score FROM audit WHERE id = ?", mine)).doubleValue(), 0.001);
        assertEquals("GOOD", Fixtures.single("SELECT band FROM audit WHERE id = ?", mine));
        assertEquals(6L, count("SELECT count(*) FROM audit_section_score WHERE audit_id = ?", mine));
        HttpResponse<String> again = submit(shopper, mine, answers);
        assertProblem(409, again);
        assertEquals(1L, count("SELECT count(*) FROM audit WHERE id = ? AND status = 'SUBMITTED'", mine));

        // the photo: stored whole, served to HQ only, as a download of its real type
        long photo = count("SELECT id FROM attachment WHERE audit_id = ?", mine);
        assertProblem(403, get("attachments/" + photo, shopper));
        HttpResponse<byte[]> bytes = Platform.sendBytes(HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/attachments/" + photo))
                .header("Authorization", "Bearer " + hq).GET());
        assertEquals(200, bytes.statusCode());
        assertArrayEquals(PNG, bytes.body());
        assertEquals("image/png", bytes.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", bytes.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(bytes.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    }

    @Test
    void aShoppersTokenIsRefusedEverywhereButTheirAssignments() throws Exception {
        String shopper = userToken("shopper");
        long someAudit = count("SELECT min(id) FROM audit");
        long someAction = count("SELECT min(id) FROM corrective_action");
        for (String path : List.of("outlets", "outlets/1", "regions", "repairs", "repairs/1", "technicians", "courses", "training-sessions",
                "certifications", "enrolments", "compliance", "audits", "audits/" + someAudit, "audits/" + someAudit + "/findings",
                "audits/trend?outletId=1", "audit-templates", "audit-settings", "corrective-actions", "corrective-actions/" + someAction,
                "replacement-candidates", "attachments/1")) {
            int status = get(path, shopper).statusCode();
            assertTrue(status == 403 || status == 404, path + " answered " + status);
        }
        for (String path : List.of("audits", "audits/proposals", "audits/" + someAudit + "/release", "corrective-actions",
                "audit-templates", "repairs")) {
            int status = post(path, shopper, "{}").statusCode();
            assertTrue(status == 403 || status == 404, "POST " + path + " answered " + status);
        }
        assertEquals(0L, count("SELECT count(*) FROM audit WHERE created_by = 'shopper'"));
    }

    @Test
    void anOutletNeverSeesAMysteryShopBeforeItsRelease() throws Exception {
        String hq = userToken("hq.auditor");
        String shopper = userToken("shopper");
        String outlet2 = userToken("manager.2");
        String outlet1 = userToken("manager.1");
        long shop = plan(hq, 2, "SQ-SHOP", "shopper");
        assertEquals(200, submit(shopper, shop, answers(shopper, shop, true)).statusCode());

        assertFalse(get("audits", outlet2).body().contains("\"id\":" + shop + ","), "not listed before release");
        assertProblem(404, get("audits/" + shop, outlet2));
        assertProblem(404, get("audits/" + shop + "/findings", outlet2));

        assertEquals(200, post("audits/" + shop + "/release", hq, "").statusCode());
        HttpResponse<String> released = get("audits/" + shop, outlet2);
        assertEquals(200, released.statusCode(), released.body());
        JsonObject audit = json(released.body()).getJsonObject("audit");
        assertEquals("MYSTERY_SHOP", audit.getString("kind"));
        assertFalse(audit.containsKey("assignee"), "the outlet never learns who the shopper was: " + audit);
        assertEquals(6, json(released.body()).getJsonArray("sections").size());
        assertTrue(get("audits", outlet2).body().contains("\"id\":" + shop + ","), "listed once released");
        // another outlet never sees it, released or not
        assertProblem(404, get("audits/" + shop, outlet1));
        assertFalse(get("audits", outlet1).body().contains("\"id\":" + shop + ","));
    }

    @Test
    void theCorrectiveActionLoopGoesOpenRespondedVerifiedAndReopened() throws Exception {
        String hq = userToken("hq.auditor");
        String outlet1 = userToken("manager.1");
        String outlet2 = userToken("manager.2");
        long audit = plan(hq, 1, "SQ-SPOT", "hq.auditor");
        assertEquals(200, submit(hq, audit, answers(hq, audit, false)).statusCode());
        assertEquals("FAILING", Fixtures.single("SELECT band FROM audit WHERE id = ?", audit));
        HttpResponse<String> findings = get("audits/" + audit + "/findings", hq);
        assertEquals(200, findings.statusCode(), findings.body());
        JsonArray found = json("{\"f\":" + findings.body() + "}").getJsonArray("f");
        assertTrue(found.size() >= 10, "each failed scored question is a finding: " + found.size());
        long finding = found.getJsonObject(0).getJsonNumber("id").longValue();

        // only on a released result
        String raise = Json.createObjectBuilder().add("findingId", finding).add("description", "按维修清单公示价格并培训前台")
                .add("dueOn", TODAY.plusDays(14).toString()).build().toString();
        assertProblem(409, post("corrective-actions", hq, raise));
        assertEquals(200, post("audits/" + audit + "/release", hq, "").statusCode());
        assertProblem(400, post("corrective-actions", hq, raise.replace(TODAY.plusDays(14).toString(), TODAY.minusDays(1).toString())));
        HttpResponse<String> raised = post("corrective-actions", hq, raise);
        assertEquals(201, raised.statusCode(), raised.body());
        long action = json(raised.body()).getJsonObject("action").getJsonNumber("id").longValue();
        assertProblem(409, post("corrective-actions", hq, raise));

        // outlet 2 sees nothing of it
        assertProblem(404, get("corrective-actions/" + action, outlet2));
        assertFalse(get("corrective-actions", outlet2).body().contains("\"id\":" + action + ","));
        assertProblem(404, post("corrective-actions/" + action + "/response", outlet2, "{\"text\":\"不是我们的\"}"));
        assertProblem(404, upload("corrective-actions/" + action + "/evidence", outlet2, "x.png", null, PNG));

        // outlet 1 responds with evidence; bad evidence is refused and stores nothing
        assertProblem(400, upload("corrective-actions/" + action + "/evidence", outlet1, "notes.txt", null, "just text".getBytes(UTF_8)));
        assertEquals(0L, count("SELECT count(*) FROM attachment WHERE action_id = ?", action));
        assertEquals(201, upload("corrective-actions/" + action + "/evidence", outlet1, "价格公示.pdf", null,
                "%PDF-1.4 price list on the wall".getBytes(UTF_8)).statusCode());
        assertProblem(400, post("corrective-actions/" + action + "/response", outlet1, "{\"text\":\"  \"}"));
        HttpResponse<String> responded = post("corrective-actions/" + action + "/response", outlet1, "{\"text\":\"价格表已张贴，前台已培训\"}");
        assertEquals(200, responded.statusCode(), responded.body());
        assertEquals("RESPONDED", json(responded.body()).getJsonObject("action").getString("status"));
        assertEquals(403, post("corrective-actions/" + action + "/verification", outlet1, "{}").statusCode(), "an outlet cannot close it");

        // HQ reopens; the outlet responds again; HQ verifies; then it is closed for the outlet
        HttpResponse<String> reopened = post("corrective-actions/" + action + "/reopening", hq,
                "{\"note\":\"照片不清楚，请重新上传\",\"dueOn\":\"" + TODAY.plusDays(7) + "\"}");
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertEquals("OPEN", json(reopened.body()).getJsonObject("action").getString("status"));
        assertEquals(1, json(reopened.body()).getJsonObject("action").getInt("reopened"));
        assertEquals(200, post("corrective-actions/" + action + "/response", outlet1, "{\"text\":\"已重新拍照\"}").statusCode());
        HttpResponse<String> verified = post("corrective-actions/" + action + "/verification", hq, "{\"note\":\"复查通过\"}");
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("CLOSED", Fixtures.single("SELECT status FROM corrective_action WHERE id = ?", action));
        assertEquals(List.of(List.of("RAISED"), List.of("RESPONDED"), List.of("REOPENED"), List.of("RESPONDED"), List.of("VERIFIED")),
                Fixtures.query("SELECT step FROM action_event WHERE action_id = ? ORDER BY at, id", action));
        assertProblem(409, post("corrective-actions/" + action + "/response", outlet1, "{\"text\":\"再次答复\"}"));

        // overdue ones are listed network-wide
        // as HQ: the guard trigger lets nobody else change a deadline, superuser or not
        Fixtures.update("DO $$ BEGIN PERFORM set_config('app.hq', 'on', true); UPDATE corrective_action SET status = 'OPEN', "
                + "closed_at = NULL, due_on = current_date - 2 WHERE id = " + action + "; END $$");
        HttpResponse<String> overdue = get("corrective-actions?overdue=true", hq);
        assertTrue(overdue.body().contains("\"id\":" + action + ","), overdue.body());
        assertTrue(overdue.body().contains("\"overdue\":true"));
    }

    @Test
    void twoFailingAuditsWithinSixMonthsPutTheOutletOnProbationAndOnTheCandidateList() throws Exception {
        String hq = userToken("hq.auditor");
        long outlet = Fixtures.outlet("PB-" + Fixtures.unique(), "ACTIVE");

        releasedSpotCheck(hq, outlet, false);
        assertEquals("ACTIVE", Fixtures.single("SELECT status FROM outlet WHERE id = ?", outlet), "one failure is not yet a pattern");
        assertFalse(get("replacement-candidates", hq).body().contains("\"outletId\":" + outlet + ","));
        releasedSpotCheck(hq, outlet, true);
        assertEquals("ACTIVE", Fixtures.single("SELECT status FROM outlet WHERE id = ?", outlet));
        releasedSpotCheck(hq, outlet, false);

        assertEquals("PROBATION", Fixtures.single("SELECT status FROM outlet WHERE id = ?", outlet));
        assertEquals(1L, count("SELECT count(*) FROM outlet_event WHERE outlet_id = ? AND kind = 'STATUS' AND from_status = 'ACTIVE' "
                + "AND to_status = 'PROBATION' AND note LIKE '%2%'", outlet));
        HttpResponse<String> candidates = get("replacement-candidates", hq);
        assertTrue(candidates.body().contains("\"outletId\":" + outlet + ","), candidates.body());
        assertEquals(1L, count("SELECT count(*) FROM replacement_candidate WHERE outlet_id = ? AND source = 'AUDITS' AND resolved_at IS NULL", outlet));
        // a third failure does not list it twice
        releasedSpotCheck(hq, outlet, false);
        assertEquals(1L, count("SELECT count(*) FROM replacement_candidate WHERE outlet_id = ?", outlet));
    }

    @Test
    void aPublishedTemplateVersionIsFrozenAndAuditsKeepTheirVersion() throws Exception {
        String hq = userToken("hq.auditor");
        String code = "T-" + Fixtures.unique();
        HttpResponse<String> created = post("audit-templates", hq, Json.createObjectBuilder().add("code", code).add("kind", "SPOT_CHECK")
                .add("nameEn", "Test " + code).add("nameZhCn", "测试 " + code).add("nameZhTw", "測試 " + code).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long template = id(created);
        String draft = "{\"criticalCap\":40,\"sections\":[{\"titleZhCn\":\"态度和行为\",\"weight\":2,\"questions\":["
                + "{\"textZhCn\":\"接待礼貌\",\"kind\":\"SCALE_1_5\",\"weight\":2},"
                + "{\"textZhCn\":\"出示资格证\",\"kind\":\"YES_NO\",\"weight\":3,\"critical\":true},"
                + "{\"textZhCn\":\"店面照片\",\"kind\":\"PHOTO\",\"weight\":0}]}]}";
        // bad drafts: a zero weight on a scored question, a missing kind — 400, the draft stays empty
        assertProblem(400, put("audit-templates/" + template + "/draft", hq, draft.replace("\"weight\":3", "\"weight\":0")));
        assertProblem(400, put("audit-templates/" + template + "/draft", hq, draft.replace("\"kind\":\"YES_NO\",", "")));
        assertEquals(0L, count("SELECT count(*) FROM template_section s JOIN template_version v ON v.id = s.version_id WHERE v.template_id = ?", template));
        assertProblem(409, post("audit-templates/" + template + "/publication", hq, ""));

        assertEquals(200, put("audit-templates/" + template + "/draft", hq, draft).statusCode());
        HttpResponse<String> published = post("audit-templates/" + template + "/publication", hq, "");
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(json(published.body()).getBoolean("published"));
        long v1 = id(published);
        long audit = plan(hq, 1, code, "hq.auditor");

        // the next edit is a new draft, version 2; version 1 and its audit stay as they were
        HttpResponse<String> second = put("audit-templates/" + template + "/draft", hq, draft.replace("接待礼貌", "接待礼貌（修订）"));
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(2, json(second.body()).getInt("number"));
        assertEquals(1L, count("SELECT count(*) FROM template_question q JOIN template_section s ON s.id = q.section_id "
                + "WHERE s.version_id = ? AND q.text_zh_cn = '接待礼貌'", v1));
        assertEquals(v1, count("SELECT template_version_id FROM audit WHERE id = ?", audit));
        // and the database refuses to change a published version, whoever asks
        long question = count("SELECT min(q.id) FROM template_question q JOIN template_section s ON s.id = q.section_id WHERE s.version_id = ?", v1);
        assertEquals("23514", sqlState(() -> Fixtures.update("UPDATE template_question SET weight = 9 WHERE id = ?", question)));
    }

    @Test
    void theSchedulerAndTheAssignmentsFollowTheShopperRules() throws Exception {
        String hq = userToken("hq.auditor");
        String suffix = Fixtures.unique();
        long a = Fixtures.outlet("SA-" + suffix, "ACTIVE");
        long b = Fixtures.outlet("SB-" + suffix, "ACTIVE");
        Fixtures.update("INSERT INTO shopper_link (username, outlet_id, reason) VALUES ('shopper', ?, '亲属'), ('shopper.gz', ?, '前员工')", a, a);
        LocalDate from = TODAY.plusDays(30);
        LocalDate to = TODAY.plusDays(60);
        HttpResponse<String> proposed = post("audits/proposals", hq, Json.createObjectBuilder().add("templateId", template("SQ-SHOP"))
                .add("from", from.toString()).add("to", to.toString()).add("outletIds", Json.createArrayBuilder().add(a).add(b))
                .add("seed", 7).build().toString());
        assertEquals(200, proposed.statusCode(), proposed.body());
        JsonArray proposals = json(proposed.body()).getJsonArray("proposals");
        assertEquals(2, proposals.size(), proposed.body());
        List<Long> outlets = new ArrayList<>();
        for (JsonValue value : proposals) {
            JsonObject p = value.asJsonObject();
            LocalDate on = LocalDate.parse(p.getString("on"));
            assertTrue(!on.isBefore(from) && !on.isAfter(to), p.toString());
            if (p.getJsonNumber("outletId").longValue() == a) {
                assertEquals("shopper.hz", p.getString("shopper"), "the only shopper not linked to outlet A");
            }
            outlets.add(p.getJsonNumber("outletId").longValue());
        }
        assertEquals(Set.of(a, b), Set.copyOf(outlets));
        HttpResponse<String> accepted = post("audits/proposals/acceptance", hq, Json.createObjectBuilder().add("templateId", template("SQ-SHOP"))
                .add("windowFrom", from.toString()).add("windowTo", to.toString()).add("proposals", proposals).build().toString());
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(2L, count("SELECT count(*) FROM audit WHERE outlet_id IN (?, ?) AND planned_on BETWEEN ? AND ?", a, b, from, to));

        // by hand: a linked shopper, someone who is no shopper, an announced mystery shop — each refused, nothing planned
        long open = plan(hq, b, "SQ-SHOP", "shopper.hz");
        assertProblem(400, put("audits/" + plan(hq, a, "SQ-SPOT", "hq.auditor") + "/assignment", hq, "{\"assignee\":\"\"}"));
        long shop = count("SELECT id FROM audit WHERE outlet_id = ? AND kind = 'MYSTERY_SHOP' ORDER BY id LIMIT 1", a);
        assertProblem(400, put("audits/" + shop + "/assignment", hq, "{\"assignee\":\"shopper\"}"));
        assertProblem(400, put("audits/" + shop + "/assignment", hq, "{\"assignee\":\"nobody\"}"));
        long before = count("SELECT count(*) FROM audit");
        HttpResponse<String> announced = post("audits", hq, Json.createObjectBuilder().add("outletId", b).add("templateId", template("SQ-SHOP"))
                .add("windowFrom", TODAY.toString()).add("windowTo", TODAY.plusDays(5).toString()).add("announced", true).build().toString());
        assertProblem(400, announced);
        // twice in a row: shopper.hz has the open one at B, so not the next one there
        HttpResponse<String> twice = post("audits", hq, Json.createObjectBuilder().add("outletId", b).add("templateId", template("SQ-SHOP"))
                .add("windowFrom", TODAY.plusDays(1).toString()).add("windowTo", TODAY.plusDays(5).toString())
                .add("assignee", "shopper.hz").build().toString());
        assertProblem(400, twice);
        assertEquals(before, count("SELECT count(*) FROM audit"), "nothing half-written");
        assertTrue(open > 0);
    }

    @Test
    void settingsRefuseDisorderedBandsAndTheTrendHasEveryMonth() throws Exception {
        String hq = userToken("hq.auditor");
        HttpResponse<String> settings = get("audit-settings", hq);
        assertEquals(200, settings.statusCode(), settings.body());
        String before = settings.body();
        HttpResponse<String> disordered = Platform.send(HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/audit-settings"))
                .header("Authorization", "Bearer " + hq).header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"goodFrom\":40,\"failingBelow\":60,\"probationFailures\":2,"
                        + "\"probationMonths\":6,\"minGapDays\":30}", UTF_8)));
        assertProblem(400, disordered);
        assertTrue(disordered.body().contains("分档"), disordered.body());
        assertEquals(before, get("audit-settings", hq).body(), "unchanged");
        assertEquals(403, get("audit-settings", userToken("manager.1")).statusCode());

        // outlet 1's demo results: 12 months × 2 kinds, a mean where it had a released audit, null elsewhere
        HttpResponse<String> trend = get("audits/trend?outletId=1&months=12", hq);
        assertEquals(200, trend.statusCode(), trend.body());
        JsonArray points = json("{\"t\":" + trend.body() + "}").getJsonArray("t");
        assertEquals(24, points.size());
        assertTrue(points.stream().anyMatch(p -> p.asJsonObject().containsKey("meanScore")), trend.body());
        assertTrue(points.stream().anyMatch(p -> !p.asJsonObject().containsKey("meanScore")), "months without audits have no mean");
        HttpResponse<String> own = get("audits/trend", userToken("manager.1"));
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(24, json("{\"t\":" + own.body() + "}").getJsonArray("t").size());
        assertProblem(400, get("audits/trend", hq));
        assertProblem(400, get("audits/trend?outletId=1&months=99", hq));
    }

    private interface Sql {
        void run() throws SQLException;
    }

    private static String sqlState(Sql statement) {
        try {
            statement.run();
            return "none";
        } catch (SQLException refused) {
            return refused.getSQLState();
        }
    }
}
