package com.servicenet.training.control;

import java.time.Instant;

/** When, where, by whom and for how many a course is held. */
public record SessionPlan(long courseId, Instant startsAt, Instant endsAt, String place, String onlineUrl, String trainer,
                          int capacity) {
}
