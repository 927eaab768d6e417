package com.servicenet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This web app's OpenID Connect client settings. Each WAR names its own client in its
 * {@code META-INF/microprofile-config.properties}; secrets come from environment variables.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "servicenet.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "servicenet.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "servicenet.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** Keycloak's RP-initiated logout endpoint. */
    public String endSessionUri() {
        return providerUri + "/protocol/openid-connect/logout";
    }
}
