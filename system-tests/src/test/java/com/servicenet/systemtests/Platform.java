package com.servicenet.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;

/** The running platform under test: its addresses and real tokens from its Keycloak. */
public final class Platform {

    public static final String URL = System.getProperty("servicenet.url", "http://localhost:18080");
    public static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:18180");
    public static final String REALM = KEYCLOAK + "/realms/servicenet";
    public static final String DEMO_PASSWORD = "servicenet";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Platform() {
    }

    /** An access token for a demo user, by the password grant of the public CLI client. */
    public static String userToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", "servicenet-cli",
                "username", username, "password", DEMO_PASSWORD));
    }

    /** An access token for an outlet's shop software (client credentials). */
    public static String clientToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** Keycloak's answer to a token request of the servicenet realm, whatever it is (tests of refusals need it whole). */
    public static HttpResponse<String> tokenResponse(Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                        .collect(Collectors.joining("&")))));
    }

    private static String token(Map<String, String> form) {
        HttpResponse<String> response = tokenResponse(form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    /** GET an API path (below {@code /api/v1}) with an optional bearer token and language. */
    public static HttpResponse<String> get(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + "/api/v1/" + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** POST a JSON body to an API path (below {@code /api/v1}). */
    public static HttpResponse<String> post(String path, String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + "/api/v1/" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** For answers that are files, not text. */
    public static HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
