package com.servicenet.api.platform;

import com.servicenet.identity.Caller;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantAdmission;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/** Resolves the tenant of every API request once, from the verified bearer token and nothing else, and admits it. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TenantRequestFilter implements ContainerRequestFilter {

    @Inject
    JsonWebToken token;

    @Inject
    CurrentTenant tenant;

    @Inject
    TenantAdmission admission;

    @Override
    public void filter(ContainerRequestContext request) {
        if (token == null || token.getRawToken() == null || tenant.isEstablished()) {
            return;
        }
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        Object outletClaim = token.getClaim("outlet_id");
        tenant.establish(Caller.of(token.getName(), groups, outletClaim == null ? null : outletClaim.toString()));
        admission.admit();
    }
}
