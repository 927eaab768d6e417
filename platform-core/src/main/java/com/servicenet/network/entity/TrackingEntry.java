package com.servicenet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One line of HQ's running record of an outlet (跟踪记录): who did what, when and why. Written in the same
 * transaction as the change it records, never changed afterwards. Structured (kind, statuses, region,
 * other outlet) so that every reader sees it in their own language; only notes and reasons are free text.
 */
@Entity
@Table(name = "outlet_event")
public class TrackingEntry implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "outlet_event_seq", sequenceName = "outlet_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outlet_event_seq")
    private Long id;

    @Column(name = "outlet_id", nullable = false)
    private Long outletId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TrackingKind kind;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private OutletStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16)
    private OutletStatus toStatus;

    @ManyToOne
    @JoinColumn(name = "region_id")
    private Region region;

    @ManyToOne
    @JoinColumn(name = "other_outlet_id")
    private Outlet otherOutlet;

    @Column(length = 2000)
    private String note;

    protected TrackingEntry() {
        // for JPA
    }

    private TrackingEntry(Outlet outlet, TrackingKind kind, String actor, Instant at) {
        this.outletId = outlet.id();
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = at;
    }

    public static TrackingEntry registered(Outlet outlet, String actor, Instant at) {
        return new TrackingEntry(outlet, TrackingKind.REGISTERED, actor, at);
    }

    public static TrackingEntry note(Outlet outlet, String note, String actor, Instant at) {
        TrackingEntry entry = new TrackingEntry(outlet, TrackingKind.NOTE, actor, at);
        entry.note = Text.required(note, "note", 2000);
        return entry;
    }

    public static TrackingEntry statusChanged(Outlet outlet, OutletStatus from, String actor, Instant at) {
        TrackingEntry entry = new TrackingEntry(outlet, TrackingKind.STATUS, actor, at);
        entry.fromStatus = from;
        entry.toStatus = outlet.status();
        entry.note = outlet.statusReason();
        return entry;
    }

    public static TrackingEntry appointed(Appointment appointment, String actor) {
        TrackingEntry entry = new TrackingEntry(appointment.outlet(), TrackingKind.APPOINTED, actor, appointment.validFrom());
        entry.region = appointment.region();
        return entry;
    }

    public static TrackingEntry released(Appointment appointment, String actor) {
        TrackingEntry entry = new TrackingEntry(appointment.outlet(), TrackingKind.RELEASED, actor, appointment.validTo());
        entry.region = appointment.region();
        entry.note = appointment.endReason();
        return entry;
    }

    public static TrackingEntry replaced(Outlet outgoing, Outlet successor, String actor, Instant at) {
        TrackingEntry entry = new TrackingEntry(outgoing, TrackingKind.REPLACED, actor, at);
        entry.otherOutlet = successor;
        entry.fromStatus = null;
        entry.toStatus = outgoing.status();
        entry.note = outgoing.statusReason();
        return entry;
    }

    public static TrackingEntry succeeded(Outlet successor, Outlet outgoing, String actor, Instant at) {
        TrackingEntry entry = new TrackingEntry(successor, TrackingKind.SUCCEEDED, actor, at);
        entry.otherOutlet = outgoing;
        return entry;
    }

    public static TrackingEntry profileChanged(Outlet outlet, String actor, Instant at) {
        return new TrackingEntry(outlet, TrackingKind.PROFILE, actor, at);
    }

    public static TrackingEntry identity(Outlet outlet, String what, String actor, Instant at) {
        TrackingEntry entry = new TrackingEntry(outlet, TrackingKind.IDENTITY, actor, at);
        entry.note = Text.optional(what, 2000, "note");
        return entry;
    }

    public Long id() {
        return id;
    }

    public Long outletId() {
        return outletId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public TrackingKind kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public OutletStatus fromStatus() {
        return fromStatus;
    }

    public OutletStatus toStatus() {
        return toStatus;
    }

    public Region region() {
        return region;
    }

    public Outlet otherOutlet() {
        return otherOutlet;
    }

    public String note() {
        return note;
    }
}
