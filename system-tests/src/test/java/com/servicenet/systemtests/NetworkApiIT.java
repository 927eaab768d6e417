package com.servicenet.systemtests;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static com.servicenet.systemtests.Platform.get;
import static com.servicenet.systemtests.Platform.json;
import static com.servicenet.systemtests.Platform.post;
import static com.servicenet.systemtests.Platform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service network's rules, held by PostgreSQL and the API together: exclusivity, atomic replacement, isolation. */
class NetworkApiIT {

    @Test
    void theDatabaseRefusesASecondHolderEvenWhenJavaIsBypassed() throws Exception {
        String suffix = Fixtures.unique();
        long region = Fixtures.district("SH-SH-X" + suffix);
        long first = Fixtures.outlet("X1-" + suffix, "ACTIVE");
        long second = Fixtures.outlet("X2-" + suffix, "ACTIVE");

        try (Connection app = Fixtures.applicationRole()) {
            app.setAutoCommit(false);
            asHeadquarters(app);
            appoint(app, region, first);
            SQLException refused = assertThrows(SQLException.class, () -> appoint(app, region, second));
            assertEquals("23P01", refused.getSQLState(), "exclusion_violation of region_held_by_one_outlet");
            app.rollback();
        }
    }

    @Test
    void appointingAHeldRegionIsRefusedWithTheHoldersName() throws Exception {
        String suffix = Fixtures.unique();
        long region = Fixtures.district("SH-SH-A" + suffix);
        long holder = Fixtures.outlet("HELD-" + suffix, "ACTIVE");
        Fixtures.appointment(region, holder, "now() - interval '1 day'", "NULL");
        long other = Fixtures.outlet("WANT-" + suffix, "ACTIVE");

        HttpResponse<String> response = post("outlets/" + other + "/appointments", userToken("hq.admin"),
                "{\"regionCode\":\"SH-SH-A" + suffix + "\"}", "Accept-Language", "zh-CN");

        assertEquals(409, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        String detail = json(response.body()).getString("detail");
        assertTrue(detail.contains("HELD-" + suffix) && detail.contains("已由网点"), detail);
    }

    @Test
    void aReplacementThatFailsMidwayChangesNothing() throws Exception {
        String suffix = Fixtures.unique();
        long regionA = Fixtures.district("SH-SH-MA" + suffix);
        long regionB = Fixtures.district("SH-SH-MB" + suffix);
        long failing = Fixtures.outlet("MF-" + suffix, "ACTIVE");
        long successor = Fixtures.outlet("MS-" + suffix, "ACTIVE");
        long planned = Fixtures.outlet("MP-" + suffix, "ACTIVE");
        Fixtures.appointment(regionA, failing, "now() - interval '60 days'", "NULL");
        // region B is handed to a third outlet next week: the successor cannot hold it open-ended, which the
        // database notices only when the replacement writes B, after it has already moved A
        Fixtures.appointment(regionB, failing, "now() - interval '60 days'", "now() + interval '7 days'");
        Fixtures.appointment(regionB, planned, "now() + interval '7 days'", "NULL");
        List<List<Object>> before = snapshot(failing, successor);

        HttpResponse<String> response = post("outlets/" + failing + "/replacement", userToken("hq.admin"),
                "{\"successorId\":" + successor + ",\"reason\":\"多次投诉\"}");

        assertEquals(409, response.statusCode(), response.body());
        assertTrue(json(response.body()).getString("detail").contains("SH-SH-MB" + suffix), response.body());
        assertEquals(before, snapshot(failing, successor), "no appointment, status, record entry or identity task changed");
        assertEquals("ACTIVE", Fixtures.single("SELECT status FROM outlet WHERE id = ?", failing));
    }

    @Test
    void replacementMovesEveryRegionAndRecordsIt() throws Exception {
        String suffix = Fixtures.unique();
        long regionA = Fixtures.district("SH-SH-PA" + suffix);
        long regionB = Fixtures.district("SH-SH-PB" + suffix);
        long failing = Fixtures.outlet("PF-" + suffix, "SUSPENDED");
        long successor = Fixtures.outlet("PS-" + suffix, "CANDIDATE");
        Fixtures.appointment(regionA, failing, "now() - interval '60 days'", "NULL");
        Fixtures.appointment(regionB, failing, "now() - interval '30 days'", "NULL");

        HttpResponse<String> response = post("outlets/" + failing + "/replacement", userToken("hq.admin"),
                "{\"successorId\":" + successor + ",\"reason\":\"暗访发现乱收费\"}");

        assertEquals(204, response.statusCode(), response.body());
        JsonObject taken = json(get("outlets/" + successor, userToken("hq.admin")).body());
        assertEquals(List.of("SH-SH-PA" + suffix, "SH-SH-PB" + suffix), taken.getJsonArray("regions").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("PROBATION", taken.getString("status"));
        JsonObject gone = json(get("outlets/" + failing, userToken("hq.admin")).body());
        assertEquals("TERMINATED", gone.getString("status"));
        assertEquals(successor, gone.getJsonNumber("successorId").longValue());
        assertEquals(List.of("REPLACED", "RELEASED"), Fixtures.query(
                "SELECT DISTINCT kind FROM outlet_event WHERE outlet_id = ? AND kind IN ('REPLACED', 'RELEASED') ORDER BY kind DESC",
                failing).stream().map(row -> row.get(0)).toList());
    }

    @Test
    void aQueryThatForgetsTheTenantFilterStillSeesOnlyTheCallersRows() throws Exception {
        try (Connection app = Fixtures.applicationRole()) {
            app.setAutoCommit(false);
            asOutlet(app, 1);
            assertEquals(List.of(List.of(1L)), rows(app, "SELECT id FROM outlet"));
            assertTrue(rows(app, "SELECT outlet_id FROM region_assignment").stream().allMatch(row -> row.get(0).equals(1L)));
            assertFalse(rows(app, "SELECT outlet_id FROM region_assignment").isEmpty(), "outlet 1 holds Pudong");
            assertEquals(List.of(), rows(app, "SELECT id FROM outlet_event"), "the tracking record is HQ's");
            assertEquals(List.of(), rows(app, "SELECT id FROM identity_task"));
            app.commit();

            // the setting is transaction-local: on the same connection, the next transaction sees nothing
            assertEquals(List.of(), rows(app, "SELECT id FROM outlet"));
            assertEquals(List.of(), rows(app, "UPDATE outlet SET contact_phone = 'x' WHERE id = 2 RETURNING id"));
            app.rollback();

            asOutlet(app, 1);
            assertEquals(List.of(), rows(app, "UPDATE outlet SET contact_phone = 'x' WHERE id = 2 RETURNING id"),
                    "another outlet's row is invisible to an update");
            assertEquals(List.of(List.of(1L)), rows(app, "UPDATE outlet SET contact_phone = 'x' WHERE id = 1 RETURNING id"),
                    "an outlet may change its own contact details");
            SQLException hqField = assertThrows(SQLException.class,
                    () -> rows(app, "UPDATE outlet SET status = 'SUSPENDED' WHERE id = 1 RETURNING id"));
            assertTrue(hqField.getMessage().contains("only HQ"), hqField.getMessage());
            app.rollback();
        }
    }

    @Test
    void anotherOutletsTokenSeesAndChangesNothingOfTheNetwork() {
        String outlet1 = userToken("manager.1");
        String shop2 = Platform.clientToken("shop-2", "shop-2-dev-secret");

        assertEquals(404, get("outlets/2", outlet1).statusCode());
        assertEquals(404, get("outlets/1", shop2).statusCode());
        assertEquals(403, get("outlets", outlet1).statusCode());
        assertEquals(403, get("regions", outlet1).statusCode());
        assertEquals(403, get("regions/gaps", shop2).statusCode());
        assertEquals(403, post("outlets", outlet1, "{\"code\":\"EVIL-1\",\"legalName\":\"x\"}").statusCode());
        assertEquals(403, post("outlets/2/replacement", outlet1, "{\"successorId\":1,\"reason\":\"x\"}").statusCode());
        assertEquals(403, post("outlets/2/status", shop2, "{\"status\":\"TERMINATED\",\"reason\":\"x\"}").statusCode());
        assertEquals(403, post("outlets/2/appointments", shop2, "{\"regionCode\":\"SH-SH-FX\"}").statusCode());
        assertEquals(403, post("outlets/2/identity", outlet1, "{\"managerUsername\":\"evil\"}").statusCode());
    }

    @Test
    void badInputGetsAFieldLevelProblemAndWritesNothing() throws Exception {
        String hq = userToken("hq.admin");
        long before = (Long) Fixtures.single("SELECT count(*) FROM outlet");

        HttpResponse<String> missing = post("outlets", hq, "{\"code\":\"\"}");
        HttpResponse<String> malformed = post("outlets", hq, "{\"code\":");
        HttpResponse<String> wrongType = post("outlets/1/status", hq, "{\"status\":\"SOMETHING\"}");
        HttpResponse<String> badCode = post("outlets", hq, "{\"code\":\"bad code!\",\"legalName\":\"x\"}", "Accept-Language", "zh-TW");

        assertEquals(400, missing.statusCode(), missing.body());
        List<String> fields = json(missing.body()).getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("code", "legalName")), fields.toString());
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(400, wrongType.statusCode(), wrongType.body());
        assertEquals(409, badCode.statusCode(), badCode.body());
        assertTrue(json(badCode.body()).getString("detail").contains("網點編號"), badCode.body());
        assertEquals(before, Fixtures.single("SELECT count(*) FROM outlet"));
    }

