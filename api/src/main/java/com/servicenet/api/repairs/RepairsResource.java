package com.servicenet.api.repairs;

import com.servicenet.api.platform.Inputs;
import com.servicenet.api.repairs.RepairCommands.PartLine;
import com.servicenet.api.repairs.RepairCommands.ReportRepair;
import com.servicenet.api.repairs.RepairCommands.Transition;
import com.servicenet.identity.Roles;
import com.servicenet.repairs.control.DuplicateRequest;
import com.servicenet.repairs.control.RepairDesk;
import com.servicenet.repairs.control.RepairFilter;
import com.servicenet.repairs.control.RepairPage;
import com.servicenet.repairs.control.RepairSearch;
import com.servicenet.repairs.control.Reported;
import com.servicenet.repairs.entity.RepairStatus;
import com.servicenet.tenancy.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Repair reporting (四个不漏) for outlets' shop software and users: each call acts for the outlet in the
 * token, never for one named in the request. Another outlet's repair answers 404, like a missing one.
 * <p>
 * One instance serves every request (the hot path of shop software: a request-scoped resource was built and
 * injected per call); what belongs to a request comes in as a method parameter.
 */
@Path("repairs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RepairsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    RepairDesk desk;

    @Inject
    RepairSearch search;

    @Inject
    CurrentTenant tenant;

    @POST
    @RolesAllowed({Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "Report a repair",
            description = "Send an Idempotency-Key (any unique string, e.g. a UUID) so that a retry after a timeout "
                    + "returns the repair the first attempt created instead of reporting it twice. Charges are "
                    + "checked against the price list and the warranty of the day received; what is out of range is "
                    + "flagged on the order, not refused.")
    @APIResponse(responseCode = "201", description = "Reported, or (header Idempotent-Replayed: true) reported before by this key",
            headers = @Header(name = "Location", description = "The new repair"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairRepresentation.class)))
    @APIResponse(responseCode = "400", description = "Rejected input, each field named; nothing written")
    @APIResponse(responseCode = "409", description = "Ticket number already reported by this outlet")
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used for a different request, or the technician "
            + "holds no valid certification for the product category")
    @APIResponse(responseCode = "429", description = "Too many requests from this outlet; retry after Retry-After seconds")
    public Response report(@Parameter(description = "Makes retries safe: the same key and body report once")
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           @Context UriInfo uri,
                           ReportRepair command) {
        Inputs.valid(command);
        String hash = idempotencyKey == null ? null : sha256(command.toString());
        Reported reported;
        try {
            reported = desk.report(command.report(), idempotencyKey, hash);
        } catch (DuplicateRequest raced) {
            reported = desk.replay(idempotencyKey, hash, raced);
        }
        Response.ResponseBuilder response = Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(reported.order().id())).build())
                .entity(RepairRepresentation.of(reported.order(), false));
        return reported.replayed() ? response.header("Idempotent-Replayed", "true").build() : response.build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM,
            Roles.HQ_NETWORK_ADMIN, Roles.HQ_AUDITOR, Roles.HQ_QUALITY, Roles.HQ_TRAINER})
    @Operation(summary = "One repair, with its parts, steps and flags")
    @APIResponse(responseCode = "404", description = "No such repair, or not this outlet's")
    public RepairRepresentation repair(@PathParam("id") long id) {
        return RepairRepresentation.of(search.order(id), tenant.isHeadquarters());
    }

    @GET
    @RolesAllowed({Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM,
            Roles.HQ_NETWORK_ADMIN, Roles.HQ_AUDITOR, Roles.HQ_QUALITY, Roles.HQ_TRAINER})
    @Operation(summary = "The outlet's repairs, newest first, a page at a time",
            description = "Pass the nextCursor of a page as cursor to get the next one; it is absent on the last page. "
                    + "Customers are masked. HQ sees every outlet's and may narrow by outlet.")
    @APIResponse(responseCode = "200", description = "A page of repairs and the cursor of the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, example = """
                    {"items": [{"id": 1042, "outletId": 1, "outletCode": "SH-0001", "ticketNo": "T-2026-00042",
                                "status": "RECEIVED", "serviceType": "IN_SHOP", "category": "AIR_CONDITIONER",
                                "model": "KFR-35GW/BP3", "serialNo": "AC35BP3-2401-00117", "customerName": "张*",
                                "customerPhone": "138****5678", "technicianName": "王强", "receivedAt": "2026-03-02T01:30:00Z",
                                "amountCharged": 95.00, "overcharged": false, "chargedInWarranty": false,
                                "warrantyCoverage": "NONE"}],
                     "nextCursor": "MjAyNi0wMy0wMlQwMTozMDowMFp8MTA0Mg"}"""))
    public RepairPage list(@QueryParam("status") RepairStatus status,
                           @Parameter(description = "First day received (yyyy-mm-dd, China Standard Time)") @QueryParam("from") LocalDate from,
                           @Parameter(description = "Last day received, included") @QueryParam("to") LocalDate to,
                           @QueryParam("model") String model,
                           @QueryParam("serialNo") String serialNo,
                           @QueryParam("ticketNo") String ticketNo,
                           @Parameter(description = "HQ only: one outlet") @QueryParam("outletId") Long outletId,
                           @Parameter(description = "Only orders flagged as overcharged or charged in warranty") @QueryParam("flagged") Boolean flagged,
                           @QueryParam("cursor") String cursor,
                           @QueryParam("limit") @DefaultValue("50") int limit) {
        return search.page(new RepairFilter(status, from, to, model, serialNo, ticketNo, outletId, null, flagged), cursor,
                Inputs.between("limit", limit, 1, 200));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "Move the repair on: RECEIVED → DIAGNOSED → (WAITING_FOR_PARTS →) REPAIRED → CLOSED, or CANCELLED",
            description = "A refused move answers 409 naming the moves allowed from the current status.")
    @APIResponse(responseCode = "200", description = "Moved; the repair as it is now")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status")
    @APIResponse(responseCode = "422", description = "Moving to REPAIRED: the repair's technician holds no valid certification "
            + "for its product category today")
    public RepairRepresentation transition(@PathParam("id") long id, Transition command) {
        Inputs.valid(command);
        return RepairRepresentation.of(desk.advance(id, command.status(), command.resolution(), command.customerConfirmed()), false);
    }

    @POST
    @Path("{id}/parts")
    @RolesAllowed({Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "Add a part used in the repair; checked against the price list of the day received")
    @APIResponse(responseCode = "201", description = "Added; the repair as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairRepresentation.class)))
    @APIResponse(responseCode = "400", description = "Unknown part, or bad quantity or price; nothing written")
    public Response addPart(@PathParam("id") long id, PartLine command) {
        Inputs.valid(command);
        return Response.status(Response.Status.CREATED).entity(RepairRepresentation.of(desk.addPart(id, command.charge(null)), false)).build();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
