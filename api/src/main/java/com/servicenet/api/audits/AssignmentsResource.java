package com.servicenet.api.audits;

import com.servicenet.api.audits.AuditRepresentations.AssignmentView;
import com.servicenet.api.audits.AuditRepresentations.AttachmentView;
import com.servicenet.api.audits.AuditRepresentations.SubmissionView;
import com.servicenet.api.audits.AuditRepresentations.VisitView;
import com.servicenet.api.platform.Inputs;
import com.servicenet.api.platform.InvalidParameter;
import com.servicenet.audits.control.Fieldwork;
import com.servicenet.audits.entity.Attachment;
import com.servicenet.identity.Roles;
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
 * The visit as a mobile client does it: a mystery shopper's (or an HQ auditor's) own assignments, the draft,
 * files, and the one submission. Anyone else's assignment is 404: it does not exist for this caller.
 */
@Path("assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MYSTERY_SHOPPER, Roles.HQ_AUDITOR})
public class AssignmentsResource {

    @Inject
    Fieldwork fieldwork;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "My assignments, open ones first: outlet name and address, window, brief")
    public List<AssignmentView> list() {
        return fieldwork.assignments().stream().map(a -> AssignmentView.of(a.audit(), a.outletName(), a.outletAddress())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One assignment with its form, my answers so far and my files")
    @APIResponse(responseCode = "404", description = "Not an assignment of mine")
    public VisitView visit(@PathParam("id") long id) {
        return VisitView.of(fieldwork.visit(id));
    }

    @PUT
    @Path("{id}/draft")
    @Operation(summary = "Save answers as a draft; answers not sent stay as they were")
    @APIResponse(responseCode = "409", description = "Already submitted")
    public VisitView saveDraft(@PathParam("id") long id, AuditCommands.Answers answers) {
        Inputs.valid(answers);
        fieldwork.saveDraft(id, answers.responses());
        return VisitView.of(fieldwork.visit(id));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a photo or receipt: the body is the file's bytes (JPEG, PNG, WebP; a receipt may be a PDF), at most 10 MB; "
            + "the type is read from the bytes, not from the name or Content-Type")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", description = "Not an image (or PDF), empty, or a name that looks like a path")
    @APIResponse(responseCode = "413", description = "Larger than 10 MB")
    public Response attach(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                           @QueryParam("questionId") Long questionId, @QueryParam("purpose") Attachment.Purpose purpose, byte[] bytes) {
        if (purpose == Attachment.Purpose.EVIDENCE) {
            throw new InvalidParameter("purpose", "parameter.choice", "PHOTO, RECEIPT");
        }
        Attachment attachment = fieldwork.attach(id, questionId, purpose, fileName, bytes);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(attachment.id())).build())
                .entity(AttachmentView.of(attachment)).build();
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit the visit, once: every question answered (or not applicable where allowed), a photo for each photo question")
    @APIResponse(responseCode = "400", description = "A question is unanswered, or the visit day is outside the window or in the future")
    @APIResponse(responseCode = "409", description = "Already submitted")
    public SubmissionView submit(@PathParam("id") long id, AuditCommands.Submission submission) {
        Inputs.valid(submission);
        return SubmissionView.of(fieldwork.submit(id, submission.visitedOn(), submission.responses()));
    }
}
