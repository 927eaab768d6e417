package com.servicenet.api.quality;

import com.servicenet.api.platform.Inputs;
import com.servicenet.api.quality.QualityRepresentations.CallbackResult;
import com.servicenet.api.quality.QualityRepresentations.CallbackView;
import com.servicenet.identity.Roles;
import com.servicenet.quality.control.Callbacks;
import com.servicenet.quality.entity.Callback;
import com.servicenet.quality.entity.CallbackOutcome;
import com.servicenet.quality.entity.CallbackStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** 回访: HQ's queue of customers to call back after closed repairs. HQ only; outlets never see callbacks. */
@Path("callbacks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallbacksResource {

    @Inject
    Callbacks callbacks;

    @GET
    @RolesAllowed(Roles.HQ_QUALITY)
    @Operation(summary = "The queue (open, oldest first), or the callbacks of one status")
    public List<CallbackView> list(@QueryParam("status") CallbackStatus status, @QueryParam("outletId") Long outletId) {
        return callbacks.list(status, outletId).stream().map(CallbackView::of).toList();
    }

    @POST
    @Path("{id}/attempts")
    @RolesAllowed(Roles.HQ_QUALITY)
    @Operation(summary = "One call: not reached (counts towards HQ's limit of tries), or the customer's answers; a dissatisfied "
            + "customer, an unfixed fault or a charge above the receipt raises a complaint")
    @APIResponse(responseCode = "404", description = "No such callback")
    @APIResponse(responseCode = "409", description = "Not open any more")
    public CallbackResult attempt(@PathParam("id") long id, QualityCommands.CallbackAnswer command) {
        Inputs.valid(command);
        Callback callback = command.reached()
                ? callbacks.complete(id, CallbackOutcome.of(command.satisfaction(), command.fixed(), command.chargedAsReceipt(),
                        command.comment())).callback()
                : callbacks.notReached(id, command.comment());
        return CallbackResult.of(callback);
    }
}
