package com.servicenet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How customers and HQ reach an outlet: the part of its profile the outlet itself keeps up to date. */
@Embeddable
public class Contact implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "contact_name", length = 100)
    private String name;

    @Column(name = "contact_phone", length = 40)
    private String phone;

    @Column(name = "contact_email", length = 200)
    private String email;

    @Column(name = "opening_hours", length = 200)
    private String openingHours;

    protected Contact() {
        // for JPA
    }

    public Contact(String name, String phone, String email, String openingHours) {
        this.name = Text.optional(name, 100, "contactName");
        this.phone = Text.optional(phone, 40, "contactPhone");
        this.email = Text.optional(email, 200, "contactEmail");
        this.openingHours = Text.optional(openingHours, 200, "openingHours");
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String openingHours() {
        return openingHours;
    }
}
