package com.servicenet.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.servicenet.systemtests.Platform.clientToken;
import static com.servicenet.systemtests.Platform.get;
import static com.servicenet.systemtests.Platform.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What an operator relies on (docs/decisions.md, "Operations"): request ids, Prometheus metrics at {@code /metrics}
 * that move with the API's traffic, and a JSON request log that names the request and the tenant but never the
 * customer. The log test reads the platform's log file, which the launcher names in {@code servicenet.log}.
 */
class OperationsIT {

    private static String shop1() {
        return clientToken("shop-1", "shop-1-dev-secret");
    }

    /** A valid report of outlet 1 for a customer of the caller's choosing. */
    private static String report(String ticket, String customerName, String phone) {
        return RepairApiIT.report(ticket, body -> body.add("customer", Json.createObjectBuilder().add("name", customerName).add("phone", phone)));
    }

    private static String phone() {
        return "139" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    @Test
    void everyAnswerCarriesARequestIdTheCallerMayChoose() {
        String mine = "it-" + Fixtures.unique();
        HttpResponse<String> chosen = get("me", shop1(), "X-Request-Id", mine);
        assertEquals(200, chosen.statusCode(), chosen.body());
        assertEquals(mine, chosen.headers().firstValue("X-Request-Id").orElse(""));

        HttpResponse<String> refused = get("me", null, "X-Request-Id", "not a plain id");
        String made = refused.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(made.matches("[0-9a-f]{32}"), "an unusable id is replaced: " + made);
        assertTrue(get("me", null).headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f]{32}"));
    }

    @Test
    void metricsMoveWithTheApiTraffic() {
        String shop = shop1();
        Map<String, Double> before = metrics();
        double created = value(before, "servicenet_repairs_created_total", Map.of());
        double createCalls = value(before, "servicenet_api_request_seconds_count", Map.of("endpoint", "POST /repairs"));
        double outletCalls = value(before, "servicenet_api_outlet_requests_total", Map.of("outlet", "1"));
        double outletMicros = value(before, "servicenet_api_outlet_request_micros_total", Map.of("outlet", "1"));
        double publicRefusals = value(before, "servicenet_ratelimit_refusals_total", Map.of("limit", "public"));
        double clientErrors = value(before, "servicenet_api_responses_total", Map.of("endpoint", "POST /repairs", "status", "4xx"));

        String key = "ops-" + Fixtures.unique();
        String first = report("OPS-" + Fixtures.unique(), "李娜", phone());
        assertEquals(201, post("repairs", shop, first, "Idempotency-Key", key).statusCode());
        HttpResponse<String> replay = post("repairs", shop, first, "Idempotency-Key", key);
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(""), "a replay is not a new repair");
        assertEquals(201, post("repairs", shop, report("OPS-" + Fixtures.unique(), "李娜", phone())).statusCode());
        assertEquals(400, post("repairs", shop, "{\"ticketNo\": \"\"}").statusCode());

        // public endpoints allow a burst of 10 per client address: the 11th and later are refused
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        int refused = 0;
        for (int i = 0; i < 14; i++) {
            HttpResponse<String> lookup = Platform.send(HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/public/outlets/NOSUCHCODE"))
                    .header("X-Forwarded-For", address).GET());
            refused += lookup.statusCode() == 429 ? 1 : 0;
        }
        assertTrue(refused > 0, "the public rate limit refused nothing");

        Map<String, Double> after = metrics();
        assertEquals(created + 2, value(after, "servicenet_repairs_created_total", Map.of()), "two new repairs, one replay");
        assertEquals(createCalls + 4, value(after, "servicenet_api_request_seconds_count", Map.of("endpoint", "POST /repairs")));
        assertTrue(value(after, "servicenet_api_outlet_requests_total", Map.of("outlet", "1")) >= outletCalls + 4);
        assertTrue(value(after, "servicenet_api_outlet_request_micros_total", Map.of("outlet", "1")) > outletMicros);
        assertTrue(value(after, "servicenet_api_request_seconds_sum", Map.of("endpoint", "POST /repairs")) > 0);
        assertEquals(clientErrors + 1, value(after, "servicenet_api_responses_total", Map.of("endpoint", "POST /repairs", "status", "4xx")));
        assertEquals(publicRefusals + refused, value(after, "servicenet_ratelimit_refusals_total", Map.of("limit", "public")));
        assertTrue(after.keySet().stream().anyMatch(k -> k.startsWith("servicenet_identity_outbox_backlog")),
                "the identity outbox backlog is published: " + after.keySet().stream().filter(k -> k.contains("outbox")).toList());
    }

    @Test
    void theRequestLogIsJsonWithRequestAndTenantButNoCustomer() {
        String file = System.getProperty("servicenet.log", "");
        assumeTrue(!file.isBlank() && !file.startsWith("$"), "servicenet.log names the platform's log (./servicenet test does)");
        JsonLog log = JsonLog.from(Path.of(file));
        String shop = shop1();
        String name = "欧阳" + "明" + ThreadLocalRandom.current().nextInt(100, 999);
        String phone = phone();
        String requestId = "it-log-" + Fixtures.unique();

        // refused (no such technician): written to the log; then served: not written, nor the customer anywhere
        String bad = report("LOG-" + Fixtures.unique(), name, phone).replace("\"T01\"", "\"NO-SUCH-TECH\"");
        HttpResponse<String> refused = post("repairs", shop, bad, "X-Request-Id", requestId);
        assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, refused.statusCode() + " " + refused.body());
        assertEquals(201, post("repairs", shop, report("LOG-" + Fixtures.unique(), name, phone), "X-Request-Id", requestId + "-ok").statusCode());

        JsonObject line = log.lineOfRequest(requestId);
        assertEquals("1", line.getString("tenant"), line.toString());
        assertEquals("POST /repairs", line.getString("endpoint"), line.toString());
        assertEquals(String.valueOf(refused.statusCode()), line.getString("status"), line.toString());
        String written = log.written();
        assertFalse(written.contains(phone), "the customer's phone number is in the log");
        assertFalse(written.contains(phone.substring(3)), "part of the customer's phone number is in the log");
        assertFalse(written.contains(name), "the customer's name is in the log");
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Every sample of {@code /metrics} (Prometheus text format) by its name and labels as written. */
    static Map<String, Double> metrics() {
        HttpResponse<String> response = Platform.send(HttpRequest.newBuilder(URI.create(Platform.URL + "/metrics"))
                .header("Accept", "text/plain").GET());
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Double> samples = new java.util.HashMap<>();
        response.body().lines().filter(l -> !l.startsWith("#")).forEach(l -> {
            Matcher m = SAMPLE.matcher(l);
            if (m.find()) {
                samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
            }
        });
        return samples;
    }

    /** The sum of the samples of a metric whose labels include {@code labels} (others, e.g. the app's scope, may be there too). */
    static double value(Map<String, Double> samples, String name, Map<String, String> labels) {
        double sum = 0;
        for (Map.Entry<String, Double> sample : samples.entrySet()) {
            String key = sample.getKey();
            int brace = key.indexOf('{');
            if (!(brace < 0 ? key : key.substring(0, brace)).equals(name)) {
                continue;
            }
            Map<String, String> found = new java.util.HashMap<>();
            Matcher m = LABEL.matcher(brace < 0 ? "" : key.substring(brace));
            while (m.find()) {
                found.put(m.group(1), m.group(2));
            }
            if (found.entrySet().containsAll(labels.entrySet())) {
                sum += sample.getValue();
            }
        }
        return sum;
    }
}
