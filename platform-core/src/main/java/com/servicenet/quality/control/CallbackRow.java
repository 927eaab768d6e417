package com.servicenet.quality.control;

import com.servicenet.quality.entity.CallbackStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A callback in HQ's queue with what the caller needs on the phone: the repair, its charge and the customer's
 * contact (HQ's alone; callbacks are not visible to outlets at all).
 */
public record CallbackRow(long id, long outletId, String outletCode, String outletName, long repairId, String ticketNo,
                          String model, Instant closedAt, BigDecimal amountCharged, String customerName, String customerPhone,
                          String reasons, CallbackStatus status, int attempts, Instant lastAttemptAt, Integer satisfaction,
                          Long complaintId) implements java.io.Serializable {
}
