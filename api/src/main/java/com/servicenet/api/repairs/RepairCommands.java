package com.servicenet.api.repairs;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.repairs.control.RepairReport;
import com.servicenet.repairs.entity.Customer;
import com.servicenet.repairs.entity.Job;
import com.servicenet.repairs.entity.PartCharge;
import com.servicenet.repairs.entity.RepairStatus;
import com.servicenet.repairs.entity.ServiceType;
import com.servicenet.repairs.entity.WarrantyDecision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Request bodies of the repair API. Their annotations check the shape of the input (the API answers 400
 * naming each field); the domain checks the rest (technician, price list, warranty, lifecycle).
 */
public final class RepairCommands {

    private RepairCommands() {
    }

    @Schema(description = "A repair as the outlet's shop software reports it", example = """
            {"ticketNo": "T-2026-00042", "serviceType": "IN_SHOP", "productCategory": "AIR_CONDITIONER",
             "model": "KFR-35GW/BP3", "serialNo": "AC35BP3-2401-00117", "purchaseDate": "2025-07-14",
             "fault": "Does not cool; compressor starts and stops", 
             "customer": {"name": "张伟", "phone": "13812345678"},
             "technicianCode": "T01", "labourFee": 50.00, "otherFees": 0,
             "warrantyDecision": "PAID_REPAIR",
             "parts": [{"partCode": "AC-CAP-35", "quantity": 1, "unitPrice": 45.00}]}""")
    public record ReportRepair(@NotBlank @Size(max = 40) String ticketNo,
                               @NotNull ServiceType serviceType,
                               @NotNull ProductCategory productCategory,
                               @NotBlank @Size(max = 60) String model,
                               @NotBlank @Size(max = 60) String serialNo,
                               @PastOrPresent LocalDate purchaseDate,
                               @NotBlank @Size(max = 2000) String fault,
                               @NotNull @Valid CustomerContact customer,
                               @Size(max = 32) String technicianCode,
                               @Schema(description = "When the job came in; default now") @PastOrPresent Instant receivedAt,
                               @Size(max = 50) List<@NotNull @Valid PartLine> parts,
                               @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal labourFee,
                               @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal otherFees,
                               WarrantyDecision warrantyDecision) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public ReportRepair(String ticketNo, ServiceType serviceType, ProductCategory productCategory, String model, String serialNo, LocalDate purchaseDate, String fault, CustomerContact customer, String technicianCode, Instant receivedAt, List<PartLine> parts, BigDecimal labourFee, BigDecimal otherFees, WarrantyDecision warrantyDecision) {
            this.ticketNo = ticketNo;
            this.serviceType = serviceType;
            this.productCategory = productCategory;
            this.model = model;
            this.serialNo = serialNo;
            this.purchaseDate = purchaseDate;
            this.fault = fault;
            this.customer = customer;
            this.technicianCode = technicianCode;
            this.receivedAt = receivedAt;
            this.parts = parts;
            this.labourFee = labourFee;
            this.otherFees = otherFees;
            this.warrantyDecision = warrantyDecision;
        }


        RepairReport report() {
            List<PartCharge> charges = new ArrayList<>();
            if (parts != null) {
                for (int i = 0; i < parts.size(); i++) {
                    charges.add(parts.get(i).charge("parts[" + i + "]"));
                }
            }
            return new RepairReport(ticketNo,
                    new Job(serviceType, productCategory, model, serialNo, purchaseDate, fault),
                    new Customer(customer.name(), customer.phone(), customer.address()),
                    technicianCode == null || technicianCode.isBlank() ? null : technicianCode,
                    receivedAt, charges, labourFee, otherFees, warrantyDecision);
        }
    }

    @Schema(description = "The customer: personal data, so only what the job needs; an address only for on-site service and installation")
    public record CustomerContact(@NotBlank @Size(max = 100) String name,
                                  @NotBlank @Size(max = 40) String phone,
                                  @Size(max = 300) String address) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public CustomerContact(String name, String phone, String address) {
            this.name = name;
            this.phone = phone;
            this.address = address;
        }

    }

    @Schema(description = "A part used and the unit price charged for it", example = """
            {"partCode": "AC-CAP-35", "quantity": 1, "unitPrice": 45.00}""")
    public record PartLine(@NotBlank @Size(max = 32) String partCode,
                           @NotNull @Positive @Max(999) Integer quantity,
                           @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal unitPrice) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public PartLine(String partCode, Integer quantity, BigDecimal unitPrice) {
            this.partCode = partCode;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
        }


        PartCharge charge(String line) {
            return PartCharge.of(line, partCode, quantity, unitPrice);
        }
    }

    @Schema(description = "Move a repair on its lifecycle", example = """
            {"status": "REPAIRED", "resolution": "Replaced the run capacitor; cools normally"}""")
    public record Transition(@NotNull RepairStatus status,
                             @Schema(description = "What was done (to become REPAIRED), or why (to become CANCELLED)")
                             @Size(max = 2000) String resolution,
                             @Schema(description = "On closing: the customer signed the job off")
                             Boolean customerConfirmed) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public Transition(RepairStatus status, String resolution, Boolean customerConfirmed) {
            this.status = status;
            this.resolution = resolution;
            this.customerConfirmed = customerConfirmed;
        }

    }
}
