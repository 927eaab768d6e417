package com.servicenet.training.entity;

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

/** One step in a certificate's history: issued, renewed by a later one, revoked (with the reason), expired. */
@Entity
@Table(name = "certification_event")
public class CertificationEvent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { ISSUED, RENEWED, REVOKED, EXPIRED }

    @Id
    @SequenceGenerator(name = "certification_event_seq", sequenceName = "certification_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_event_seq")
    private Long id;

    @Column(name = "certification_id", nullable = false, updatable = false)
    private long certificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(length = 500, updatable = false)
    private String note;

    protected CertificationEvent() {
        // for JPA
    }

    public CertificationEvent(Certification certification, Kind kind, String actor, String note, Instant at) {
        this.certificationId = certification.id();
        this.kind = kind;
        this.actor = actor;
        this.note = note;
        this.occurredAt = at;
    }

    public Kind kind() {
        return kind;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }
}
