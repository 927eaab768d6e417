package com.servicenet.api.audits;

import com.servicenet.api.audits.AuditRepresentations.AuditRowView;
import com.servicenet.api.audits.AuditRepresentations.AuditView;
import com.servicenet.api.audits.AuditRepresentations.FindingView;
import com.servicenet.api.audits.AuditRepresentations.PlanView;
import com.servicenet.api.audits.AuditRepresentations.ResultView;
import com.servicenet.api.audits.AuditRepresentations.TrendView;
import com.servicenet.api.platform.Inputs;
import com.servicenet.audits.control.AuditPlanning;
import com.servicenet.audits.control.AuditResults;
import com.servicenet.audits.control.CorrectiveActions;
import com.servicenet.audits.entity.Audit;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditStatus;
import com.servicenet.audits.entity.Band;
import com.servicenet.identity.Roles;
import com.servicenet.tenancy.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Audits: HQ plans, assigns, reads and releases them; an outlet reads its released results only — an
 * unreleased audit, a mystery shop above all, is neither listed nor found by id.
 */
@Path("audits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditsResource {

    static final String[] HQ = {Roles.HQ_AUDITOR, Roles.HQ_NETWORK_ADMIN, Roles.HQ_QUALITY};

    @Inject
    AuditPlanning planning;

    @Inject
    AuditResults results;

    @Inject
    CorrectiveActions actions;

    @Inject
    CurrentTenant tenant;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.HQ_AUDITOR, Roles.HQ_NETWORK_ADMIN, Roles.HQ_QUALITY, Roles.OUTLET_MANAGER})
    @Operation(summary = "HQ: audits by outlet, kind, status, band and day; an outlet: its released results")
    public List<AuditRowView> list(@QueryParam("outletId") Long outletId, @QueryParam("kind") AuditKind kind,
                                   @QueryParam("status") AuditStatus status, @QueryParam("band") Band band,
                                   @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        boolean hq = tenant.isHeadquarters();
        return (hq ? results.search(new AuditResults.Filter(outletId, kind, status, band, from, to)) : results.released())
                .stream().map(r -> AuditRowView.of(r, hq)).toList();
    }

    @POST
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "Plan an audit of a serving outlet with the template's current version")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditView.class)))
    @APIResponse(responseCode = "400", description = "Unknown or not serving outlet, bad window, or an assignee the rules refuse")
    public Response plan(AuditCommands.Plan command) {
        Inputs.valid(command);
        Audit audit = planning.plan(command.plan());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(audit.id())).build())
                .entity(AuditView.of(audit, true)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HQ_AUDITOR, Roles.HQ_NETWORK_ADMIN, Roles.HQ_QUALITY, Roles.OUTLET_MANAGER})
    @Operation(summary = "One audit with its result: per-section scores, answers, findings (files for HQ)")
    @APIResponse(responseCode = "404", description = "No such audit, or not released to this outlet")
    public ResultView result(@PathParam("id") long id) {
        return ResultView.of(results.result(id), tenant.isHeadquarters());
    }

    @PUT
    @Path("{id}/assignment")
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "Who goes: an HQ auditor for a spot check, a registered shopper for a mystery shop")
    @APIResponse(responseCode = "400", description = "Not a shopper, linked to the outlet, or went there last time")
    public AuditView assign(@PathParam("id") long id, AuditCommands.Assignment command) {
        Inputs.valid(command);
        return AuditView.of(planning.assign(id, command.assignee()), true);
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed(Roles.HQ_AUDITOR)
    public AuditView cancel(@PathParam("id") long id, AuditCommands.Reason command) {
        Inputs.valid(command);
        return AuditView.of(planning.cancel(id, command.reason()), true);
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "Release the result to the outlet; a failing one may put the outlet on probation and on the replacement-candidate list")
    @APIResponse(responseCode = "409", description = "Not submitted, or released already")
    public AuditView release(@PathParam("id") long id) {
        return AuditView.of(results.release(id), true);
    }

    @GET
    @Path("{id}/findings")
    @RolesAllowed({Roles.HQ_AUDITOR, Roles.HQ_NETWORK_ADMIN, Roles.HQ_QUALITY, Roles.OUTLET_MANAGER})
    public List<FindingView> findings(@PathParam("id") long id) {
        Audit audit = results.result(id).audit();
        return actions.findings(id).stream().map(f -> FindingView.of(f, audit.templateVersion())).toList();
    }

    @POST
    @Path("proposals")
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "Irregular dates (and shoppers) for the period, under the gap, twice-in-a-row and linked-shopper rules; nothing is planned yet")
    public PlanView propose(AuditCommands.ProposalRequest command) {
        Inputs.valid(command);
        return PlanView.of(planning.propose(command.templateId(), command.from(), command.to(), command.outletIds(), command.seed()));
    }

    @POST
    @Path("proposals/acceptance")
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "Plan the proposals kept")
    public List<AuditView> accept(AuditCommands.Acceptance command) {
        Inputs.valid(command);
        return planning.accept(command.templateId(), command.windowFrom(), command.windowTo(), command.kept()).stream()
                .map(a -> AuditView.of(a, true)).toList();
    }

    @GET
    @Path("trend")
    @RolesAllowed({Roles.HQ_AUDITOR, Roles.HQ_NETWORK_ADMIN, Roles.HQ_QUALITY, Roles.OUTLET_MANAGER})
    @Operation(summary = "Monthly mean score per kind over the last months (an outlet: its own, released only)")
    public List<TrendView> trend(@QueryParam("outletId") Long outletId, @QueryParam("months") @DefaultValue("12") int months) {
        long outlet = tenant.isHeadquarters() ? required(outletId) : tenant.requireOutletId();
        Inputs.between("months", months, 1, 36);
        return results.trend(outlet, YearMonth.from(com.servicenet.training.control.Certifications.today()), months).stream()
                .map(TrendView::of).toList();
    }

    private static long required(Long outletId) {
        if (outletId == null) {
            throw new com.servicenet.api.platform.InvalidParameter("outletId", "parameter.required");
        }
        return outletId;
    }
}
