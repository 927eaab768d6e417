package com.servicenet.quality.control;

import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.ComplaintSource;
import com.servicenet.quality.entity.ComplaintStatus;
import com.servicenet.quality.entity.Severity;

import java.time.Instant;

/** A complaint as lists show it. {@code awaitingOutlet}: HQ asked the outlet and it has not answered yet. */
public record ComplaintRow(long id, long outletId, String outletCode, String outletName, ComplaintSource source,
                           ComplaintCategory category, Severity severity, ComplaintStatus status, Instant receivedAt,
                           Instant dueAt, boolean overdue, boolean awaitingOutlet, Long repairId, String ticketNo)
        implements java.io.Serializable {
}
