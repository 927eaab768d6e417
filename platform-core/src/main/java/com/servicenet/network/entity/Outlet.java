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
import jakarta.persistence.Version;

import java.util.Objects;

/**
 * An authorized service outlet (特约维修点): a local repair business HQ has appointed. Each outlet is a
 * tenant; its id is the {@code outlet_id} claim its users' tokens carry.
 */
@Entity
@Table(name = "outlet")
public class Outlet {

    @Id
    @SequenceGenerator(name = "outlet_seq", sequenceName = "outlet_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outlet_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutletStatus status;

    @Version
    private int version;

    protected Outlet() {
        // for JPA
    }

    /** A business HQ is considering: every outlet starts as a candidate. */
    public Outlet(String code, String legalName) {
        this.code = requireText(code, "code");
        this.legalName = requireText(legalName, "legal name");
        this.status = OutletStatus.CANDIDATE;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String legalName() {
        return legalName;
    }

    public OutletStatus status() {
        return status;
    }

    private static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }
}
