package com.servicenet.training.control;

import java.time.Instant;
import java.time.LocalDate;

/** A note for the outlet manager: a technician's certificate expires soon (EXPIRING) or has expired (EXPIRED). */
public record Reminder(String kind, Instant createdAt, long certificationId, String number, String holder, String course,
                       LocalDate expiresOn) {
}
