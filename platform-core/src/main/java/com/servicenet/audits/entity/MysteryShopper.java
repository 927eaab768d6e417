package com.servicenet.audits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A shopper HQ may send; {@code username} is their Keycloak login. */
@Entity
@Table(name = "mystery_shopper")
public class MysteryShopper implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 100)
    private String username;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 100)
    private String city;

    @Column(nullable = false)
    private boolean active = true;

    protected MysteryShopper() {
        // for JPA
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public String city() {
        return city;
    }

    public boolean active() {
        return active;
    }
}
