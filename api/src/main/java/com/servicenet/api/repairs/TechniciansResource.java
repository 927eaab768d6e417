package com.servicenet.api.repairs;

import com.servicenet.api.platform.Inputs;
import com.servicenet.api.platform.InvalidParameter;
import com.servicenet.api.training.TrainingCommands;
import com.servicenet.catalog.ProductCategory;
import com.servicenet.identity.Roles;
import com.servicenet.network.control.Technicians;
import com.servicenet.network.entity.Technician;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.training.control.Certifications;
import com.servicenet.training.control.Qualifications;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outlet's technicians, by the staff numbers its software names them with in repair reports, each with the
 * product categories they hold a valid certification for today: the gate lets only those do a repair of that
 * category, so shop software picks a qualified one. HQ reads any outlet's and moves people between outlets.
 */
@Path("technicians")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TechniciansResource {

    @Inject
    Technicians technicians;

    @Inject
    Qualifications qualifications;

    @Inject
    CurrentTenant tenant;

    @GET
    @RolesAllowed({Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM,
            Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY})
    @Operation(summary = "The caller's outlet's active technicians with their valid certifications (HQ: ?outletId=)")
    public List<TechnicianView> list(@QueryParam("outletId") Long outletId) {
        List<Technician> staff;
        if (tenant.isHeadquarters()) {
            if (outletId == null) {
                throw new InvalidParameter("outletId", "parameter.required");
            }
            staff = technicians.ofOutlet(outletId);
        } else {
            staff = technicians.ofOwnOutlet();
        }
        LocalDate today = Certifications.today();
        Map<Long, Map<ProductCategory, LocalDate>> valid = qualifications.validCategories(
                staff.stream().map(t -> t.person().id()).toList(), today);
        return staff.stream().map(t -> TechnicianView.of(t, valid.getOrDefault(t.person().id(), Map.of()))).toList();
    }

    @POST
    @Path("{id}/transfer")
    @RolesAllowed(Roles.HQ_NETWORK_ADMIN)
    @Operation(summary = "Move a technician to another outlet: the person keeps their training history and certifications")
    @APIResponse(responseCode = "201", description = "Employed at the other outlet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TechnicianView.class)))
    @APIResponse(responseCode = "409", description = "The staff number is taken there")
    public Response transfer(@PathParam("id") long id, TrainingCommands.Transfer command) {
        Inputs.valid(command);
        Technician moved = technicians.transfer(id, command.outletId(), command.code());
        return Response.status(Response.Status.CREATED).entity(TechnicianView.of(moved, Map.of())).build();
    }

    public record TechnicianView(long id, String code, String name, long personId, List<Qualification> certifications) {
        static TechnicianView of(Technician t, Map<ProductCategory, LocalDate> valid) {
            return new TechnicianView(t.id(), t.code(), t.name(), t.person().id(), valid.entrySet().stream()
                    .map(e -> new Qualification(e.getKey(), e.getValue())).toList());
        }
    }

    /** A category the technician may repair today; the latest of their certificates for it expires on {@code expiresOn}. */
    public record Qualification(ProductCategory category, LocalDate expiresOn) {
    }
}
