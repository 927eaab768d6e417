package com.servicenet.repairs.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.entity.WarrantyCoverage;
import com.servicenet.repairs.entity.RepairStatus;
import com.servicenet.repairs.entity.ServiceType;

import java.math.BigDecimal;
import java.time.Instant;

/** A repair as lists show it: the customer masked (张**, 138****5678), no address, no fault text. */
public record RepairRow(long id, long outletId, String outletCode, String ticketNo, RepairStatus status,
                        ServiceType serviceType, ProductCategory category, String model, String serialNo,
                        String customerName, String customerPhone, String technicianName, Instant receivedAt,
                        BigDecimal amountCharged, boolean overcharged, boolean chargedInWarranty,
                        WarrantyCoverage warrantyCoverage) implements java.io.Serializable {
}
