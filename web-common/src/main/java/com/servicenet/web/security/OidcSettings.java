package com.servicenet.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.Config;

/**
 * This web app's OpenID Connect client. Each WAR names its Keycloak client in web.xml (context parameter
 * {@value #CLIENT_PARAMETER}); the client's settings are {@code servicenet.oidc.<client>.*}, the secret from an
 * environment variable. Keys per client, not one {@code servicenet.oidc.client-id} per WAR: inside the EAR on Payara
 * Server the configuration is the application's, shared by both portals (docs/decisions.md, "Payara Server").
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    static final String CLIENT_PARAMETER = "servicenet.oidc.client";

    @Inject
    ServletContext servletContext;

    @Inject
    Config config;

    private String providerUri;
    private String clientId;
    private String clientSecret;

    @PostConstruct
    void read() {
        String client = servletContext.getInitParameter(CLIENT_PARAMETER);
        if (client == null || client.isBlank()) {
            throw new IllegalStateException("web.xml names no OpenID Connect client (context parameter " + CLIENT_PARAMETER + ")");
        }
        String prefix = "servicenet.oidc." + client + ".";
        providerUri = config.getValue("servicenet.oidc.provider-uri", String.class);
        // the client's id in Keycloak is the portal's name unless a deployment's realm names it otherwise
        clientId = config.getOptionalValue(prefix + "client-id", String.class).orElse(client);
        clientSecret = config.getValue(prefix + "client-secret", String.class);
    }

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
