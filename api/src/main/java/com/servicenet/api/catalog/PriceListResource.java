package com.servicenet.api.catalog;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.control.PriceLists;
import com.servicenet.catalog.control.WarrantyTerms;
import com.servicenet.catalog.entity.PriceLine;
import com.servicenet.catalog.entity.PriceList;
import com.servicenet.catalog.entity.WarrantyTerm;
import com.servicenet.identity.Roles;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.rules.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** HQ's repair price list (维修清单) and warranty terms (三包), as outlets' software reads them. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM,
        Roles.HQ_NETWORK_ADMIN, Roles.HQ_AUDITOR, Roles.HQ_QUALITY, Roles.HQ_TRAINER})
public class PriceListResource {

    @Inject
    PriceLists priceLists;

    @Inject
    WarrantyTerms warrantyTerms;

    @GET
    @Path("price-list")
    @Operation(summary = "The price list valid on a day (default today): the range each part and each service type's labour may be charged in")
    @APIResponse(responseCode = "200", description = "The list, optionally narrowed to one product category")
    @APIResponse(responseCode = "404", description = "No list is valid on that day")
    public PriceListView priceList(@Parameter(description = "yyyy-mm-dd, China Standard Time") @QueryParam("date") LocalDate date,
                                   @QueryParam("category") ProductCategory category) {
        LocalDate day = date == null ? LocalDate.now(RepairOrder.BUSINESS_ZONE) : date;
        PriceList list = priceLists.validOn(day).orElseThrow(() -> new RuleViolation("price-list.none", day));
        return new PriceListView(list.id(), list.validFrom(), list.validTo(), list.note(),
                list.lines().stream().filter(line -> category == null || line.category() == category).map(LineView::of).toList());
    }

    @GET
    @Path("warranty-terms")
    @Operation(summary = "Warranty terms (三包) per product category: days after purchase for return, replacement and free repair")
    public List<WarrantyView> warrantyTerms() {
        return warrantyTerms.all().stream().map(WarrantyView::of).toList();
    }

    @Schema(example = """
            {"id": 3, "validFrom": "2026-01-01", "note": "2026 list",
             "lines": [{"kind": "PART", "category": "AIR_CONDITIONER", "code": "AC-CAP-35", "nameEn": "Run capacitor 35 µF",
                        "nameZhCn": "运行电容 35µF", "nameZhTw": "運轉電容 35µF", "minPrice": 35.00, "maxPrice": 55.00},
                       {"kind": "LABOUR", "category": "AIR_CONDITIONER", "code": "AC-LAB-STD", "nameEn": "Standard repair",
                        "nameZhCn": "标准维修", "nameZhTw": "標準維修", "minPrice": 30.00, "maxPrice": 80.00}]}""")
    public record PriceListView(long id, LocalDate validFrom, LocalDate validTo, String note, List<LineView> lines) {
    }

    public record LineView(String kind, String category, String code, String nameEn, String nameZhCn, String nameZhTw,
                           BigDecimal minPrice, BigDecimal maxPrice) {
        static LineView of(PriceLine line) {
            return new LineView(line.kind().name(), line.category().name(), line.code(), line.name().english(),
                    line.name().simplified(), line.name().traditional(), line.minPrice(), line.maxPrice());
        }
    }

    public record WarrantyView(String category, int returnDays, int replaceDays, int repairDays) {
        static WarrantyView of(WarrantyTerm term) {
            return new WarrantyView(term.category().name(), term.returnDays(), term.replaceDays(), term.repairDays());
        }
    }
}
