package com.servicenet.api.network;

import com.servicenet.identity.Roles;
import com.servicenet.network.control.RegionCatalog;
import com.servicenet.network.control.RegionNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** HQ's territory and its coverage gaps. Holders are HQ's business, so this is for HQ roles only. */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY})
public class RegionsResource {

    @Inject
    RegionCatalog regions;

    @GET
    @Operation(summary = "Every region in service with its current holder")
    public List<RegionRepresentation> tree() {
        return regions.tree().stream().map(RegionRepresentation::of).toList();
    }

    @GET
    @Path("gaps")
    @Operation(summary = "Leaf regions that no active or probationary outlet serves")
    public List<RegionRepresentation> gaps() {
        return regions.coverageGaps().stream().map(RegionRepresentation::of).toList();
    }

    public record RegionRepresentation(long id, Long parentId, String code, String level, String nameEn, String nameZhCn,
                                       String nameZhTw, String serviceArea, boolean leaf, Long holderId, String holderCode,
                                       String holderStatus) {
        static RegionRepresentation of(RegionNode node) {
            return new RegionRepresentation(node.id(), node.parentId(), node.code(), node.level().name(), node.name().english(),
                    node.name().simplified(), node.name().traditional(), node.serviceArea(), node.leaf(), node.holderId(),
                    node.holderCode(), node.holderStatus() == null ? null : node.holderStatus().name());
        }
    }
}
