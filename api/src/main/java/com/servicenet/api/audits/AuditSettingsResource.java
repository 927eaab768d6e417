package com.servicenet.api.audits;

import com.servicenet.api.audits.AuditRepresentations.SettingsView;
import com.servicenet.api.platform.Inputs;
import com.servicenet.audits.control.AuditSettings;
import com.servicenet.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** HQ's bands, probation rule and the scheduler's gap between visits. */
@Path("audit-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HQ_AUDITOR, Roles.HQ_NETWORK_ADMIN, Roles.HQ_QUALITY})
public class AuditSettingsResource {

    @Inject
    AuditSettings settings;

    @GET
    public SettingsView settings() {
        return SettingsView.of(settings.rules());
    }

    @PUT
    @RolesAllowed(Roles.HQ_AUDITOR)
    @Operation(summary = "Change the bands, the probation rule and the gap between visits")
    public SettingsView change(AuditCommands.Settings command) {
        Inputs.valid(command);
        return SettingsView.of(settings.change(command.goodFrom(), command.failingBelow(), command.probationFailures(),
                command.probationMonths(), command.minGapDays()));
    }
}
