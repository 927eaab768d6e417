package com.servicenet.api.platform.security;

import com.servicenet.api.platform.security.Jwt.InvalidToken;
import com.servicenet.identity.Caller;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Verifies a Keycloak access token for this API and reads the caller from it.
 * <p>
 * It accepts only what Keycloak issues for it: an RSA signature (RS256/384/512) by one of the realm's current
 * keys, the realm as issuer, this API among the audiences, an access token ({@code typ} Bearer, so neither an
 * ID nor a refresh token), and a lifetime that includes now, give or take {@link #CLOCK_SKEW}.
 * Anything else, including {@code alg: none}, HMAC algorithms and unknown critical headers, is refused.
 * <p>
 * A token verified once is remembered until it expires: shop software sends the same token with every request
 * for its whole lifetime, and the RSA check was a tenth of a repair create's CPU. Only the very same text,
 * signature included, is taken as verified, and only while its key is still one of the realm's.
 */
public final class BearerTokenVerifier {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final Map<String, String> ALGORITHMS = Map.of(
            "RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

    private final String issuer;
    private final String audience;
    private final SigningKeys keys;
    private final Clock clock;
    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

    /** Enough for every outlet's shop software and users at once; past it, expired ones are dropped first. */
    static final int REMEMBERED = 20_000;

    public BearerTokenVerifier(String issuer, String audience, SigningKeys keys, Clock clock) {
        this.issuer = issuer;
        this.audience = audience;
        this.keys = keys;
        this.clock = clock;
    }

    /** The token's caller; {@link InvalidToken} says why it was refused. */
    Caller verify(String compact) throws InvalidToken {
        long now = clock.millis() / 1000;
        Verified known = verified.get(compact);
        if (known != null) {
            if (now < known.until() && keys.find(known.keyId(), known.algorithm()).isPresent()) {
                return known.caller();
            }
            verified.remove(compact);
        }
        Jwt jwt = Jwt.split(compact);
        verifySignature(jwt);
        JsonObject claims = jwt.claims();
        Caller caller = caller(claims);
        remember(compact, new Verified(caller, seconds(claims, "exp").orElseThrow() + CLOCK_SKEW.toSeconds(),
                text(jwt.header(), "kid"), text(jwt.header(), "alg")), now);
        return caller;
    }

    private Caller caller(JsonObject claims) throws InvalidToken {
        if (!issuer.equals(text(claims, "iss"))) {
            throw new InvalidToken("issuer " + text(claims, "iss"));
        }
        if (!audiences(claims).contains(audience)) {
            throw new InvalidToken("audience " + claims.get("aud"));
        }
        String type = text(claims, "typ");
        if (type != null && !"Bearer".equalsIgnoreCase(type)) {
            throw new InvalidToken("token type " + type);
        }
        verifyLifetime(claims);
        return Caller.of(name(claims), groups(claims), outletClaim(claims));
    }

    private void remember(String compact, Verified caller, long now) {
        if (verified.size() >= REMEMBERED) {
            verified.values().removeIf(old -> now >= old.until());
            if (verified.size() >= REMEMBERED) {
                return;
            }
        }
        verified.put(compact, caller);
    }

    /** A verified token's caller, valid until {@code until} (epoch seconds, the clock skew included). */
    private record Verified(Caller caller, long until, String keyId, String algorithm) {
    }

    private void verifySignature(Jwt jwt) throws InvalidToken {
        String algorithm = text(jwt.header(), "alg");
        String keyId = text(jwt.header(), "kid");
        if (algorithm == null || !ALGORITHMS.containsKey(algorithm)) {
            throw new InvalidToken("algorithm " + algorithm);
        }
        if (jwt.header().containsKey("crit")) {
            throw new InvalidToken("critical header extensions " + jwt.header().get("crit"));
        }
        if (keyId == null) {
            throw new InvalidToken("no key id");
        }
        PublicKey key = keys.find(keyId, algorithm).orElseThrow(() -> new InvalidToken("unknown key " + keyId));
        try {
            Signature signature = Signature.getInstance(ALGORITHMS.get(algorithm));
            signature.initVerify(key);
            signature.update(jwt.signingInput());
            if (!signature.verify(jwt.signature())) {
                throw new InvalidToken("bad signature");
            }
        } catch (GeneralSecurityException malformed) {
            throw new InvalidToken("bad signature: " + malformed.getClass().getSimpleName());
        }
    }

    private void verifyLifetime(JsonObject claims) throws InvalidToken {
        long now = clock.millis() / 1000;
        long skew = CLOCK_SKEW.toSeconds();
        Optional<Long> expires = seconds(claims, "exp");
        if (expires.isEmpty() || expires.get() + skew <= now) {
            throw new InvalidToken("expired or no expiry: " + claims.get("exp"));
        }
        Optional<Long> notBefore = seconds(claims, "nbf");
        if (notBefore.isPresent() && notBefore.get() - skew > now) {
            throw new InvalidToken("not valid before " + notBefore.get());
        }
    }

    /** The name MicroProfile JWT would give: upn, else preferred_username, else sub. */
    private static String name(JsonObject claims) throws InvalidToken {
        for (String claim : List.of("upn", "preferred_username", "sub")) {
            String value = text(claims, claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new InvalidToken("no subject");
    }

    private static List<String> audiences(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        if (aud instanceof JsonString single) {
            return List.of(single.getString());
        }
        return aud instanceof JsonArray many ? strings(many) : List.of();
    }

    private static List<String> groups(JsonObject claims) {
        return claims.get("groups") instanceof JsonArray groups ? strings(groups) : List.of();
    }

    /** Keycloak writes the user attribute as text; a number is taken too. */
    private static String outletClaim(JsonObject claims) {
        JsonValue outlet = claims.get("outlet_id");
        if (outlet instanceof JsonString text) {
            return text.getString();
        }
        return outlet instanceof JsonNumber number && number.isIntegral() ? number.bigIntegerValue().toString() : null;
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            if (value instanceof JsonString text) {
                values.add(text.getString());
            }
        }
        return values;
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString text ? text.getString() : null;
    }

    private static Optional<Long> seconds(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonNumber number ? Optional.of(number.longValue()) : Optional.empty();
    }
}
