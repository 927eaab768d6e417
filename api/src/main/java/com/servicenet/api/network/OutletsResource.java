package com.servicenet.api.network;

import com.servicenet.api.network.OutletCommands.Appoint;
import com.servicenet.api.network.OutletCommands.ChangeStatus;
import com.servicenet.api.network.OutletCommands.ProvisionIdentity;
import com.servicenet.api.network.OutletCommands.Register;
import com.servicenet.api.network.OutletCommands.Replace;
import com.servicenet.api.network.OutletCommands.TemporaryPassword;
import com.servicenet.api.platform.Inputs;
import com.servicenet.identity.Roles;
import com.servicenet.network.control.NetworkAdministration;
import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.control.OutletFilter;
import com.servicenet.network.control.RegionCatalog;
import com.servicenet.network.entity.Appointment;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.OutletStatus;
import com.servicenet.rules.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/**
 * The service network through the API. Reading: HQ sees every outlet, an outlet's users and software only
 * their own — another outlet answers 404 like a missing one, so ids reveal nothing. Changing: HQ network
 * admins only, one use case per call, for HQ's own tooling and integrations.
 */
@Path("outlets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutletsResource {

    @Inject
    OutletDirectory outlets;

    @Inject
    NetworkAdministration administration;

    @Inject
    RegionCatalog regions;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "One outlet's profile")
    @APIResponse(responseCode = "200", description = "The outlet")
    @APIResponse(responseCode = "404", description = "No such outlet, or not yours")
    public OutletRepresentation outlet(@PathParam("id") long id) {
        Outlet outlet = outlets.find(id).orElseThrow(NotFoundException::new);
        return OutletRepresentation.of(outlet, currentRegions(id));
    }

    @GET
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY})
    @Operation(summary = "HQ's outlet list, filtered and paged")
    public List<com.servicenet.network.control.OutletRow> list(@QueryParam("text") String text,
                                                              @QueryParam("status") OutletStatus status,
                                                              @QueryParam("region") String region,
                                                              @QueryParam("offset") @DefaultValue("0") int offset,
                                                              @QueryParam("limit") @DefaultValue("50") int limit) {
        return outlets.page(new OutletFilter(text, status, region), "code", true,
                Inputs.between("offset", offset, 0, Integer.MAX_VALUE), Inputs.between("limit", limit, 1, 500));
    }

    @POST
    @RolesAllowed(Roles.HQ_NETWORK_ADMIN)
    @Operation(summary = "Register a candidate outlet")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "The new outlet"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutletRepresentation.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response register(Register command) {
        Inputs.valid(command);
        Outlet outlet = administration.register(command.registration());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(outlet.id())).build())
                .entity(OutletRepresentation.of(outlet, List.of())).build();
    }

    @POST
    @Path("{id}/appointments")
    @RolesAllowed(Roles.HQ_NETWORK_ADMIN)
    @Operation(summary = "Appoint the outlet to a region; refused, naming the holder, while another outlet holds it")
    @APIResponse(responseCode = "201", description = "Appointed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentRepresentation.class)))
    @APIResponse(responseCode = "409", description = "The region is held, or the outlet may not take a region")
    public Response appoint(@PathParam("id") long id, Appoint command) {
        Inputs.valid(command);
        long regionId = regions.findByCode(command.regionCode())
                .orElseThrow(() -> new RuleViolation("region.unknown", command.regionCode().toUpperCase(Locale.ROOT))).id();
        Appointment appointment = administration.appoint(id, regionId);
        return Response.status(Response.Status.CREATED).entity(new AppointmentRepresentation(
                appointment.region().code(), appointment.outlet().id(), appointment.validFrom())).build();
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Roles.HQ_NETWORK_ADMIN)
    @Operation(summary = "Move the outlet along its lifecycle (probation, active, suspended, terminated)")
    @APIResponse(responseCode = "204", description = "Changed")
    public void changeStatus(@PathParam("id") long id, ChangeStatus command) {
        Inputs.valid(command);
        administration.changeStatus(id, command.status(), command.reason());
    }

    @POST
    @Path("{id}/replacement")
    @RolesAllowed(Roles.HQ_NETWORK_ADMIN)
    @Operation(summary = "Replace the outlet with a successor: its regions move, it is terminated, its accounts disabled")
    @APIResponse(responseCode = "204", description = "Replaced")
    @APIResponse(responseCode = "409", description = "Refused; nothing changed")
    public void replace(@PathParam("id") long id, Replace command) {
        Inputs.valid(command);
        administration.replace(id, command.successorId(), command.reason());
    }

    @POST
    @Path("{id}/identity")
    @RolesAllowed(Roles.HQ_NETWORK_ADMIN)
    @Operation(summary = "Create the outlet's accounts in Keycloak: first manager, API client; applied asynchronously")
    @APIResponse(responseCode = "200", description = "Queued; the manager's one-time password, shown only here")
    public TemporaryPassword provisionIdentity(@PathParam("id") long id, ProvisionIdentity command) {
        Inputs.valid(command);
        return new TemporaryPassword(administration.provisionIdentity(id, command.managerUsername(), command.managerEmail()));
    }

    private List<String> currentRegions(long outletId) {
        java.time.Instant now = java.time.Instant.now();
        return outlets.appointments(outletId).stream().filter(a -> a.holdsAt(now)).map(a -> a.region().code()).sorted().toList();
    }

    public record AppointmentRepresentation(String regionCode, long outletId, java.time.Instant validFrom) {
    }
}
