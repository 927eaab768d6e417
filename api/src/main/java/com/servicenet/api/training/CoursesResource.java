package com.servicenet.api.training;

import com.servicenet.api.platform.Inputs;
import com.servicenet.api.training.TrainingRepresentations.CourseView;
import com.servicenet.identity.Roles;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.training.control.Courses;
import com.servicenet.training.entity.Course;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** HQ's course catalogue (课程目录): HQ sees every course, outlets the ones offered; HQ trainers keep it. */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    Courses courses;

    @Inject
    CurrentTenant tenant;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "The course catalogue (retired courses for HQ only)")
    public List<CourseView> list() {
        return (tenant.isHeadquarters() ? courses.all() : courses.offered()).stream().map(CourseView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "One course")
    @APIResponse(responseCode = "404", description = "No such course")
    public CourseView course(@PathParam("id") long id) {
        return CourseView.of(courses.course(id));
    }

    @POST
    @RolesAllowed({Roles.HQ_TRAINER, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "Add a course to the catalogue")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(TrainingCommands.NewCourse command) {
        Inputs.valid(command);
        Course course = courses.create(command.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(course.id())).build())
                .entity(CourseView.of(course)).build();
    }
}
