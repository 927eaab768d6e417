package com.servicenet.api.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * The one token verifier of the API: Keycloak's JWKS address, the realm's issuer and this API's audience come
 * from {@code servicenet.api.token.*} (set from {@code KEYCLOAK_URL} and {@code KEYCLOAK_REALM} by default).
 */
@ApplicationScoped
public class ApiKeys {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** A singleton, not application-scoped: the verifier is final, so no client proxy stands in front of it. */
    @Produces
    @Singleton
    BearerTokenVerifier verifier(@ConfigProperty(name = "servicenet.api.token.jwks") String jwksUrl,
                                 @ConfigProperty(name = "servicenet.api.token.issuer") String issuer,
                                 @ConfigProperty(name = "servicenet.api.token.audience") String audience) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(jwksUrl)).timeout(TIMEOUT).GET().build();
        SigningKeys keys = new SigningKeys(() -> {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(jwksUrl + " answered " + response.statusCode());
                }
                return response.body();
            } catch (IOException unreachable) {
                throw new UncheckedIOException(unreachable);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }, Clock.systemUTC());
        return new BearerTokenVerifier(issuer, audience.strip(), keys, Clock.systemUTC());
    }
}
