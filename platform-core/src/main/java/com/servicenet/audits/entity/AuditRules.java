package com.servicenet.audits.entity;

import com.servicenet.rules.InvalidField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** HQ's settings for audits: score bands, the probation rule, and the scheduler's gap between visits. */
@Entity
@Table(name = "audit_setting")
public class AuditRules implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private short id = 1;

    @Column(name = "good_from", nullable = false, precision = 5, scale = 2)
    private BigDecimal goodFrom;

    @Column(name = "failing_below", nullable = false, precision = 5, scale = 2)
    private BigDecimal failingBelow;

    @Column(name = "probation_failures", nullable = false)
    private int probationFailures;

    @Column(name = "probation_months", nullable = false)
    private int probationMonths;

    @Column(name = "min_gap_days", nullable = false)
    private int minGapDays;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AuditRules() {
        // for JPA
    }

    public void change(Bands bands, int failures, int months, int gapDays, String by, Instant at) {
        if (failures < 1 || failures > 20) {
            throw new InvalidField("probationFailures", "audit.rule-failures", 20);
        }
        if (months < 1 || months > 36) {
            throw new InvalidField("probationMonths", "audit.rule-months", 36);
        }
        if (gapDays < 0 || gapDays > 365) {
            throw new InvalidField("minGapDays", "audit.rule-gap", 365);
        }
        this.goodFrom = bands.goodFrom();
        this.failingBelow = bands.failingBelow();
        this.probationFailures = failures;
        this.probationMonths = months;
        this.minGapDays = gapDays;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Bands bands() {
        return new Bands(goodFrom, failingBelow);
    }

    public int probationFailures() {
        return probationFailures;
    }

    public int probationMonths() {
        return probationMonths;
    }

    public int minGapDays() {
        return minGapDays;
    }
}
