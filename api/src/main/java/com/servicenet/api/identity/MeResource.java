package com.servicenet.api.identity;

import com.servicenet.api.network.OutletRepresentation;
import com.servicenet.identity.Roles;
import com.servicenet.network.control.OutletDirectory;
import com.servicenet.tenancy.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Who the token belongs to, as the platform sees it: a quick check for integrators that their token works. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Context
    SecurityContext security;

    @Inject
    CurrentTenant tenant;

    @Inject
    OutletDirectory outlets;

    @GET
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.MYSTERY_SHOPPER, Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "The caller's identity, roles and outlet")
    public Me me() {
        List<String> roles = Roles.ALL.stream().filter(security::isUserInRole).toList();
        OutletRepresentation outlet = tenant.outletId().isPresent()
                ? outlets.find(tenant.outletId().getAsLong()).map(o -> OutletRepresentation.of(o, List.of())).orElse(null)
                : null;
        return new Me(security.getUserPrincipal().getName(), roles, tenant.isHeadquarters(), outlet);
    }

    public record Me(String username, List<String> roles, boolean headquarters, OutletRepresentation outlet) {
    }
}
