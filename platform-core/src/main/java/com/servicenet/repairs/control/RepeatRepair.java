package com.servicenet.repairs.control;

import java.time.Instant;

/** The same appliance (category and serial number) repaired again within 30 days of an earlier repair. */
public record RepeatRepair(String serialNo, String model, String category,
                           long firstId, String firstOutletCode, String firstTicketNo, Instant firstReceivedAt,
                           long repeatId, String repeatOutletCode, String repeatTicketNo, Instant repeatReceivedAt,
                           long daysBetween) implements java.io.Serializable {
}
