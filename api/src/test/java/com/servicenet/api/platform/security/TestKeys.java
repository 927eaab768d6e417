package com.servicenet.api.platform.security;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;

/** Locally made RSA keys standing in for a Keycloak realm: its JWKS, and tokens signed the way it signs them. */
final class TestKeys {

    static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A JWKS with these (kid, key) pairs as RS256 signing keys, plus an encryption key as Keycloak lists one. */
    static String jwks(Object... kidsAndKeys) {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        for (int i = 0; i < kidsAndKeys.length; i += 2) {
            keys.add(jwk((String) kidsAndKeys[i], (KeyPair) kidsAndKeys[i + 1], "sig", "RS256"));
        }
        keys.add(jwk("encryption", rsa(), "enc", "RSA-OAEP"));
        return Json.createObjectBuilder().add("keys", keys).build().toString();
    }

    static JsonObject jwk(String kid, KeyPair pair, String use, String alg) {
        RSAPublicKey key = (RSAPublicKey) pair.getPublic();
        return Json.createObjectBuilder().add("kid", kid).add("kty", "RSA").add("use", use).add("alg", alg)
                .add("n", unsigned(key.getModulus())).add("e", unsigned(key.getPublicExponent())).build();
    }

    static String sign(JsonObject header, JsonObject claims, KeyPair pair, String javaAlgorithm) {
        String input = encode(header.toString()) + "." + encode(claims.toString());
        try {
            Signature signature = Signature.getInstance(javaAlgorithm);
            signature.initSign(pair.getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return BASE64URL.encodeToString(bytes);
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private TestKeys() {
    }
}
