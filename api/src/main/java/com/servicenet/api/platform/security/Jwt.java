package com.servicenet.api.platform.security;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A compact JWS split into its parts (RFC 7515 §7.1), nothing verified yet. */
record Jwt(JsonObject header, JsonObject claims, byte[] signingInput, byte[] signature) {

    /** Made once: {@code Json.createReader} looks the JSON provider up again on every call. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    static Jwt split(String compact) throws InvalidToken {
        int first = compact.indexOf('.');
        int second = compact.indexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || second == compact.length() - 1 || compact.indexOf('.', second + 1) >= 0) {
            throw new InvalidToken("not a compact JWS");
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            JsonObject header = parseObject(new String(base64.decode(compact.substring(0, first)), StandardCharsets.UTF_8));
            JsonObject claims = parseObject(new String(base64.decode(compact.substring(first + 1, second)), StandardCharsets.UTF_8));
            return new Jwt(header, claims, compact.substring(0, second).getBytes(StandardCharsets.US_ASCII),
                    base64.decode(compact.substring(second + 1)));
        } catch (IllegalArgumentException | JsonException | ClassCastException malformed) {
            throw new InvalidToken("malformed: " + malformed.getClass().getSimpleName());
        }
    }

    static JsonObject parseObject(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Why a token was refused; for the log, never for the client. */
    static final class InvalidToken extends Exception {
        InvalidToken(String reason) {
            super(reason, null, false, false);
        }
    }
}
