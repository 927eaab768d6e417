package com.servicenet.repairs.control;

import com.servicenet.repairs.entity.Customer;
import com.servicenet.repairs.entity.Job;
import com.servicenet.repairs.entity.PartCharge;
import com.servicenet.repairs.entity.WarrantyDecision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A repair as an outlet reports it, already checked field by field by its boundary (API or portal).
 *
 * @param technicianCode the outlet's staff number of the technician, or null while nobody is assigned
 * @param receivedAt     when the job came in, or null for now (shop software may report later)
 */
public record RepairReport(String ticketNo, Job job, Customer customer, String technicianCode, Instant receivedAt,
                           List<PartCharge> parts, BigDecimal labourFee, BigDecimal otherFees,
                           WarrantyDecision warrantyDecision) {

    public RepairReport {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
