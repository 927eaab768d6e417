package com.servicenet.api.quality;

import com.servicenet.api.platform.Inputs;
import com.servicenet.api.quality.QualityRepresentations.ComplaintDetail;
import com.servicenet.api.quality.QualityRepresentations.ComplaintSummary;
import com.servicenet.identity.Roles;
import com.servicenet.quality.control.ComplaintFilter;
import com.servicenet.quality.control.Complaints;
import com.servicenet.quality.entity.Complaint;
import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.ComplaintStatus;
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

/**
 * 投诉: HQ's quality staff record hotline complaints and handle every complaint (investigate, ask the outlet,
 * resolve or reject); an outlet's manager sees the complaints it was asked about and answers the question, nothing more.
 */
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    @Inject
    Complaints complaints;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.HQ_QUALITY)
    @Operation(summary = "Record a complaint taken on the hotline (a ticket number links the outlet's repair)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintDetail.class)))
    public Response record(QualityCommands.HotlineComplaint command) {
        Inputs.valid(command);
        Complaint complaint = complaints.record(new Complaints.Hotline(command.outletId(), command.ticketNo(), command.category(),
                command.severity(), command.description(), command.customerName(), command.customerPhone()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(complaint.id())).build())
                .entity(ComplaintDetail.of(complaints.detail(complaint.id()))).build();
    }

    @GET
    @RolesAllowed({Roles.HQ_QUALITY, Roles.HQ_NETWORK_ADMIN, Roles.OUTLET_MANAGER})
    @Operation(summary = "HQ: the network's complaints, filtered; an outlet: those HQ asked it about")
    public List<ComplaintSummary> list(@QueryParam("outletId") Long outletId, @QueryParam("status") ComplaintStatus status,
                                       @QueryParam("category") ComplaintCategory category,
                                       @QueryParam("open") @DefaultValue("false") boolean open,
                                       @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        return complaints.list(new ComplaintFilter(outletId, status, category, open, overdue)).stream().map(ComplaintSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HQ_QUALITY, Roles.HQ_NETWORK_ADMIN, Roles.OUTLET_MANAGER})
    @APIResponse(responseCode = "404", description = "No such complaint (for this caller)")
    public ComplaintDetail complaint(@PathParam("id") long id) {
        return ComplaintDetail.of(complaints.detail(id));
    }

    @POST
    @Path("{id}/investigation")
    @RolesAllowed(Roles.HQ_QUALITY)
    @Operation(summary = "Take the complaint up")
    @APIResponse(responseCode = "409", description = "Not just received")
    public ComplaintDetail investigate(@PathParam("id") long id, QualityCommands.Text command) {
        complaints.investigate(id, command == null ? null : command.text());
        return ComplaintDetail.of(complaints.detail(id));
    }

    @POST
    @Path("{id}/question")
    @RolesAllowed(Roles.HQ_QUALITY)
    @Operation(summary = "Ask the outlet to respond; from now on the outlet sees the complaint (not the customer's contact)")
    @APIResponse(responseCode = "409", description = "Closed")
    public ComplaintDetail ask(@PathParam("id") long id, QualityCommands.Text command) {
        return step(id, command, complaints::askOutlet);
    }

    @POST
    @Path("{id}/response")
    @RolesAllowed(Roles.OUTLET_MANAGER)
    @Operation(summary = "The outlet answers HQ's question, once")
    @APIResponse(responseCode = "409", description = "No open question")
    public ComplaintDetail respond(@PathParam("id") long id, QualityCommands.Text command) {
        return step(id, command, complaints::respond);
    }

    @POST
    @Path("{id}/notes")
    @RolesAllowed(Roles.HQ_QUALITY)
    @Operation(summary = "A note in the complaint's history")
    public ComplaintDetail note(@PathParam("id") long id, QualityCommands.Text command) {
        return step(id, command, complaints::note);
    }

    @POST
    @Path("{id}/resolution")
    @RolesAllowed(Roles.HQ_QUALITY)
    @Operation(summary = "Resolved, with what was done")
    @APIResponse(responseCode = "409", description = "Closed already")
    public ComplaintDetail resolve(@PathParam("id") long id, QualityCommands.Text command) {
        return step(id, command, complaints::resolve);
    }

    @POST
    @Path("{id}/rejection")
    @RolesAllowed(Roles.HQ_QUALITY)
    @Operation(summary = "Rejected as unfounded, with the reason; it no longer counts in the complaint rate")
    @APIResponse(responseCode = "409", description = "Closed already")
    public ComplaintDetail reject(@PathParam("id") long id, QualityCommands.Text command) {
        return step(id, command, complaints::reject);
    }

    /** A step with the text the command carries, answered with the complaint as the caller may now read it. */
    private ComplaintDetail step(long id, QualityCommands.Text command, java.util.function.BiConsumer<Long, String> step) {
        Inputs.valid(command);
        step.accept(id, command.text());
        return ComplaintDetail.of(complaints.detail(id));
    }
}
