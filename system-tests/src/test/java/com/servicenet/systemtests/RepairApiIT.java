package com.servicenet.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static com.servicenet.systemtests.Platform.clientToken;
import static com.servicenet.systemtests.Platform.get;
import static com.servicenet.systemtests.Platform.json;
import static com.servicenet.systemtests.Platform.post;
import static com.servicenet.systemtests.Platform.userToken;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Repair reporting through the API with real tokens: outlet 1's shop software (client credentials of shop-1)
 * reports, outlet 2 (shop-2, manager.2) must see none of it, HQ reads it masked. Demo data provides the price
 * list valid today (AIR_CONDITIONER part AC-CAP-35: 35.00–55.00; labour IN_SHOP 30.00–60.00), warranty terms
 * (7 / 15 / 1095 days) and technicians (outlet 1: T01–T03; T09 exists only at outlet 2).
 */
class RepairApiIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static String shop1() {
        return clientToken("shop-1", "shop-1-dev-secret");
    }

    private static String shop2() {
        return clientToken("shop-2", "shop-2-dev-secret");
    }

    /** A valid report from outlet 1; {@code change} adjusts it per test (an added field replaces the one there). */
    static String report(String ticket, Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("ticketNo", ticket)
                .add("serviceType", "IN_SHOP")
                .add("productCategory", "AIR_CONDITIONER")
                .add("model", "KFR-35GW/BP3")
                .add("serialNo", "SN-" + ticket)
                .add("purchaseDate", LocalDate.now(SHANGHAI).minusYears(4).toString())
                .add("fault", "不制冷，压缩机频繁启停")
                .add("customer", Json.createObjectBuilder().add("name", "张伟").add("phone", "13812345678"))
                .add("technicianCode", "T01")
                .add("labourFee", 50)
                .add("warrantyDecision", "PAID_REPAIR")
                .add("parts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("partCode", "AC-CAP-35").add("quantity", 1).add("unitPrice", 45)));
        change.accept(body);
        return body.build().toString();
    }

    /** A valid report from outlet 1 (also ClusterFailoverIT's traffic). */
    static String report(String ticket) {
        return report(ticket, body -> { });
    }

    private static long ordersWithTicketLike(String prefix) throws SQLException {
        return ((Number) Fixtures.single("SELECT count(*) FROM repair_order WHERE ticket_no LIKE ?", prefix + "%")).longValue();
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static List<String> violatedFields(HttpResponse<String> response) {
        return json(response.body()).getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
    }

    @Test
    void aRepairIsReportedReadListedAndMovedToClosed() throws Exception {
        String ticket = "LC-" + Fixtures.unique();
        String shop = shop1();

        HttpResponse<String> created = post("repairs", shop, report(ticket));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject repair = json(created.body());
        long id = repair.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/repairs/" + id));
        assertEquals("RECEIVED", repair.getString("status"));
        assertEquals(List.of("CANCELLED", "DIAGNOSED"), repair.getJsonArray("allowedTransitions").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).sorted().toList());
        assertEquals("95.00", repair.getJsonNumber("amountCharged").bigDecimalValue().toPlainString(), "45 part + 50 labour");
        assertEquals("NONE", repair.getJsonObject("warranty").getString("coverage"), "bought four years ago");
        assertFalse(repair.getJsonObject("flags").getBoolean("overcharged"));
        assertEquals("35.00", repair.getJsonArray("parts").getJsonObject(0).getJsonNumber("listMinPrice").bigDecimalValue().toPlainString());

        JsonObject read = json(get("repairs/" + id, shop).body());
        assertEquals(ticket, read.getString("ticketNo"));
        assertEquals("张伟", read.getJsonObject("customer").getString("name"), "the outlet sees its own customer whole");

        JsonObject listed = json(get("repairs?ticketNo=" + ticket, shop).body()).getJsonArray("items").getJsonObject(0);
        assertEquals(id, listed.getJsonNumber("id").longValue());
        assertEquals("张*", listed.getString("customerName"), "lists mask the customer");
        assertEquals("138****5678", listed.getString("customerPhone"));

        assertEquals(200, move(shop, id, "DIAGNOSED", null).statusCode());
        assertEquals(200, move(shop, id, "WAITING_FOR_PARTS", null).statusCode());
        HttpResponse<String> part = post("repairs/" + id + "/parts", shop,
                "{\"partCode\":\"AC-R32-1KG\",\"quantity\":2,\"unitPrice\":150}");
        assertEquals(201, part.statusCode(), part.body());
        assertEquals("395.00", json(part.body()).getJsonNumber("amountCharged").bigDecimalValue().toPlainString());
        assertEquals(200, move(shop, id, "REPAIRED", "\"resolution\":\"更换运行电容，补充制冷剂 2 千克\"").statusCode());
        HttpResponse<String> closed = move(shop, id, "CLOSED", "\"customerConfirmed\":true");
        assertEquals(200, closed.statusCode(), closed.body());
        JsonObject steps = json(closed.body()).getJsonObject("steps");
        for (String step : List.of("receivedAt", "diagnosedAt", "partsOrderedAt", "repairedAt", "closedAt")) {
            assertTrue(steps.containsKey(step), step + " in " + steps);
        }
        assertTrue(json(closed.body()).getJsonArray("allowedTransitions").isEmpty());

        HttpResponse<String> refused = move(shop, id, "DIAGNOSED", null);
        assertProblem(409, refused);
        List<Object> row = Fixtures.query("SELECT status, customer_confirmed, amount_charged FROM repair_order WHERE id = ?", id).get(0);
        assertEquals(List.of("CLOSED", true, new java.math.BigDecimal("395.00")), row);
    }

    @Test
    void anIllegalMoveIsRefusedNamingTheMovesThatAreAllowed() {
        String shop = shop1();
        long id = created(shop, "MV-" + Fixtures.unique());

        HttpResponse<String> english = move(shop, id, "CLOSED", null);
        assertProblem(409, english);
        String detail = json(english.body()).getString("detail");
        assertTrue(detail.contains("received") && detail.contains("diagnosed, cancelled"), detail);

        HttpResponse<String> chinese = post("repairs/" + id + "/transitions", shop, "{\"status\":\"REPAIRED\"}", "Accept-Language", "zh-CN");
        assertProblem(409, chinese);
        assertTrue(json(chinese.body()).getString("detail").contains("已检测、已取消"), chinese.body());

        HttpResponse<String> cancelWithoutReason = move(shop, id, "CANCELLED", null);
        assertProblem(400, cancelWithoutReason);
        assertEquals(List.of("resolution"), violatedFields(cancelWithoutReason));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstOrderAndCreatesNothing() throws Exception {
        String ticket = "IK-" + Fixtures.unique();
        String key = java.util.UUID.randomUUID().toString();
        String shop = shop1();
        String body = report(ticket);

        HttpResponse<String> first = post("repairs", shop, body, "Idempotency-Key", key);
        HttpResponse<String> retry = post("repairs", shop, body, "Idempotency-Key", key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode(), retry.body());
        assertEquals(json(first.body()).getJsonNumber("id"), json(retry.body()).getJsonNumber("id"));
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(1, ordersWithTicketLike(ticket));

        HttpResponse<String> otherBody = post("repairs", shop, report(ticket + "-B"), "Idempotency-Key", key);
        assertProblem(422, otherBody);
        assertEquals(0, ordersWithTicketLike(ticket + "-B"));

        // eight retries racing each other: one order, and every caller gets it
        String raced = "IR-" + Fixtures.unique();
        String racedKey = java.util.UUID.randomUUID().toString();
        String racedBody = report(raced);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> post("repairs", shop, racedBody, "Idempotency-Key", racedKey)));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertEquals(201, response.statusCode(), response.body());
                ids.add(json(response.body()).getJsonNumber("id").longValue());
            }
            assertEquals(1, ids.size(), ids.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ordersWithTicketLike(raced));
    }

    @Test
    void everyBadInputIsA4xxProblemNamingTheFieldAndWritesNothing() throws Exception {
        String prefix = "BAD-" + Fixtures.unique();
        String shop = shop1();
        long before = ((Number) Fixtures.single("SELECT count(*) FROM repair_order")).longValue();
        long partsBefore = ((Number) Fixtures.single("SELECT count(*) FROM repair_part")).longValue();

        Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
        answers.put("missing fields", post("repairs", shop, "{\"ticketNo\":\"" + prefix + "-1\"}"));
        answers.put("wrong type", post("repairs", shop, report(prefix + "-2", b -> b.add("parts",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("partCode", "AC-CAP-35").add("quantity", "two").add("unitPrice", 45))))));
        answers.put("negative quantity", post("repairs", shop, report(prefix + "-3", b -> b.add("parts",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("partCode", "AC-CAP-35").add("quantity", -1).add("unitPrice", 45))))));
        answers.put("negative fee", post("repairs", shop, report(prefix + "-4", b -> b.add("labourFee", -5))));
        answers.put("unknown part", post("repairs", shop, report(prefix + "-5", b -> b.add("parts",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("partCode", "NO-SUCH-PART").add("quantity", 1).add("unitPrice", 45))))));
        answers.put("another outlet's technician", post("repairs", shop, report(prefix + "-6", b -> b.add("technicianCode", "T09"))));
        answers.put("purchase in the future", post("repairs", shop, report(prefix + "-7",
                b -> b.add("purchaseDate", LocalDate.now(SHANGHAI).plusDays(3).toString()))));
        answers.put("received in the future", post("repairs", shop, report(prefix + "-8",
                b -> b.add("receivedAt", Instant.now().plusSeconds(3600).toString()))));
        answers.put("on-site without address", post("repairs", shop, report(prefix + "-9", b -> b.add("serviceType", "ON_SITE"))));
        answers.put("malformed JSON", post("repairs", shop, "{\"ticketNo\": \"" + prefix + "-10\", "));
        answers.put("unknown enum", post("repairs", shop, report(prefix + "-11", b -> b.add("serviceType", "TELEPATHY"))));

        Map<String, String> expectedField = Map.of(
                "negative quantity", "parts[0].quantity",
                "negative fee", "labourFee",
                "unknown part", "parts[0].partCode",
                "another outlet's technician", "technicianCode",
                "purchase in the future", "purchaseDate",
                "received in the future", "receivedAt",
                "on-site without address", "customer.address");
        for (Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
            HttpResponse<String> response = answer.getValue();
            assertEquals(400, response.statusCode(), answer.getKey() + ": " + response.body());
            assertProblem(400, response);
            if (expectedField.containsKey(answer.getKey())) {
                assertEquals(List.of(expectedField.get(answer.getKey())), violatedFields(response), answer.getKey() + ": " + response.body());
            }
        }
        List<String> missing = violatedFields(answers.get("missing fields"));
        assertTrue(missing.containsAll(List.of("customer", "fault", "model", "productCategory", "serialNo", "serviceType")), missing.toString());

        HttpResponse<String> huge = post("repairs", shop, report(prefix + "-12", b -> b.add("fault", "x".repeat(1024 * 1024))));
        assertProblem(413, huge);
        HttpResponse<String> hugeChunked = Platform.send(HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/repairs"))
                .header("Authorization", "Bearer " + shop).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        report(prefix + "-13", b -> b.add("fault", "y".repeat(1024 * 1024))).getBytes(UTF_8)))));
        assertProblem(413, hugeChunked);

        HttpResponse<String> chinese = post("repairs", shop, report(prefix + "-14", b -> b.add("technicianCode", "T09")), "Accept-Language", "zh-CN");
        assertTrue(json(chinese.body()).getJsonArray("violations").getJsonObject(0).getString("message").contains("不是本网点的技术人员"), chinese.body());
        HttpResponse<String> traditional = post("repairs", shop, "{\"ticketNo\":\"" + prefix + "-15\"}", "Accept-Language", "zh-TW");
        assertTrue(json(traditional.body()).getJsonArray("violations").getJsonObject(0).getString("message").matches(".*[\\u4e00-\\u9fff].*"),
                "bean validation messages in the caller's language too: " + traditional.body());

        assertEquals(before, ((Number) Fixtures.single("SELECT count(*) FROM repair_order")).longValue());
        assertEquals(partsBefore, ((Number) Fixtures.single("SELECT count(*) FROM repair_part")).longValue());

        String ticket = prefix + "-DUP";
        assertEquals(201, post("repairs", shop, report(ticket)).statusCode());
        HttpResponse<String> duplicate = post("repairs", shop, report(ticket));
        assertProblem(409, duplicate);
        assertTrue(json(duplicate.body()).getString("detail").contains(ticket));
        assertEquals(1, ordersWithTicketLike(ticket));
    }

    @Test
    void anotherOutletGets404AndSeesNothingWhileHeadquartersReadsMasked() {
        String ticket = "ISO-" + Fixtures.unique();
        long id = created(shop1(), ticket);
        String shop2 = shop2();
        String manager2 = userToken("manager.2");

        for (String token : List.of(shop2, manager2)) {
            assertProblem(404, get("repairs/" + id, token));
            assertProblem(404, move(token, id, "DIAGNOSED", null));
            assertProblem(404, post("repairs/" + id + "/parts", token, "{\"partCode\":\"AC-CAP-35\",\"quantity\":1,\"unitPrice\":40}"));
            HttpResponse<String> list = get("repairs?ticketNo=" + ticket, token);
            assertEquals(200, list.statusCode());
            assertTrue(json(list.body()).getJsonArray("items").isEmpty(), list.body());
            assertFalse(get("repairs?limit=200", token).body().contains(ticket));
        }

        JsonObject seenByHq = json(get("repairs/" + id, userToken("hq.quality")).body());
        assertEquals(ticket, seenByHq.getString("ticketNo"));
        assertEquals("张*", seenByHq.getJsonObject("customer").getString("name"), "HQ needs no customer's identity to oversee");
        assertProblem(403, post("repairs", userToken("hq.admin"), report("HQ-" + Fixtures.unique())));
        assertEquals(200, get("repairs/" + id, userToken("tech.1")).statusCode(), "the outlet's technician reads it");
    }

    @Test
    void theDatabaseRefusesAnotherOutletsTechnicianADuplicateTicketAndForeignRowsWhenJavaIsBypassed() throws Exception {
        long id = created(shop1(), "DB-" + Fixtures.unique());
        Object t09 = Fixtures.single("SELECT id FROM technician WHERE outlet_id = 2 AND code = 'T09'");
        try (Connection app = Fixtures.applicationRole()) {
            app.setAutoCommit(false);
            try (Statement statement = app.createStatement()) {
                statement.execute("SELECT set_config('app.outlet_id', '1', true)");
                SQLException foreignTechnician = assertThrows(SQLException.class, () -> statement.executeUpdate(
                        "UPDATE repair_order SET technician_id = " + t09 + " WHERE id = " + id));
                assertEquals("23503", foreignTechnician.getSQLState(), "foreign key repair_technician_of_outlet");
            }
            app.rollback();
            try (Statement statement = app.createStatement()) {
                statement.execute("SELECT set_config('app.outlet_id', '2', true)");
                try (var rows = statement.executeQuery("SELECT count(*) FROM repair_order WHERE id = " + id)) {
                    rows.next();
                    assertEquals(0, rows.getLong(1), "row-level security hides outlet 1's repair from outlet 2");
                }
                assertEquals(0, statement.executeUpdate("UPDATE repair_order SET status = 'CANCELLED' WHERE id = " + id));
            }
            app.rollback();
        }
        assertEquals("RECEIVED", Fixtures.single("SELECT status FROM repair_order WHERE id = ?", id));
    }

    @Test
    void chargesAboveThePriceListOrInsideTheWarrantyAreFlaggedNotRefused() {
        String shop = shop1();
        HttpResponse<String> overcharged = post("repairs", shop, report("OC-" + Fixtures.unique(), b -> b
                .add("labourFee", 90)
                .add("parts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("partCode", "AC-CAP-35").add("quantity", 1).add("unitPrice", 120)))));
        assertEquals(201, overcharged.statusCode(), overcharged.body());
        JsonObject flags = json(overcharged.body()).getJsonObject("flags");
        assertTrue(flags.getBoolean("overcharged"));
        assertTrue(flags.getBoolean("labourOverRange"));
        assertTrue(json(overcharged.body()).getJsonArray("parts").getJsonObject(0).getBoolean("overRange"));

        HttpResponse<String> inWarranty = post("repairs", shop, report("WR-" + Fixtures.unique(),
                b -> b.add("purchaseDate", LocalDate.now(SHANGHAI).minusDays(10).toString())));
        JsonObject repair = json(inWarranty.body());
        assertEquals("REPLACEMENT", repair.getJsonObject("warranty").getString("coverage"), "10 days after purchase: 包换");
        assertTrue(repair.getJsonObject("flags").getBoolean("chargedInWarranty"));
        assertFalse(repair.getJsonObject("flags").getBoolean("overcharged"));

        HttpResponse<String> free = post("repairs", shop, report("FR-" + Fixtures.unique(), b -> b
                .add("purchaseDate", LocalDate.now(SHANGHAI).minusDays(200).toString())
                .add("labourFee", 0).add("warrantyDecision", "FREE_REPAIR")
                .add("parts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("partCode", "AC-CAP-35").add("quantity", 1).add("unitPrice", 0)))));
        JsonObject freeRepair = json(free.body());
        assertEquals("FREE_REPAIR", freeRepair.getJsonObject("warranty").getString("coverage"));
        assertFalse(freeRepair.getJsonObject("flags").getBoolean("chargedInWarranty"));

        HttpResponse<String> flaggedList = get("repairs?flagged=true&limit=200", shop);
        assertTrue(flaggedList.body().contains(json(overcharged.body()).getString("ticketNo")));
        assertFalse(flaggedList.body().contains(freeRepair.getString("ticketNo")));
    }

    @Test
    void theListPagesWithACursorNewestFirstWithoutSkippingOrRepeating() {
        String shop = shop1();
        String serial = "PG-" + Fixtures.unique();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String ticket = serial + "-" + i;
            Instant received = Instant.now().minusSeconds(3600L * (5 - i));
            HttpResponse<String> response = post("repairs", shop, report(ticket, b -> b.add("serialNo", serial).add("receivedAt", received.toString())));
            assertEquals(201, response.statusCode(), response.body());
            created.add(json(response.body()).getJsonNumber("id").longValue());
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = json(get("repairs?serialNo=" + serial + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor), shop).body());
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> seen.add(item.getJsonNumber("id").longValue()));
            cursor = page.containsKey("nextCursor") && page.get("nextCursor") != JsonValue.NULL ? page.getString("nextCursor") : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        List<Long> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, seen, "newest first, each once");

        String today = LocalDate.now(SHANGHAI).toString();
        JsonObject filtered = json(get("repairs?serialNo=" + serial + "&status=RECEIVED&from=" + today + "&to=" + today, shop).body());
        assertTrue(filtered.getJsonArray("items").size() <= 5);
        assertTrue(json(get("repairs?serialNo=" + serial + "&status=CLOSED", shop).body()).getJsonArray("items").isEmpty());

        HttpResponse<String> badDate = get("repairs?from=23.11.2026", shop);
        assertProblem(400, badDate);
        assertEquals(List.of("from"), violatedFields(badDate));
        HttpResponse<String> badStatus = get("repairs?status=LOST", shop);
        assertProblem(400, badStatus);
        assertEquals(List.of("status"), violatedFields(badStatus));
        assertProblem(400, get("repairs?cursor=bm90LWEtY3Vyc29y", shop));
        assertProblem(400, get("repairs?limit=100000", shop));
    }

    @Test
    void outletsReadThePriceListTheWarrantyTermsAndTheirTechnicians() {
        String shop = shop1();
        JsonObject list = json(get("price-list?category=AIR_CONDITIONER", shop).body());
        JsonObject capacitor = list.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("code").equals("AC-CAP-35")).findFirst().orElseThrow();
        assertEquals("35.00", capacitor.getJsonNumber("minPrice").bigDecimalValue().toPlainString());
        assertEquals("55.00", capacitor.getJsonNumber("maxPrice").bigDecimalValue().toPlainString());
        assertTrue(list.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .allMatch(line -> line.getString("category").equals("AIR_CONDITIONER")));

        assertProblem(404, get("price-list?date=2001-01-01", shop));
        assertProblem(400, get("price-list?category=SPACESHIP", shop));
        assertTrue(get("warranty-terms", shop).body().contains("\"repairDays\":1095"));

        String technicians = get("technicians", shop).body();
        assertTrue(technicians.contains("T01") && !technicians.contains("T09"), technicians);
        // HQ sees every technician (issue 15), one outlet at a time; a mystery shopper none
        assertProblem(400, get("technicians", userToken("hq.admin")));
        assertTrue(get("technicians?outletId=2", userToken("hq.admin")).body().contains("T09"));
        assertProblem(403, get("technicians", userToken("shopper")));
    }

    @Test
    void tooManyRequestsFromOneOutletAreRefusedWithRetryAfterWhileOthersGoOn() throws Exception {
        String shop2 = shop2();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<HttpResponse<String>> answers = new ArrayList<>();
        HttpResponse<String> limited = null;
        try {
            // a bucket of 100 refilled at 50 per second: waves of 200 requests empty it unless the server itself
            // answers fewer than 50 a second; the loop ends at the first refusal
            for (int wave = 0; wave < 15 && limited == null; wave++) {
                List<Future<HttpResponse<String>>> futures = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    futures.add(pool.submit(() -> get("technicians", shop2)));
                }
                for (Future<HttpResponse<String>> future : futures) {
                    answers.add(future.get());
                }
                limited = answers.stream().filter(a -> a.statusCode() == 429).findFirst().orElse(null);
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotNull(limited, "no request of " + answers.size() + " was limited");
        assertProblem(429, limited);
        assertTrue(json(limited.body()).getString("detail").contains("50"), limited.body());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
        assertTrue(answers.stream().allMatch(a -> a.statusCode() == 200 || a.statusCode() == 429));

        assertEquals(200, get("technicians", shop1()).statusCode(), "outlet 1 has a bucket of its own");
        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(200, get("technicians", shop2).statusCode(), "after Retry-After the outlet goes on");
    }

    @Test
    void replacingAnOutletHandsItsOpenRepairsToTheSuccessor() throws Exception {
        String suffix = Fixtures.unique();
        long outgoing = Fixtures.outlet("RO-" + suffix, "ACTIVE");
        long successor = Fixtures.outlet("RS-" + suffix, "ACTIVE");
        long open = Fixtures.repair(outgoing, "OPEN-1", "DIAGNOSED");
        long closed = Fixtures.repair(outgoing, "DONE-1", "CLOSED");

        HttpResponse<String> replaced = post("outlets/" + outgoing + "/replacement", userToken("hq.admin"),
                "{\"successorId\":" + successor + ",\"reason\":\"整改期满复查仍不合格\"}");
        assertEquals(204, replaced.statusCode(), replaced.body());

        assertEquals(List.of(successor, "RO-" + suffix + "/OPEN-1", outgoing),
                Fixtures.query("SELECT outlet_id, ticket_no, handed_over_from FROM repair_order WHERE id = ?", open).get(0));
        assertEquals(successor, Fixtures.single("SELECT outlet_id FROM repair_part WHERE repair_id = ?", open));
        assertEquals(List.of(outgoing, "DONE-1"),
                Fixtures.query("SELECT outlet_id, ticket_no FROM repair_order WHERE id = ?", closed).get(0));
    }

    private static long created(String token, String ticket) {
        HttpResponse<String> response = post("repairs", token, report(ticket));
        assertEquals(201, response.statusCode(), response.body());
        return json(response.body()).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> move(String token, long id, String status, String more) {
        return post("repairs/" + id + "/transitions", token, "{\"status\":\"" + status + "\"" + (more == null ? "" : "," + more) + "}");
    }
}
