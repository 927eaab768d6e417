package com.servicenet.quality.control;

import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.ComplaintStatus;

import java.time.Instant;

/** What a tracking code shows the customer: the state, the category, the outlet's name and the dates; no text, no names. */
public record PublicComplaint(String trackingCode, ComplaintStatus status, ComplaintCategory category, String outletName,
                              Instant receivedAt, Instant dueAt, Instant updatedAt, Instant closedAt) implements java.io.Serializable {
}
