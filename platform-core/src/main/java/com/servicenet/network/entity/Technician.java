package com.servicenet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Locale;

/**
 * One of an outlet's repair staff. A repair names the technician who did it, who must be one of the
 * outlet's own (the database holds that with a composite foreign key); HQ's training will certify them.
 */
@Entity
@Table(name = "technician")
public class Technician implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "technician_seq", sequenceName = "technician_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "technician_seq")
    private Long id;

    @Column(name = "outlet_id", nullable = false)
    private long outletId;

    /** The outlet's own staff number, which its shop software knows the technician by. */
    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    /** The Keycloak login, when the technician has one. */
    @Column(length = 100)
    private String username;

    @Column(nullable = false)
    private boolean active = true;

    protected Technician() {
        // for JPA
    }

    public Technician(long outletId, String code, String name, String username) {
        this.outletId = outletId;
        this.code = Text.required(code, "code", 32).toUpperCase(Locale.ROOT);
        this.name = Text.required(name, "technicianName", 100);
        this.username = Text.optional(username, 100, "username");
    }

    public void leave() {
        this.active = false;
    }

    public Long id() {
        return id;
    }

    public long outletId() {
        return outletId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String username() {
        return username;
    }

    public boolean active() {
        return active;
    }
}
