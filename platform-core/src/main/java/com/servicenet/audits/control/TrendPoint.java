package com.servicenet.audits.control;

import com.servicenet.audits.entity.AuditKind;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The mean score of an outlet's audits of one kind visited in one month; null mean when none were scored. */
public record TrendPoint(YearMonth month, AuditKind kind, int audits, BigDecimal meanScore) {
}