    @Test
    void coverageGapsListUnheldDistricts() throws Exception {
        String code = "SH-SH-G" + Fixtures.unique();
        Fixtures.district(code);

        String gaps = get("regions/gaps", userToken("hq.quality")).body();

        assertTrue(gaps.contains(code), gaps);
        assertFalse(gaps.contains("\"SH-SH-PD\""), "Pudong is held by an active outlet");
    }

    private static void asHeadquarters(Connection app) throws SQLException {
        try (Statement statement = app.createStatement()) {
            statement.execute("SELECT set_config('app.hq', 'on', true)");
        }
    }

    private static void asOutlet(Connection app, long outletId) throws SQLException {
        try (Statement statement = app.createStatement()) {
            statement.execute("SELECT set_config('app.outlet_id', '" + outletId + "', true), set_config('app.hq', 'off', true)");
        }
    }

    private static void appoint(Connection app, long region, long outlet) throws SQLException {
        try (PreparedStatement insert = app.prepareStatement(
                "INSERT INTO region_assignment (region_id, outlet_id, valid_from, appointed_by) VALUES (?, ?, now(), 'bypass')")) {
            insert.setLong(1, region);
            insert.setLong(2, outlet);
            insert.executeUpdate();
        }
    }

    private static List<List<Object>> rows(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); var result = statement.executeQuery()) {
            return Fixtures.rows(result);
        }
    }

    private static List<List<Object>> snapshot(long... outlets) throws SQLException {
        String ids = java.util.Arrays.toString(outlets).replace('[', '{').replace(']', '}');
        return Fixtures.query("SELECT 'o', id, status, successor_id::text, identity_status, version::text FROM outlet WHERE id = ANY (?::bigint[]) "
                + "UNION ALL SELECT 'a', id, outlet_id::text, valid_from::text, coalesce(valid_to::text, '-'), '' FROM region_assignment WHERE outlet_id = ANY (?::bigint[]) "
                + "UNION ALL SELECT 'e', count(*), '', '', '', '' FROM outlet_event WHERE outlet_id = ANY (?::bigint[]) "
                + "UNION ALL SELECT 't', count(*), '', '', '', '' FROM identity_task WHERE outlet_id = ANY (?::bigint[]) ORDER BY 1, 2",
                ids, ids, ids, ids);
    }
}
