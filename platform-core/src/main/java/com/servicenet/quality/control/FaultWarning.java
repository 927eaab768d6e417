package com.servicenet.quality.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 预警: a product model's fault recurring above its own baseline in a month or quarter: the repairs this period
 * against the mean of the six months (or four quarters) before it. For HQ's engineering.
 */
public record FaultWarning(long id, String periodKind, LocalDate periodStart, String category, String model, String faultKey,
                           String sample, int repairs, BigDecimal baseline, Instant raisedAt, String acknowledgedBy,
                           Instant acknowledgedAt) implements java.io.Serializable {
}
