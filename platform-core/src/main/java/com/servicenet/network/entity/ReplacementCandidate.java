package com.servicenet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An outlet HQ should consider replacing (候补更换), put on the list by a rule (audits; later quality's watch
 * list) or by hand. At most one open entry per outlet (a partial unique index); resolving keeps the history.
 */
@Entity
@Table(name = "replacement_candidate")
public class ReplacementCandidate implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Source { AUDITS, QUALITY, MANUAL }

    @Id
    @SequenceGenerator(name = "replacement_candidate_seq", sequenceName = "replacement_candidate_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "replacement_candidate_seq")
    private Long id;

    @Column(name = "outlet_id", nullable = false, updatable = false)
    private long outletId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Source source;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "raised_by", nullable = false, length = 100, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(length = 500)
    private String resolution;

    protected ReplacementCandidate() {
        // for JPA
    }

    public ReplacementCandidate(long outletId, Source source, String reason, String by, Instant at) {
        this.outletId = outletId;
        this.source = source;
        this.reason = Text.required(reason, "reason", 1000);
        this.raisedBy = by;
        this.raisedAt = at;
    }

    public void resolve(String resolution, String by, Instant at) {
        if (resolvedAt != null) {
            throw new com.servicenet.rules.RuleViolation("candidate.resolved", outletId);
        }
        this.resolution = Text.required(resolution, "resolution", 500);
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public Long id() {
        return id;
    }

    public long outletId() {
        return outletId;
    }

    public Source source() {
        return source;
    }

    public String reason() {
        return reason;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
