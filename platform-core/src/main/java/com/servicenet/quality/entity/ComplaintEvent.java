package com.servicenet.quality.entity;

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

/** One step in a complaint's history; written once, never changed. */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "complaint_event_seq", sequenceName = "complaint_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_event_seq")
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Column(name = "outlet_id", nullable = false, updatable = false)
    private long outletId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ComplaintStep kind;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(updatable = false, length = Complaint.TEXT_MAX)
    private String note;

    protected ComplaintEvent() {
        // for JPA
    }

    public ComplaintEvent(Complaint complaint, ComplaintStep kind, String actor, String note, Instant at) {
        this.complaintId = complaint.id();
        this.outletId = complaint.outletId();
        this.kind = kind;
        this.actor = actor;
        this.note = note;
        this.occurredAt = at;
    }

    /**
     * The step as the outlet asked about the complaint may see it: HQ's question and the outlet's own answer with
     * who gave it; HQ's staff names and HQ's own texts (taking it up, closing it) stay at HQ. A detached copy.
     */
    public ComplaintEvent asSeenByOutlet() {
        ComplaintEvent seen = new ComplaintEvent();
        seen.id = id;
        seen.complaintId = complaintId;
        seen.outletId = outletId;
        seen.occurredAt = occurredAt;
        seen.kind = kind;
        seen.actor = kind == ComplaintStep.OUTLET_RESPONDED ? actor : null;
        seen.note = kind == ComplaintStep.OUTLET_RESPONDED || kind == ComplaintStep.OUTLET_ASKED ? note : null;
        return seen;
    }

    public Long id() { return id; }
    public long complaintId() { return complaintId; }
    public Instant occurredAt() { return occurredAt; }
    public ComplaintStep kind() { return kind; }
    public String actor() { return actor; }
    public String note() { return note; }
}
