package com.servicenet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An outlet holding a region for a period (区域唯一性原则). Open-ended while it lasts; ended, never deleted,
 * when the outlet is replaced, terminated or the region released. PostgreSQL's exclusion constraint
 * {@code region_held_by_one_outlet} guarantees that periods of one region never overlap.
 */
@Entity
@Table(name = "region_assignment")
public class Appointment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "region_assignment_seq", sequenceName = "region_assignment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "region_assignment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @ManyToOne(optional = false)
    @JoinColumn(name = "outlet_id")
    private Outlet outlet;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    @Column(name = "appointed_by", nullable = false, length = 100)
    private String appointedBy;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    protected Appointment() {
        // for JPA
    }

    Appointment(Region region, Outlet outlet, Instant from, String appointedBy) {
        this.region = region;
        this.outlet = outlet;
        this.validFrom = from;
        this.appointedBy = appointedBy;
    }

    /**
     * Appoints an outlet to a leaf region from a moment on. The caller has checked that nobody holds the
     * region then; the database checks it again.
     */
    public static Appointment of(Outlet outlet, Region region, Instant from, String appointedBy) {
        outlet.acceptAppointment(from);
        return new Appointment(region, outlet, from, appointedBy);
    }

    public void end(Instant at, String reason) {
        this.validTo = at.isAfter(validFrom) ? at : validFrom.plusNanos(1000);
        this.endReason = Text.optional(reason, 500, "reason");
    }

    /** Whether the outlet holds the region at this moment. */
    public boolean holdsAt(Instant at) {
        return !validFrom.isAfter(at) && (validTo == null || validTo.isAfter(at));
    }

    public Long id() {
        return id;
    }

    public Region region() {
        return region;
    }

    public Outlet outlet() {
        return outlet;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validTo() {
        return validTo;
    }

    public String appointedBy() {
        return appointedBy;
    }

    public String endReason() {
        return endReason;
    }
}
