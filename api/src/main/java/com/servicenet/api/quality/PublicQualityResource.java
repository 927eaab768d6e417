package com.servicenet.api.quality;

import com.servicenet.api.platform.Inputs;
import com.servicenet.api.platform.ProblemMapper;
import com.servicenet.quality.control.ConsumerPage;
import com.servicenet.quality.control.PublicComplaint;
import com.servicenet.quality.control.PublicOutlet;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The consumer's side, no login, rate-limited per client address (PublicRateLimitFilter): an outlet's standing and
 * official prices by the code of its counter's QR, a complaint straight to HQ, its state by tracking code. Unknown,
 * forged and malformed codes all get one and the same 404.
 */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicQualityResource {

    @Inject
    ConsumerPage page;

    public record Price(String kind, String category, String code, String nameEn, String nameZhCn, String nameZhTw,
                        BigDecimal minPrice, BigDecimal maxPrice) {
    }

    public record OutletStanding(String name, String standing, String address, String openingHours, List<String> categories,
                                 LocalDate pricesValidFrom, List<Price> prices) {
        static OutletStanding of(PublicOutlet o) {
            return new OutletStanding(o.name(), o.standing().name(), o.address(), o.openingHours(),
                    o.categories().stream().map(Enum::name).toList(), o.pricesValidFrom(),
                    o.prices().stream().map(l -> new Price(l.kind().name(), l.category().name(), l.code(), l.name().english(),
                            l.name().simplified(), l.name().traditional(), l.minPrice(), l.maxPrice())).toList());
        }
    }

    public record Filed(String trackingCode) {
    }

    public record ComplaintState(String trackingCode, String status, String category, String outletName, Instant receivedAt,
                                 Instant dueAt, Instant updatedAt, Instant closedAt) {
        static ComplaintState of(PublicComplaint c) {
            return new ComplaintState(c.trackingCode(), c.status().name(), c.category().name(), c.outletName(), c.receivedAt(),
                    c.dueAt(), c.updatedAt(), c.closedAt());
        }
    }

    @GET
    @Path("outlets/{code}")
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Whether the outlet of this QR code is an authorized, serving outlet of the brand, and its official prices")
    @APIResponse(responseCode = "404", description = "No outlet has this code")
    public OutletStanding outlet(@PathParam("code") String code) {
        return page.outlet(code).map(OutletStanding::of).orElseThrow(UnknownCode::new);
    }

    @POST
    @Path("complaints")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A complaint straight to HQ, bypassing the outlet; answers the tracking code to look it up with")
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Filed.class)))
    @APIResponse(responseCode = "404", description = "No outlet has this code")
    public Response file(QualityCommands.PublicComplaintForm form) {
        Inputs.valid(form);
        String tracking = page.file(form.outletCode(), form.category(), form.description(), form.customerName(), form.customerPhone())
                .orElseThrow(UnknownCode::new);
        return Response.status(Response.Status.CREATED).entity(new Filed(tracking)).build();
    }

    @GET
    @Path("complaints/{trackingCode}")
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "The state of a complaint by its tracking code: state, category, outlet and dates, nothing else")
    @APIResponse(responseCode = "404", description = "No complaint has this code")
    public ComplaintState complaint(@PathParam("trackingCode") String trackingCode) {
        return page.complaint(trackingCode).map(ComplaintState::of).orElseThrow(UnknownCode::new);
    }

    /** Every code that is not an outlet's or a complaint's, for whatever reason, answers this. */
    public static class UnknownCode extends RuntimeException {
        UnknownCode() {
            super("unknown public code", null, false, false);
        }
    }

    @Provider
    public static class UnknownCodeMapper extends ProblemMapper<UnknownCode> {
        @Override
        public Response toResponse(UnknownCode unknown) {
            return problem(Response.Status.NOT_FOUND, "public-code-unknown");
        }
    }
}
