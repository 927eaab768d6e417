package com.servicenet.api.platform.security;

import com.servicenet.api.platform.security.Jwt.InvalidToken;
import com.servicenet.identity.Caller;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static com.servicenet.api.platform.security.TestKeys.BASE64URL;
import static com.servicenet.api.platform.security.TestKeys.encode;
import static com.servicenet.api.platform.security.TestKeys.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BearerTokenVerifierTest {

    private static final String ISSUER = "http://keycloak.test/realms/servicenet";
    private static final KeyPair REALM_KEY = TestKeys.rsa();
    private static final KeyPair OTHER_KEY = TestKeys.rsa();

    private final TestKeys.MovableClock clock = new TestKeys.MovableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final AtomicReference<String> published = new AtomicReference<>(TestKeys.jwks("k1", REALM_KEY));
    private final BearerTokenVerifier verifier =
            new BearerTokenVerifier(ISSUER, "servicenet-api", new SigningKeys(published::get, clock), clock);

    private JsonObjectBuilder claims() {
        long now = clock.instant().getEpochSecond();
        return Json.createObjectBuilder()
                .add("iss", ISSUER).add("aud", Json.createArrayBuilder().add("account").add("servicenet-api"))
                .add("typ", "Bearer").add("sub", "f81d4fae").add("preferred_username", "manager.1")
                .add("iat", now - 10).add("exp", now + 290)
                .add("groups", Json.createArrayBuilder().add("outlet-manager").add("offline_access"))
                .add("outlet_id", "7");
    }

    private static JsonObjectBuilder header(String alg, String kid) {
        return Json.createObjectBuilder().add("alg", alg).add("typ", "JWT").add("kid", kid);
    }

    private static String rs256(JsonObjectBuilder claims) {
        return sign(header("RS256", "k1").build(), claims.build(), REALM_KEY, "SHA256withRSA");
    }

    private void refused(String token) {
        assertThrows(InvalidToken.class, () -> verifier.verify(token));
    }

    @Test
    void aRealmTokenForThisApiGivesItsCaller() throws InvalidToken {
        Caller caller = verifier.verify(rs256(claims()));

        assertEquals("manager.1", caller.name());
        assertEquals(Set.of("outlet-manager"), caller.roles(), "roles the platform does not know are dropped");
        assertEquals(Optional.of(7L), caller.actingOutlet());
    }

    @Test
    void aSingleAudienceAndANumericOutletAreRead() throws InvalidToken {
        Caller caller = verifier.verify(rs256(claims().add("aud", "servicenet-api").add("outlet_id", 12)));

        assertEquals(Optional.of(12L), caller.actingOutlet());
    }

    @Test
    void theNameFallsBackToTheSubject() throws InvalidToken {
        JsonObject withoutUsername = Json.createObjectBuilder(claims().build()).remove("preferred_username").build();
        String token = sign(header("RS256", "k1").build(), withoutUsername, REALM_KEY, "SHA256withRSA");

        assertEquals("f81d4fae", verifier.verify(token).name());
    }

    @Test
    void anotherAudienceIssuerOrTokenTypeIsRefused() {
        refused(rs256(claims().add("aud", "servicenet-cli")));
        refused(rs256(claims().add("aud", Json.createArrayBuilder())));
        refused(rs256(claims().add("iss", "http://keycloak.test/realms/other")));
        refused(rs256(claims().add("typ", "ID")));
        refused(rs256(claims().add("typ", "Refresh")));
    }

    @Test
    void aTokenIsValidForItsLifetimeGiveOrTakeTheClockSkew() throws InvalidToken {
        String token = rs256(claims());

        clock.advance(Duration.ofSeconds(290).plus(BearerTokenVerifier.CLOCK_SKEW).minusSeconds(1));
        verifier.verify(token);
        clock.advance(Duration.ofSeconds(1));
        refused(token);
    }

    @Test
    void aTokenWithoutExpiryOrNotYetValidIsRefused() {
        long now = clock.instant().getEpochSecond();
        JsonObject noExpiry = Json.createObjectBuilder(claims().build()).remove("exp").build();

        refused(sign(header("RS256", "k1").build(), noExpiry, REALM_KEY, "SHA256withRSA"));
        refused(rs256(claims().add("exp", "tomorrow")));
        refused(rs256(claims().add("nbf", now + 60 + BearerTokenVerifier.CLOCK_SKEW.toSeconds())));
    }

    @Test
    void aChangedClaimBreaksTheSignature() {
        String[] parts = rs256(claims()).split("\\.");
        String promoted = encode(claims().add("groups", Json.createArrayBuilder().add("hq-network-admin")).build().toString());

        refused(parts[0] + "." + promoted + "." + parts[2]);
        refused(parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse());
        refused(parts[0] + "." + parts[1] + ".");
    }

    @Test
    void unsignedAndHmacTokensAreRefused() throws Exception {
        String claims = encode(claims().build().toString());
        refused(encode(header("none", "k1").build().toString()) + "." + claims + ".");

        // the classic confusion attack: HMAC keyed with the public key the attacker can download
        String input = encode(header("HS256", "k1").build().toString()) + "." + claims;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(REALM_KEY.getPublic().getEncoded(), "HmacSHA256"));
        refused(input + "." + BASE64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void onlyTheRealmsKeyUnderItsIdAndAlgorithmVerifies() {
        refused(sign(header("RS256", "k1").build(), claims().build(), OTHER_KEY, "SHA256withRSA"));
        refused(sign(header("RS256", "k9").build(), claims().build(), REALM_KEY, "SHA256withRSA"));
        refused(sign(header("RS512", "k1").build(), claims().build(), REALM_KEY, "SHA512withRSA"));
        refused(sign(header("RS256", "encryption").build(), claims().build(), REALM_KEY, "SHA256withRSA"));
        refused(sign(Json.createObjectBuilder().add("alg", "RS256").build(), claims().build(), REALM_KEY, "SHA256withRSA"));
    }

    @Test
    void criticalHeaderExtensionsAreRefused() {
        JsonObject header = header("RS256", "k1").add("crit", Json.createArrayBuilder().add("exp")).build();

        refused(sign(header, claims().build(), REALM_KEY, "SHA256withRSA"));
    }

    @Test
    void aRotatedKeyIsFetchedWhenATokenNamesIt() throws InvalidToken {
        verifier.verify(rs256(claims()));
        published.set(TestKeys.jwks("k1", REALM_KEY, "k2", OTHER_KEY));
        clock.advance(SigningKeys.MIN_INTERVAL);

        Caller caller = verifier.verify(sign(header("RS256", "k2").build(), claims().build(), OTHER_KEY, "SHA256withRSA"));

        assertEquals("manager.1", caller.name());
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsKeyLeavesTheRealm() throws InvalidToken {
        String token = rs256(claims().add("exp", clock.instant().getEpochSecond() + 3600));
        verifier.verify(token);
        verifier.verify(token);

        published.set(TestKeys.jwks("k2", OTHER_KEY));
        clock.advance(SigningKeys.MAX_AGE.plusSeconds(1));

        refused(token);
    }

    @Test
    void aRememberedTokenIsNotTakenForOneWithAnotherSignature() throws InvalidToken {
        String token = rs256(claims());
        verifier.verify(token);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + encode("forged signature");

        refused(forged);
        assertEquals("manager.1", verifier.verify(token).name());
    }

    @Test
    void malformedTokensAreRefused() {
        String header = encode(header("RS256", "k1").build().toString());
        for (String token : new String[] {"", "abc", "a.b", "a.b.c.d", "..", "!!!.???.***",
                header + "." + encode("not json") + ".c2ln", header + "." + encode("[1,2]") + ".c2ln",
                encode("\"text\"") + "." + encode("{}") + ".c2ln", header + ".e30"}) {
            refused(token);
        }
    }
}
