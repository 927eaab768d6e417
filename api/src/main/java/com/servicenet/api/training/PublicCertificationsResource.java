package com.servicenet.api.training;

import com.servicenet.api.training.TrainingRepresentations.Verification;
import com.servicenet.training.control.CertificateCheck;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import com.servicenet.api.platform.ProblemMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * Anyone may check a technician's certificate by the code on the card or in its QR code: valid, expired or
 * revoked, with the holder's name, the outlet and the categories — nothing else. An unknown, forged or
 * malformed code gets one and the same 404. Rate-limited per client address (PublicRateLimitFilter).
 */
@Path("public/certifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicCertificationsResource {

    @Inject
    CertificateCheck check;

    @GET
    @Path("{code: .+}")
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Verify a technician's certificate (no login)")
    @APIResponse(responseCode = "200", description = "The certificate's state, holder, outlet and categories")
    @APIResponse(responseCode = "404", description = "No certificate has this code")
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public Verification verify(@PathParam("code") String code) {
        return check.check(code).map(Verification::of).orElseThrow(UnknownCertificate::new);
    }

    /** Every code that is not a certificate's, for whatever reason, answers this. */
    public static class UnknownCertificate extends RuntimeException {
        UnknownCertificate() {
            super("unknown certificate code", null, false, false);
        }
    }

    @Provider
    public static class UnknownCertificateMapper extends ProblemMapper<UnknownCertificate> {
        @Override
        public Response toResponse(UnknownCertificate unknown) {
            return problem(Response.Status.NOT_FOUND, "certificate-unknown");
        }
    }
}
