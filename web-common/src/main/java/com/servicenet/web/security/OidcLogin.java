package com.servicenet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Browser login through Keycloak. Keycloak puts the user's realm roles into a top-level {@code groups}
 * claim, which become the caller's groups and so, one to one, their roles.
 * <p>
 * {@code redirectToOriginalResource} stays false: with PrimeFaces it fails with a NullPointerException
 * (Soteria issue 333); {@link CallbackServlet} sends the user on instead.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        tokenAutoRefresh = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class OidcLogin {
}
