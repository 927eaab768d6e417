package com.servicenet.api.audits;

import com.servicenet.api.audits.AuditRepresentations.ActionDetailView;
import com.servicenet.api.audits.AuditRepresentations.AttachmentView;
import com.servicenet.api.platform.Inputs;
import com.servicenet.audits.control.CorrectiveActions;
import com.servicenet.audits.control.NamedFile;
import com.servicenet.audits.entity.Attachment;
import com.servicenet.audits.entity.CorrectiveAction;
import com.servicenet.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** 整改: HQ raises, verifies and reopens; the outlet responds with text and evidence; overdue ones network-wide. */
@Path("corrective-actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CorrectiveActionsResource {

    @Inject
    CorrectiveActions actions;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "Ask the outlet to put a finding right by a deadline (released audits only)")
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionDetailView.class)))
    @APIResponse(responseCode = "409", description = "The audit is not released, or the finding has an action already")
    public Response raise(AuditCommands.NewAction command) {
        Inputs.valid(command);
        CorrectiveAction action = actions.raise(command.findingId(), command.description(), command.dueOn());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(action.id())).build())
                .entity(ActionDetailView.of(actions.detail(action.id()))).build();
    }

    @GET
    @RolesAllowed({Roles.HQ_AUDITOR, Roles.HQ_NETWORK_ADMIN, Roles.HQ_QUALITY, Roles.OUTLET_MANAGER})
    @Operation(summary = "HQ: network-wide (overdue=true for those past their deadline); an outlet: its own")
    public List<AuditRepresentations.ActionView> list(@QueryParam("outletId") Long outletId,
                                                      @QueryParam("status") CorrectiveAction.Status status,
                                                      @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        return actions.list(outletId, status, overdue).stream().map(AuditRepresentations.ActionView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HQ_AUDITOR, Roles.HQ_NETWORK_ADMIN, Roles.HQ_QUALITY, Roles.OUTLET_MANAGER})
    @APIResponse(responseCode = "404", description = "No such action (for this caller)")
    public ActionDetailView action(@PathParam("id") long id) {
        return ActionDetailView.of(actions.detail(id));
    }

    @POST
    @Path("{id}/evidence")
    @RolesAllowed(Roles.OUTLET_MANAGER)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach one evidence file (image or PDF, ≤ 10 MB, type read from the bytes) before responding")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public Response evidence(@PathParam("id") long id, @QueryParam("fileName") String fileName, byte[] bytes) {
        Attachment attachment = actions.addEvidence(id, new NamedFile(fileName, bytes));
        return Response.status(Response.Status.CREATED).entity(AttachmentView.of(attachment)).build();
    }

    @POST
    @Path("{id}/response")
    @RolesAllowed(Roles.OUTLET_MANAGER)
    @Operation(summary = "The outlet's response: what it did")
    @APIResponse(responseCode = "409", description = "Not open")
    public ActionDetailView respond(@PathParam("id") long id, AuditCommands.ActionResponse command) {
        Inputs.valid(command);
        actions.respond(id, command.text(), List.of());
        return ActionDetailView.of(actions.detail(id));
    }

    @POST
    @Path("{id}/verification")
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "HQ is satisfied: the action is closed")
    public ActionDetailView verify(@PathParam("id") long id, AuditCommands.Verification command) {
        actions.verify(id, command == null ? null : command.note());
        return ActionDetailView.of(actions.detail(id));
    }

    @POST
    @Path("{id}/reopening")
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "HQ is not satisfied: open again, with a new deadline if given")
    public ActionDetailView reopen(@PathParam("id") long id, AuditCommands.Reopening command) {
        Inputs.valid(command);
        actions.reopen(id, command.note(), command.dueOn());
        return ActionDetailView.of(actions.detail(id));
    }
}
