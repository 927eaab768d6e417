package com.servicenet.api.audits;

import com.servicenet.api.audits.AuditRepresentations.CandidateView;
import com.servicenet.api.platform.Inputs;
import com.servicenet.audits.control.ReplacementCandidates;
import com.servicenet.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** HQ's replacement-candidate list: outlets a rule put forward, until HQ resolves each entry. */
@Path("replacement-candidates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HQ_AUDITOR, Roles.HQ_NETWORK_ADMIN, Roles.HQ_QUALITY})
public class ReplacementCandidatesResource {

    @Inject
    ReplacementCandidates candidates;


    @GET
    @Operation(summary = "Outlets a rule put forward for replacement, not yet resolved")
    public List<CandidateView> candidates() {
        return candidates.open().stream().map(CandidateView::of).toList();
    }

    @POST
    @Path("{id}/resolution")
    @RolesAllowed(Roles.HQ_NETWORK_ADMIN)
    @Operation(summary = "Resolve an entry (replaced, or kept with a reason)")
    @APIResponse(responseCode = "204", description = "Resolved")
    public Response resolve(@PathParam("id") long id, AuditCommands.Resolution command) {
        Inputs.valid(command);
        candidates.resolve(id, command.resolution());
        return Response.noContent().build();
    }
}
