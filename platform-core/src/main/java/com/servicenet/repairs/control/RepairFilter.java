package com.servicenet.repairs.control;

import com.servicenet.repairs.entity.RepairStatus;

import java.time.LocalDate;

/**
 * What a repair list is narrowed to; null means any. Days are business days (China Standard Time), both ends
 * included. {@code outletId} and {@code regionCode} narrow HQ's lists; an outlet's list is always its own.
 *
 * @param flagged true: only orders charged above the price list or charged in warranty
 */
public record RepairFilter(RepairStatus status, LocalDate from, LocalDate to, String model, String serialNo,
                           String ticketNo, Long outletId, String regionCode, Boolean flagged) implements java.io.Serializable {

    public static final RepairFilter ANY = new RepairFilter(null, null, null, null, null, null, null, null, null);

    public RepairFilter {
        model = blankToNull(model);
        serialNo = blankToNull(serialNo);
        ticketNo = blankToNull(ticketNo);
        regionCode = blankToNull(regionCode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
