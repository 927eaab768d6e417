package com.servicenet.api.repairs;

import com.servicenet.identity.Roles;
import com.servicenet.network.control.Technicians;
import com.servicenet.network.entity.Technician;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The outlet's technicians, by the staff numbers its software names them with in repair reports. */
@Path("technicians")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TechniciansResource {

    @Inject
    Technicians technicians;

    @GET
    @RolesAllowed({Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "The caller's outlet's active technicians")
    public List<TechnicianView> list() {
        return technicians.ofOwnOutlet().stream().map(t -> new TechnicianView(t.code(), t.name())).toList();
    }

    public record TechnicianView(String code, String name) {
    }
}
