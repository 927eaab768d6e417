package com.servicenet.api.repairs;

import com.servicenet.repairs.entity.Customer;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.repairs.entity.RepairPart;
import com.servicenet.repairs.entity.RepairStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A repair order as the API returns it. The customer is shown whole to the outlet, masked to HQ (need to know). */
@JsonbPropertyOrder({"id", "ticketNo", "outletId", "status", "allowedTransitions"})
@Schema(description = "A repair order", example = """
        {"id": 1042, "ticketNo": "T-2026-00042", "outletId": 1, "status": "RECEIVED",
         "allowedTransitions": ["CANCELLED", "DIAGNOSED"], "serviceType": "IN_SHOP", "productCategory": "AIR_CONDITIONER",
         "model": "KFR-35GW/BP3", "serialNo": "AC35BP3-2401-00117", "purchaseDate": "2025-07-14",
         "fault": "Does not cool; compressor starts and stops",
         "customer": {"name": "张伟", "phone": "13812345678"}, "technician": {"code": "T01", "name": "王强"},
         "steps": {"receivedAt": "2026-03-02T01:30:00Z"},
         "parts": [{"lineNo": 1, "partCode": "AC-CAP-35", "quantity": 1, "unitPrice": 45.00, "lineTotal": 45.00,
                    "listMinPrice": 35.00, "listMaxPrice": 55.00, "overRange": false}],
         "labourFee": 50.00, "otherFees": 0.00, "amountCharged": 95.00,
         "warranty": {"coverage": "NONE", "decision": "PAID_REPAIR"},
         "flags": {"overcharged": false, "labourOverRange": false, "chargedInWarranty": false},
         "customerConfirmed": false, "priceListId": 3}""")
public record RepairRepresentation(long id, String ticketNo, long outletId, RepairStatus status,
                                   List<RepairStatus> allowedTransitions, String serviceType, String productCategory,
                                   String model, String serialNo, LocalDate purchaseDate, String fault,
                                   CustomerView customer, TechnicianView technician, Steps steps, List<PartView> parts,
                                   BigDecimal labourFee, BigDecimal otherFees, BigDecimal amountCharged,
                                   WarrantyView warranty, Flags flags, String resolution, boolean customerConfirmed,
                                   Long priceListId, Long handedOverFrom) {

    public record CustomerView(String name, String phone, String address) {
    }

    // TechniciansResource and PriceListResource have records of this simple name: one component each
    @Schema(name = "RepairTechnician", description = "The technician on the job")
    public record TechnicianView(String code, String name) {
    }

    public record Steps(Instant receivedAt, Instant diagnosedAt, Instant partsOrderedAt, Instant repairedAt,
                        Instant closedAt, Instant cancelledAt) {
    }

    public record PartView(int lineNo, String partCode, int quantity, BigDecimal unitPrice, BigDecimal lineTotal,
                           BigDecimal listMinPrice, BigDecimal listMaxPrice, boolean overRange) {
    }

    // TechniciansResource and PriceListResource have records of this simple name: one component each
    @Schema(name = "RepairWarranty", description = "The warranty found for the job and the outlet's decision")
    public record WarrantyView(String coverage, String decision) {
    }

    /** The checks against HQ's rules, made when the charges were reported. */
    public record Flags(boolean overcharged, boolean labourOverRange, boolean chargedInWarranty) {
    }

    static RepairRepresentation of(RepairOrder order, boolean maskCustomer) {
        Customer customer = maskCustomer ? order.customer().masked() : order.customer();
        return new RepairRepresentation(order.id(), order.ticketNo(), order.outletId(), order.status(),
                order.allowedMoves().stream().sorted().toList(), order.serviceType().name(), order.category().name(),
                order.model(), order.serialNo(), order.purchaseDate(), order.fault(),
                new CustomerView(customer.name(), customer.phone(), customer.address()),
                order.technician() == null ? null : new TechnicianView(order.technician().code(), order.technician().name()),
                new Steps(order.receivedAt(), order.diagnosedAt(), order.partsOrderedAt(), order.repairedAt(),
                        order.closedAt(), order.cancelledAt()),
                order.parts().stream().map(RepairRepresentation::part).toList(),
                order.labourFee(), order.otherFees(), order.amountCharged(),
                new WarrantyView(order.warrantyCoverage().name(),
                        order.warrantyDecision() == null ? null : order.warrantyDecision().name()),
                new Flags(order.overcharged(), order.labourOverRange(), order.chargedInWarranty()),
                order.resolution(), order.customerConfirmed(), order.priceListId(), order.handedOverFrom());
    }

    private static PartView part(RepairPart part) {
        return new PartView(part.lineNo(), part.partCode(), part.quantity(), part.unitPrice(), part.lineTotal(),
                part.minPrice(), part.maxPrice(), part.overRange());
    }
}
