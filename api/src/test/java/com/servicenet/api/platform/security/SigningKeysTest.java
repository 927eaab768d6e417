package com.servicenet.api.platform.security;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningKeysTest {

    private static final KeyPair FIRST = TestKeys.rsa();
    private static final KeyPair SECOND = TestKeys.rsa();

    private final TestKeys.MovableClock clock = new TestKeys.MovableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final AtomicReference<String> published = new AtomicReference<>(TestKeys.jwks("k1", FIRST));
    private final AtomicInteger fetches = new AtomicInteger();
    private final SigningKeys keys = new SigningKeys(() -> {
        fetches.incrementAndGet();
        String document = published.get();
        if (document == null) {
            throw new IllegalStateException("connection refused");
        }
        return document;
    }, clock);

    @Test
    void heldKeysAreNotFetchedAgain() {
        for (int i = 0; i < 100; i++) {
            assertEquals(FIRST.getPublic(), keys.find("k1", "RS256").orElseThrow());
        }
        assertEquals(1, fetches.get());
    }

    @Test
    void unknownKeyIdsFetchAtMostOncePerInterval() {
        keys.find("k1", "RS256");
        for (int i = 0; i < 100; i++) {
            assertFalse(keys.find("made-up-" + i, "RS256").isPresent());
        }
        assertEquals(1, fetches.get(), "a flood of made-up key ids must not reach Keycloak");

        clock.advance(SigningKeys.MIN_INTERVAL);
        keys.find("made-up", "RS256");
        assertEquals(2, fetches.get());
    }

    @Test
    void aRemovedKeyIsNoLongerTrustedOnceTheSetIsOld() {
        keys.find("k1", "RS256");
        published.set(TestKeys.jwks("k2", SECOND));

        clock.advance(SigningKeys.MAX_AGE.minusSeconds(1));
        assertTrue(keys.find("k1", "RS256").isPresent());
        clock.advance(Duration.ofSeconds(2));
        assertFalse(keys.find("k1", "RS256").isPresent());
        assertTrue(keys.find("k2", "RS256").isPresent());
    }

    @Test
    void anUnreachableProviderKeepsTheKeysHeldAndIsTriedAgainLater() {
        keys.find("k1", "RS256");
        published.set(null);
        clock.advance(SigningKeys.MAX_AGE.plusSeconds(1));

        assertTrue(keys.find("k1", "RS256").isPresent(), "keys held survive a failed fetch");
        published.set(TestKeys.jwks("k2", SECOND));
        assertFalse(keys.find("k2", "RS256").isPresent(), "no second fetch within the interval");
        clock.advance(SigningKeys.MIN_INTERVAL);
        assertTrue(keys.find("k2", "RS256").isPresent());
    }

    @Test
    void anUnreachableProviderAtStartTrustsNothing() {
        published.set(null);

        assertFalse(keys.find("k1", "RS256").isPresent());
    }

    @Test
    void encryptionKeysAndMalformedKeysAreSkipped() {
        String document = "{\"keys\":[" + TestKeys.jwk("enc", FIRST, "enc", "RSA-OAEP")
                + ",{\"kid\":\"bad\",\"kty\":\"RSA\",\"n\":\"!!\",\"e\":\"AQAB\"}"
                + ",{\"kid\":\"ec\",\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"}"
                + "," + TestKeys.jwk("k1", FIRST, "sig", "RS256") + "]}";

        assertEquals(java.util.Set.of("k1"), SigningKeys.parse(document).keySet());
    }
}
