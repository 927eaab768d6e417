package com.servicenet.api.training;

import com.servicenet.api.platform.Inputs;
import com.servicenet.api.platform.InvalidParameter;
import com.servicenet.api.training.TrainingRepresentations.CertificationView;
import com.servicenet.api.training.TrainingRepresentations.EnrolmentView;
import com.servicenet.api.training.TrainingRepresentations.ResultsView;
import com.servicenet.api.training.TrainingRepresentations.SessionView;
import com.servicenet.identity.Roles;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.training.control.ResultsRecorded;
import com.servicenet.training.control.TrainingSessions;
import com.servicenet.training.entity.Enrolment;
import com.servicenet.training.entity.TrainingSession;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Training sessions (培训班): HQ plans them, gives seats and records results; an outlet manager asks for seats for
 * the outlet's own technicians. An outlet sees only its own enrolments; another outlet's technician is unknown.
 */
@Path("training-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingSessionsResource {

    @Inject
    TrainingSessions sessions;

    @Inject
    CurrentTenant tenant;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "Sessions open for seats; HQ may ask for any period (from, to: yyyy-mm-dd)")
    public List<SessionView> list(@Parameter(description = "HQ: first day, yyyy-mm-dd", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                                  @Parameter(description = "HQ: last day, included", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        if (tenant.isHeadquarters() && (from != null || to != null)) {
            LocalDate start = date("from", from, LocalDate.now(RepairOrder.BUSINESS_ZONE).minusMonths(1));
            LocalDate end = date("to", to, start.plusMonths(3));
            return sessions.between(start.atStartOfDay(RepairOrder.BUSINESS_ZONE).toInstant(),
                    end.plusDays(1).atStartOfDay(RepairOrder.BUSINESS_ZONE).toInstant()).stream().map(SessionView::of).toList();
        }
        return sessions.open().stream().map(SessionView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "One session with its seats")
    @APIResponse(responseCode = "404", description = "No such session")
    public SessionView session(@PathParam("id") long id) {
        return SessionView.of(sessions.session(id));
    }

    @POST
    @RolesAllowed({Roles.HQ_TRAINER, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "Plan a session of a course")
    @APIResponse(responseCode = "201", description = "Planned; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public Response plan(TrainingCommands.NewSession command) {
        Inputs.valid(command);
        TrainingSession session = sessions.plan(command.plan());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(session.id())).build())
                .entity(SessionView.of(session)).build();
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Roles.HQ_TRAINER, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "Cancel a planned session")
    public SessionView cancel(@PathParam("id") long id) {
        return SessionView.of(sessions.cancel(id));
    }

    @GET
    @Path("{id}/enrolments")
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "The session's list: all of it for HQ, the outlet's own people for an outlet")
    public List<EnrolmentView> enrolments(@PathParam("id") long id) {
        sessions.session(id);
        return sessions.enrolments(id).stream().map(EnrolmentView::of).toList();
    }

    @POST
    @Path("{id}/enrolments")
    @RolesAllowed({Roles.HQ_TRAINER, Roles.HQ_NETWORK_ADMIN, Roles.OUTLET_MANAGER})
    @Operation(summary = "HQ gives a technician a seat; an outlet manager asks for one for the outlet's own technician")
    @APIResponse(responseCode = "201", description = "Enrolled (HQ) or requested (outlet)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "404", description = "No such session or technician (another outlet's is unknown)")
    @APIResponse(responseCode = "409", description = "The session is full, started, or the person is on its list")
    public Response enrol(@PathParam("id") long id, TrainingCommands.Enrol command) {
        Inputs.valid(command);
        Enrolment enrolment = tenant.isHeadquarters() ? sessions.enrol(id, command.technicianId())
                : sessions.request(id, command.technicianId());
        return Response.status(Response.Status.CREATED).entity(EnrolmentView.of(enrolment)).build();
    }

    @PUT
    @Path("{id}/results")
    @RolesAllowed({Roles.HQ_TRAINER, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "Attendance and scores of the session in one go; every attended pass is certified")
    @APIResponse(responseCode = "200", description = "Recorded, with the certificates issued")
    public ResultsView results(@PathParam("id") long id, TrainingCommands.Results command) {
        Inputs.valid(command);
        ResultsRecorded recorded = sessions.recordResults(id, command.results().stream().map(TrainingCommands.Result::result).toList());
        return new ResultsView(recorded.recorded(), recorded.issued().stream().map(CertificationView::issued).toList());
    }

    private static LocalDate date(String parameter, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidParameter(parameter, "parameter.date");
        }
    }
}
