package com.servicenet.api.training;

import com.servicenet.api.training.TrainingRepresentations.EnrolmentView;
import com.servicenet.identity.Roles;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.training.control.TrainingSessions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Enrolments across sessions: HQ's queue of outlets' requests and its decisions; an outlet's own requests. */
@Path("enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentsResource {

    @Inject
    TrainingSessions sessions;

    @Inject
    CurrentTenant tenant;

    @GET
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "HQ: requests waiting for a decision; an outlet: its own requests and seats")
    public List<EnrolmentView> list() {
        return (tenant.isHeadquarters() ? sessions.pendingRequests() : sessions.ownEnrolments()).stream()
                .map(EnrolmentView::of).toList();
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed({Roles.HQ_TRAINER, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "Give the requested seat")
    @APIResponse(responseCode = "409", description = "The session is full, or the request was decided")
    public EnrolmentView approve(@PathParam("id") long id) {
        return EnrolmentView.of(sessions.approve(id));
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({Roles.HQ_TRAINER, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "Decline the request, or take the seat back before the results")
    public EnrolmentView decline(@PathParam("id") long id) {
        return EnrolmentView.of(sessions.decline(id));
    }
}
