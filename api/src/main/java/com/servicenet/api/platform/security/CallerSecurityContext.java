package com.servicenet.api.platform.security;

import com.servicenet.identity.Caller;
import jakarta.ws.rs.core.SecurityContext;

import java.security.Principal;

/** The verified caller as JAX-RS sees it: its name, and its platform roles for {@code @RolesAllowed}. */
record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return caller::name;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
