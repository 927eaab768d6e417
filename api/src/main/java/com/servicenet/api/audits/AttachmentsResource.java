package com.servicenet.api.audits;

import com.servicenet.audits.control.AuditResults;
import com.servicenet.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The files of visits and corrective actions: served to HQ only, always as a download of the type sniffed on upload. */
@Path("attachments")
@RequestScoped
@RolesAllowed({Roles.HQ_AUDITOR, Roles.HQ_NETWORK_ADMIN, Roles.HQ_QUALITY})
public class AttachmentsResource {

    @Inject
    AuditResults results;

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A visit's photo or receipt, or an action's evidence")
    @APIResponse(responseCode = "200", description = "The file's bytes, with the media type it was stored with",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attachment(@PathParam("id") long id) {
        AuditResults.Download download = results.download(id);
        return Response.ok(download.bytes(), download.attachment().mediaType())
                .header("Content-Disposition", "attachment; filename=\"attachment-" + id + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
