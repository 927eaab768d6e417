package com.servicenet.api.platform.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keycloak's token-signing keys by key id, fetched from its JWKS document and held between requests.
 * <p>
 * The set is fetched again when a token names a key id it does not hold (Keycloak rotated its keys) and when
 * it is older than {@link #MAX_AGE} (a key HQ removed stops being trusted). Both are throttled to one fetch
 * per {@link #MIN_INTERVAL}, so tokens with made-up key ids cannot make every request a call to Keycloak.
 * A failed fetch keeps the keys already held.
 */
public final class SigningKeys {

    static final Duration MAX_AGE = Duration.ofMinutes(10);
    static final Duration MIN_INTERVAL = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private final Supplier<String> jwks;
    private final Clock clock;
    private volatile Snapshot current = new Snapshot(Map.of(), Instant.MIN, Instant.MIN);

    /** @param jwks reads the JWKS document (JSON text); may throw when the identity provider is unreachable */
    public SigningKeys(Supplier<String> jwks, Clock clock) {
        this.jwks = jwks;
        this.clock = clock;
    }

    /** The RSA key with this id, for this algorithm; empty when neither the held set nor a fresh one has it. */
    public Optional<PublicKey> find(String keyId, String algorithm) {
        Snapshot held = current;
        Instant now = clock.instant();
        if (!held.keys.containsKey(keyId) || held.fetched.plus(MAX_AGE).isBefore(now)) {
            held = refresh(now);
        }
        Key key = held.keys.get(keyId);
        return key != null && key.permits(algorithm) ? Optional.of(key.publicKey) : Optional.empty();
    }

    private synchronized Snapshot refresh(Instant now) {
        Snapshot held = current;
        if (held.attempted.plus(MIN_INTERVAL).isAfter(now)) {
            return held;
        }
        try {
            current = new Snapshot(parse(jwks.get()), now, now);
        } catch (RuntimeException unreachable) {
            LOG.log(Level.WARNING, "cannot read the identity provider's signing keys; keeping the "
                    + held.keys.size() + " held", unreachable);
            current = new Snapshot(held.keys, held.fetched, now);
        }
        return current;
    }

    /** Only RSA signing keys are taken: Keycloak's JWKS also lists its encryption key. */
    static Map<String, Key> parse(String document) {
        Map<String, Key> keys = new HashMap<>();
        JsonObject set = Jwt.parseObject(document);
        for (JsonValue entry : set.getJsonArray("keys")) {
            JsonObject jwk = entry.asJsonObject();
            if (!"RSA".equals(jwk.getString("kty", null)) || !"sig".equals(jwk.getString("use", "sig"))
                    || !(jwk.get("kid") instanceof JsonString kid)) {
                continue;
            }
            try {
                RSAPublicKeySpec spec = new RSAPublicKeySpec(unsigned(jwk.getString("n")), unsigned(jwk.getString("e")));
                keys.put(kid.getString(), new Key(KeyFactory.getInstance("RSA").generatePublic(spec), jwk.getString("alg", null)));
            } catch (GeneralSecurityException | RuntimeException malformed) {
                LOG.warning("ignoring the malformed signing key " + kid.getString());
            }
        }
        return Map.copyOf(keys);
    }

    private static BigInteger unsigned(String base64url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
    }

    record Key(PublicKey publicKey, String algorithm) {
        /** A key that names its algorithm is used for that one only (RFC 7517 §4.4). */
        boolean permits(String requested) {
            return algorithm == null || algorithm.equals(requested);
        }
    }

    private record Snapshot(Map<String, Key> keys, Instant fetched, Instant attempted) {
    }
}
