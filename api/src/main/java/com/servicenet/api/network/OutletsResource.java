package com.servicenet.api.network;

import com.servicenet.identity.Roles;
import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.entity.Outlet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Outlets as the caller may see them: HQ sees every outlet, an outlet's users and software only their own.
 * Another outlet is answered with 404, the same as one that does not exist, so ids reveal nothing.
 */
@Path("outlets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutletsResource {

    @Inject
    OutletDirectory outlets;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "One outlet's public profile")
    @APIResponse(responseCode = "200", description = "The outlet")
    @APIResponse(responseCode = "404", description = "No such outlet, or not yours")
    public OutletRepresentation outlet(@PathParam("id") long id) {
        return outlets.find(id).map(OutletRepresentation::of).orElseThrow(NotFoundException::new);
    }

    public record OutletRepresentation(long id, String code, String legalName, String status) {
        public static OutletRepresentation of(Outlet outlet) {
            return new OutletRepresentation(outlet.id(), outlet.code(), outlet.legalName(), outlet.status().name());
        }
    }
}
