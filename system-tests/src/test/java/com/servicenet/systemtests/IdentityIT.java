package com.servicenet.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static com.servicenet.systemtests.Platform.json;
import static com.servicenet.systemtests.Platform.send;
import static com.servicenet.systemtests.Platform.userToken;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Onboarding and replacement reach Keycloak through the identity outbox: HQ's API call commits the outlet change
 * and a task, the network-admin WAR's worker applies it to the real Keycloak, and the outlet's tokens appear and
 * disappear accordingly. Keycloak is inspected and prepared through its own admin REST API as the master admin.
 */
class IdentityIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ADMIN = Platform.KEYCLOAK + "/admin/realms/servicenet";
    private static final String KNOWN_PASSWORD = "Known-Passw0rd-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aProvisionedOutletGetsItsTokensAndLosesThemWhenReplaced() {
        String hq = userToken("hq.admin");
        String suffix = suffix();
        long outlet = register(hq, "IT-ID-" + suffix);
        String manager = "it.manager." + suffix;

        long provisioned = System.nanoTime();
        JsonObject password = json(post(hq, "outlets/" + outlet + "/identity",
                Json.createObjectBuilder().add("managerUsername", manager).add("managerEmail", manager + "@example.com").build(), 200).body());
        assertFalse(password.getString("temporaryPassword").isBlank());
        awaitIdentityStatus(hq, outlet, "PROVISIONED");
        System.out.printf("IdentityIT: outlet %d provisioned in Keycloak %d ms after the API call%n", outlet, millisSince(provisioned));

        String admin = keycloakAdminToken();
        JsonObject user = userNamed(admin, manager);
        assertEquals(List.of(Long.toString(outlet)), strings(user.getJsonObject("attributes").getJsonArray("outlet_id")));
        assertTrue(strings(user.getJsonArray("requiredActions")).contains("UPDATE_PASSWORD"), "must choose a password at first login");
        assertTrue(groupsOf(admin, user.getString("id")).contains("outlet-" + outlet));
        setKnownPassword(admin, user.getString("id"));

        // the manager's token: the outlet and the role, exactly as for the demo managers
        JsonObject managerClaims = claims(passwordGrant(manager, KNOWN_PASSWORD, 200));
        assertEquals(Long.toString(outlet), managerClaims.getString("outlet_id"));
        assertEquals(List.of("outlet-manager"), strings(managerClaims.getJsonArray("groups")));
        String managerToken = accessToken(passwordGrant(manager, KNOWN_PASSWORD, 200));
        HttpResponse<String> me = Platform.get("me", managerToken);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(outlet, json(me.body()).getJsonObject("outlet").getJsonNumber("id").longValue());

        // the shop software's token: client credentials of shop-<id>, like shop-1 and shop-2
        String clientId = "shop-" + outlet;
        String secret = clientSecret(admin, clientId);
        JsonObject shopClaims = claims(clientCredentials(clientId, secret, 200));
        assertEquals(Long.toString(outlet), shopClaims.getString("outlet_id"));
        assertEquals(List.of("outlet-system"), strings(shopClaims.getJsonArray("groups")));
        assertTrue(audiences(shopClaims).contains("servicenet-api"), shopClaims.toString());
        HttpResponse<String> shopMe = Platform.get("me", accessToken(clientCredentials(clientId, secret, 200)));
        assertEquals(200, shopMe.statusCode(), shopMe.body());
        assertEquals(outlet, json(shopMe.body()).getJsonObject("outlet").getJsonNumber("id").longValue());

        // replacement: the outgoing outlet's accounts are disabled by the outbox after the commit
        long successor = register(hq, "IT-SU-" + suffix);
        long replaced = System.nanoTime();
        post(hq, "outlets/" + outlet + "/replacement",
                Json.createObjectBuilder().add("successorId", successor).add("reason", "IdentityIT replacement").build(), 204);
        await("manager and shop client disabled in Keycloak", () ->
                !userNamed(admin, manager).getBoolean("enabled") && !client(admin, clientId).getBoolean("enabled"));
        long disabledInKeycloak = millisSince(replaced);
        awaitIdentityStatus(hq, outlet, "DISABLED");
        System.out.printf("IdentityIT: replacement committed -> disabled in Keycloak after %d ms, identityStatus DISABLED after %d ms%n",
                disabledInKeycloak, millisSince(replaced));

        passwordGrant(manager, KNOWN_PASSWORD, 400);
        HttpResponse<String> shopRefused = Platform.tokenResponse(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        assertNotEquals(200, shopRefused.statusCode(), shopRefused.body());
        assertNotEquals(200, Platform.get("me", managerToken).statusCode(), "a token issued before the replacement is refused too");
    }

    @Test
    void provisioningAgainRepairsAHalfDoneIdentityAndDuplicatesNothing() {
        String hq = userToken("hq.admin");
        String suffix = suffix();
        long outlet = register(hq, "IT-RE-" + suffix);
        String manager = "it.again." + suffix;
        String clientId = "shop-" + outlet;
        JsonObject request = Json.createObjectBuilder().add("managerUsername", manager).build();
        post(hq, "outlets/" + outlet + "/identity", request, 200);
        awaitIdentityStatus(hq, outlet, "PROVISIONED");

        String admin = keycloakAdminToken();
        String userId = userNamed(admin, manager).getString("id");
        setKnownPassword(admin, userId);
        String secret = clientSecret(admin, clientId);
        JsonObject client = client(admin, clientId);
        String groupId = groupNamed(admin, "outlet-" + outlet).getString("id");
        String serviceAccountId = json(adminGet(admin, "/clients/" + client.getString("id") + "/service-account-user").body()).getString("id");

        // leave it as an attempt that failed half-way would: a mapper, a membership and a role missing
        JsonObject audience = mappers(admin, client.getString("id")).stream()
                .filter(m -> m.getString("name").startsWith("audience")).findFirst().orElseThrow();
        adminCall(admin, "DELETE", "/clients/" + client.getString("id") + "/protocol-mappers/models/" + audience.getString("id"), null, 204);
        adminCall(admin, "DELETE", "/users/" + userId + "/groups/" + groupId, null, 204);
        JsonObject systemRole = json(adminGet(admin, "/roles/outlet-system").body());
        adminCall(admin, "DELETE", "/users/" + serviceAccountId + "/role-mappings/realm",
                Json.createArrayBuilder().add(systemRole).build().toString(), 204);
        assertFalse(audiences(claims(clientCredentials(clientId, secret, 200))).contains("servicenet-api"));

        post(hq, "outlets/" + outlet + "/identity", request, 200);
        awaitIdentityStatus(hq, outlet, "PROVISIONED");

        assertEquals(1, search(admin, "/groups?exact=true&search=" + encode("outlet-" + outlet)).stream()
                .filter(g -> g.getString("name").equals("outlet-" + outlet)).count(), "one group");
        assertEquals(1, search(admin, "/clients?clientId=" + encode(clientId)).size(), "one client");
        assertEquals(1, search(admin, "/users?exact=true&username=" + encode(manager)).size(), "one manager");
        assertEquals(List.of("audience servicenet-api", "groups (realm roles)", "outlet_id (hardcoded)"),
                mappers(admin, client.getString("id")).stream().map(m -> m.getString("name")).sorted().toList(),
                "the missing mapper is back, none is doubled");
        assertTrue(groupsOf(admin, userId).contains("outlet-" + outlet), "the manager is a member again");
        assertEquals(secret, clientSecret(admin, clientId), "the client keeps its secret");
        JsonObject shopClaims = claims(clientCredentials(clientId, secret, 200));
        assertTrue(audiences(shopClaims).contains("servicenet-api"), shopClaims.toString());
        assertEquals(List.of("outlet-system"), strings(shopClaims.getJsonArray("groups")));
        passwordGrant(manager, KNOWN_PASSWORD, 200); // the manager's own password is not reset by a repeat
    }

    // ---------------------------------------------------------------- the platform's API (HQ)

    private static long register(String hq, String code) {
        JsonObject body = Json.createObjectBuilder().add("code", code).add("legalName", "IdentityIT " + code).build();
        return json(post(hq, "outlets", body, 201).body()).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> post(String token, String path, JsonObject body, int expected) {
        HttpResponse<String> response = Platform.post(path, token, body.toString());
        assertEquals(expected, response.statusCode(), path + ": " + response.body());
        return response;
    }

    private static void awaitIdentityStatus(String hq, long outlet, String status) {
        String[] last = {""};
        await("identityStatus " + status + " of outlet " + outlet, () -> {
            HttpResponse<String> response = Platform.get("outlets/" + outlet, hq);
            last[0] = response.body();
            return response.statusCode() == 200 && status.equals(json(response.body()).getString("identityStatus"));
        });
    }

    // ---------------------------------------------------------------- tokens

    private static HttpResponse<String> passwordGrant(String username, String password, int expected) {
        HttpResponse<String> response = Platform.tokenResponse(Map.of("grant_type", "password", "client_id", "servicenet-cli",
                "username", username, "password", password));
        assertEquals(expected, response.statusCode(), response.body());
        return response;
    }

    private static HttpResponse<String> clientCredentials(String clientId, String secret, int expected) {
        HttpResponse<String> response = Platform.tokenResponse(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        assertEquals(expected, response.statusCode(), response.body());
        return response;
    }

    private static String accessToken(HttpResponse<String> tokenResponse) {
        return json(tokenResponse.body()).getString("access_token");
    }

    private static JsonObject claims(HttpResponse<String> tokenResponse) {
        String payload = accessToken(tokenResponse).split("\\.")[1];
        return json(new String(Base64.getUrlDecoder().decode(payload), UTF_8));
    }

    private static List<String> audiences(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        if (aud == null) {
            return List.of();
        }
        return aud instanceof JsonString one ? List.of(one.getString()) : strings(aud.asJsonArray());
    }

    // ---------------------------------------------------------------- Keycloak's admin API, as its master admin

    private static String keycloakAdminToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Platform.KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", System.getProperty("keycloak.admin.user", "admin"),
                        "password", System.getProperty("keycloak.admin.password", "admin"))))));
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getString("access_token");
    }

    private static JsonObject userNamed(String admin, String username) {
        List<JsonObject> users = search(admin, "/users?exact=true&briefRepresentation=false&username=" + encode(username));
        assertEquals(1, users.size(), "users named " + username);
        return users.get(0);
    }

    private static JsonObject client(String admin, String clientId) {
        List<JsonObject> clients = search(admin, "/clients?clientId=" + encode(clientId));
        assertEquals(1, clients.size(), "clients " + clientId);
        return clients.get(0);
    }

    private static JsonObject groupNamed(String admin, String name) {
        return search(admin, "/groups?exact=true&search=" + encode(name)).stream()
                .filter(g -> g.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private static String clientSecret(String admin, String clientId) {
        return json(adminGet(admin, "/clients/" + client(admin, clientId).getString("id") + "/client-secret").body()).getString("value");
    }

    private static List<JsonObject> mappers(String admin, String clientUuid) {
        return search(admin, "/clients/" + clientUuid + "/protocol-mappers/models");
    }

    private static List<String> groupsOf(String admin, String userId) {
        return search(admin, "/users/" + userId + "/groups").stream().map(g -> g.getString("name")).toList();
    }

    /** A known, permanent password, as the manager would have after the first login. */
    private static void setKnownPassword(String admin, String userId) {
        adminCall(admin, "PUT", "/users/" + userId + "/reset-password", Json.createObjectBuilder()
                .add("type", "password").add("value", KNOWN_PASSWORD).add("temporary", false).build().toString(), 204);
        JsonObject user = json(adminGet(admin, "/users/" + userId).body());
        adminCall(admin, "PUT", "/users/" + userId,
                Json.createObjectBuilder(user).add("requiredActions", Json.createArrayBuilder()).build().toString(), 204);
    }

    private static List<JsonObject> search(String admin, String path) {
        HttpResponse<String> response = adminGet(admin, path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).toList();
        }
    }

    private static HttpResponse<String> adminGet(String admin, String path) {
        return send(HttpRequest.newBuilder(URI.create(ADMIN + path)).header("Authorization", "Bearer " + admin).GET());
    }

    private static void adminCall(String admin, String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ADMIN + path)).header("Authorization", "Bearer " + admin);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, UTF_8));
        HttpResponse<String> response = send(request);
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
    }

    // ---------------------------------------------------------------- helpers

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + PATIENCE.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    private static String form(Map<String, String> form) {
        return form.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }
}
