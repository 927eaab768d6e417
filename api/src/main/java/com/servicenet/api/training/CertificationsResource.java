package com.servicenet.api.training;

import com.servicenet.api.platform.Inputs;
import com.servicenet.api.platform.InvalidParameter;
import com.servicenet.api.training.TrainingRepresentations.CertificationView;
import com.servicenet.api.training.TrainingRepresentations.ComplianceView;
import com.servicenet.identity.Roles;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.training.control.CertificationExpiry;
import com.servicenet.training.control.CertificationFilter;
import com.servicenet.training.control.Certifications;
import com.servicenet.training.control.Compliance;
import com.servicenet.training.control.ExpiryRun;
import com.servicenet.training.entity.CertificationEvent;
import com.servicenet.training.entity.CertificationState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;

/**
 * Certificates (上岗资格证), their expiry and the outlets' training compliance. HQ searches the network and
 * revokes; an outlet reads its own technicians' certificates and its own compliance, and another outlet's
 * certificate answers 404.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationsResource {

    @Inject
    Certifications certifications;

    @Inject
    Compliance compliance;

    @Inject
    CertificationExpiry expiry;

    @Inject
    CurrentTenant tenant;

    @GET
    @Path("certifications")
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "HQ: search by holder or number, outlet, course, state; an outlet: its own technicians' certificates")
    public List<CertificationView> list(@QueryParam("text") String text, @QueryParam("outletId") Long outletId,
                                        @QueryParam("courseId") Long courseId, @QueryParam("state") CertificationState state) {
        if (!tenant.isHeadquarters()) {
            return certifications.ofOwnOutlet().stream().map(CertificationView::of).toList();
        }
        return certifications.search(new CertificationFilter(text, outletId, courseId, state)).stream()
                .map(CertificationView::of).toList();
    }

    @GET
    @Path("certifications/expiring")
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "Valid certificates expiring within 30, 60 or 90 days; HQ network-wide or for one outlet")
    public List<CertificationView> expiring(@QueryParam("days") @DefaultValue("30") int days, @QueryParam("outletId") Long outletId) {
        if (days != 30 && days != 60 && days != 90) {
            throw new InvalidParameter("days", "parameter.choice", "30, 60, 90");
        }
        Long outlet = tenant.isHeadquarters() ? outletId : Long.valueOf(tenant.requireOutletId());
        return certifications.expiringWithin(days, outlet).stream().map(CertificationView::of).toList();
    }

    @GET
    @Path("certifications/{id}")
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "One certificate")
    @APIResponse(responseCode = "404", description = "No such certificate, or not of the outlet's staff")
    public CertificationView certification(@PathParam("id") long id) {
        return CertificationView.of(certifications.certification(id));
    }

    @GET
    @Path("certifications/{id}/history")
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "The certificate's history: issued, renewed, revoked with the reason, expired")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return certifications.history(id).stream().map(HistoryEntry::of).toList();
    }

    @POST
    @Path("certifications/{id}/revocation")
    @RolesAllowed({Roles.HQ_TRAINER, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "Revoke a certificate, with the reason")
    @APIResponse(responseCode = "409", description = "Already revoked")
    public CertificationView revoke(@PathParam("id") long id, TrainingCommands.Revoke command) {
        Inputs.valid(command);
        return CertificationView.of(certifications.revoke(id, command.reason()));
    }

    @POST
    @Path("certifications/expiry-run")
    @RolesAllowed({Roles.HQ_TRAINER, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "Run the daily expiry check now (it runs by itself once a day)")
    @APIResponse(responseCode = "200", description = "What the run did; ran is false when another node had already run it today",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    example = "{\"ran\": true, \"expired\": 3, \"expiringReminders\": 5, \"expiredReminders\": 3}"))
    public ExpiryRun runExpiry() {
        return expiry.expire(Certifications.today());
    }

    @GET
    @Path("compliance")
    @RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
            Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
    @Operation(summary = "Training compliance: HQ every serving outlet (below=true: those below the threshold); an outlet its own")
    public List<ComplianceView> compliance(@QueryParam("below") @DefaultValue("false") boolean below) {
        if (!tenant.isHeadquarters()) {
            return List.of(ComplianceView.of(compliance.own()));
        }
        return (below ? compliance.belowThreshold() : compliance.network()).stream().map(ComplianceView::of).toList();
    }

    @PUT
    @Path("compliance/threshold")
    @RolesAllowed({Roles.HQ_TRAINER, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "Set the compliance threshold (per cent)")
    public TrainingCommands.Threshold threshold(TrainingCommands.Threshold command) {
        Inputs.valid(command);
        return new TrainingCommands.Threshold(compliance.setThreshold(command.percent()));
    }

    public record HistoryEntry(CertificationEvent.Kind kind, Instant at, String actor, String note) {
        static HistoryEntry of(CertificationEvent e) {
            return new HistoryEntry(e.kind(), e.occurredAt(), e.actor(), e.note());
        }
    }
}
