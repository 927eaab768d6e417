package com.servicenet.api.audits;

import com.servicenet.api.audits.AuditRepresentations.TemplateView;
import com.servicenet.api.audits.AuditRepresentations.VersionView;
import com.servicenet.api.platform.Inputs;
import com.servicenet.audits.control.AuditTemplates;
import com.servicenet.audits.entity.AuditTemplate;
import com.servicenet.identity.Roles;
import com.servicenet.network.entity.LocalizedName;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** HQ's inspection templates: one draft per template, edited whole, then published and frozen. */
@Path("audit-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HQ_AUDITOR, Roles.HQ_NETWORK_ADMIN, Roles.HQ_QUALITY})
public class AuditTemplatesResource {

    @Inject
    AuditTemplates templates;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All templates with their versions, newest first")
    public List<TemplateView> list() {
        return templates.templates().stream().map(t -> TemplateView.of(t, templates.versions(t.id()))).toList();
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "404", description = "No such template")
    public TemplateView template(@PathParam("id") long id) {
        return TemplateView.of(templates.template(id), templates.versions(id));
    }

    @POST
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "A new template with an empty first draft")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(AuditCommands.NewTemplate command) {
        Inputs.valid(command);
        AuditTemplate template = templates.create(command.code(), command.kind(),
                new LocalizedName(command.nameEn(), command.nameZhCn(), command.nameZhTw()), command.brief());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(template.id())).build())
                .entity(TemplateView.of(template, templates.versions(template.id()))).build();
    }

    @PUT
    @Path("{id}/draft")
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "Replace the draft's content (a new draft is copied from the last published version if there is none)")
    @APIResponse(responseCode = "400", description = "A section or question is invalid")
    public VersionView compose(@PathParam("id") long id, AuditCommands.Draft draft) {
        Inputs.valid(draft);
        return VersionView.of(templates.compose(id, draft.criticalCap(), draft.brief(), draft.drafts()));
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "Publish the draft: it becomes the version new audits use, and can no longer change")
    @APIResponse(responseCode = "409", description = "No draft, or an empty one")
    public VersionView publish(@PathParam("id") long id) {
        return VersionView.of(templates.publish(id));
    }
}
