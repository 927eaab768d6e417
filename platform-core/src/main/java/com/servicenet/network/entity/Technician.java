package com.servicenet.network.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Locale;

/**
 * One of an outlet's repair staff. A repair names the technician who did it, who must be one of the
 * outlet's own (the database holds that with a composite foreign key). A technician is one
 * {@link Person}'s employment at one outlet: HQ's training certifies the person, so a move to another outlet
 * (this employment ends, another starts) keeps the certifications.
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

    @ManyToOne(optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    protected Technician() {
        // for JPA
    }

    /** A new member of staff: a person the brand has not known before. */
    public Technician(long outletId, String code, String name, String username) {
        this(outletId, code, new Person(name), username);
    }

    /** A person who worked (or works) elsewhere in the network, employed here now. */
    public Technician(long outletId, String code, Person person, String username) {
        this.person = person;
        this.outletId = outletId;
        this.code = Text.required(code, "code", 32).toUpperCase(Locale.ROOT);
        this.name = person.name();
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

    public Person person() {
        return person;
    }

    public boolean active() {
        return active;
    }
}
