package com.servicenet.systemtests;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.List;

import static com.servicenet.systemtests.Platform.clientToken;
import static com.servicenet.systemtests.Platform.get;
import static com.servicenet.systemtests.Platform.json;
import static com.servicenet.systemtests.Platform.userToken;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API's edge: bearer tokens from the real Keycloak, roles, tenant and problem+json errors. */
class ApiIT {

    @Test
    void noTokenIsUnauthorized() {
        assertEquals(401, get("me", null).statusCode());
    }

    @Test
    void aForgedTokenIsUnauthorizedWithAProblem() {
        String real = userToken("manager.1");
        String[] parts = real.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        HttpResponse<String> response = get("me", forged, "Accept-Language", "zh-CN");

        assertEquals(401, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("未认证", json(response.body()).getString("title"));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    }

    @Test
    void anUnsignedTokenWithRealClaimsIsUnauthorized() {
        String[] parts = userToken("manager.1").split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(UTF_8));

        assertEquals(401, get("me", none + "." + parts[1] + ".").statusCode());
    }

    @Test
    void anIdTokenIsNotAnAccessTokenForTheApi() {
        JsonObject tokens = json(Platform.tokenResponse(Map.of("grant_type", "password", "client_id", "servicenet-cli",
                "username", "manager.1", "password", Platform.DEMO_PASSWORD, "scope", "openid")).body());

        assertEquals(200, get("me", tokens.getString("access_token")).statusCode());
        assertEquals(401, get("me", tokens.getString("id_token")).statusCode());
    }

    @Test
    void anotherAuthorizationSchemeIsUnauthorized() {
        HttpResponse<String> response = Platform.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Platform.URL + "/api/v1/me")).header("Authorization", "Basic bWFuYWdlci4xOnNlcnZpY2VuZXQ=").GET());

        assertEquals(401, response.statusCode());
    }

    @Test
    void outletUserSeesThemselvesAndTheirOutlet() {
        HttpResponse<String> response = get("me", userToken("manager.1"));

        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = json(response.body());
        assertEquals("manager.1", me.getString("username"));
        assertEquals("outlet-manager", me.getJsonArray("roles").getString(0));
        assertFalse(me.getBoolean("headquarters"));
        assertEquals(1, me.getJsonObject("outlet").getInt("id"));
        assertEquals("SH-PD-01", me.getJsonObject("outlet").getString("code"));
    }

    @Test
    void shopSoftwareActsForTheOutletOfItsClient() {
        HttpResponse<String> response = get("me", clientToken("shop-2", "shop-2-dev-secret"));

        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = json(response.body());
        assertEquals("outlet-system", me.getJsonArray("roles").getString(0));
        assertEquals(2, me.getJsonObject("outlet").getInt("id"));
    }

    @Test
    void headquartersActsForNoOutlet() {
        JsonObject me = json(get("me", userToken("hq.admin")).body());

        assertTrue(me.getBoolean("headquarters"));
        assertFalse(me.containsKey("outlet"));
    }

    @Test
    void aRoleWithoutAccessIsForbiddenWithAProblem() {
        HttpResponse<String> response = get("outlets/1", userToken("shopper"));

        assertEquals(403, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(403, json(response.body()).getInt("status"));
    }

    @Test
    void anotherOutletIsNotFoundAndRevealsNothing() {
        String outlet1 = userToken("manager.1");

        HttpResponse<String> own = get("outlets/1", outlet1);
        HttpResponse<String> other = get("outlets/2", outlet1);
        HttpResponse<String> missing = get("outlets/999999", outlet1);

        assertEquals(200, own.statusCode());
        assertEquals(404, other.statusCode());
        assertFalse(other.body().contains("SH-XH-01"), other.body());
        assertEquals(json(missing.body()).getString("title"), json(other.body()).getString("title"),
                "another outlet's id must look exactly like a missing one");
    }

    @Test
    void headquartersSeesEveryOutlet() {
        String hq = userToken("hq.auditor");
        assertEquals(200, get("outlets/1", hq).statusCode());
        assertEquals(200, get("outlets/2", hq).statusCode());
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        String token = userToken("manager.1");

        JsonObject english = json(get("nowhere", token).body());
        JsonObject simplified = json(get("nowhere", token, "Accept-Language", "zh-CN").body());
        JsonObject traditional = json(get("nowhere", token, "Accept-Language", "zh-TW,zh;q=0.8").body());

        assertEquals(404, english.getInt("status"));
        assertEquals("Not found", english.getString("title"));
        assertEquals("未找到", simplified.getString("title"));
        assertEquals("找不到", traditional.getString("title"));
    }

    @Test
    void openApiAndHealthAreServed() {
        HttpResponse<String> openapi = Platform.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Platform.URL + "/openapi")).GET());
        HttpResponse<String> health = Platform.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Platform.URL + "/health/ready")).GET());

        assertEquals(200, openapi.statusCode());
        for (String path : List.of("/v1/me:", "/v1/repairs:", "/v1/repairs/{id}/transitions:", "/v1/price-list:", "/v1/outlets:")) {
            assertTrue(openapi.body().contains(path), path + " documented in " + openapi.body());
        }
        assertTrue(openapi.body().contains("Idempotency-Key") && openapi.body().contains("T-2026-00042"),
                "the repair report is documented with its header and an example");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("database"), health.body());
    }
}
