package com.servicenet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One human being on the brand's repair staff, across outlets. A {@link Technician} is this person's
 * employment at one outlet; training history and certifications belong to the person, so they follow a
 * technician who moves to another outlet.
 */
@Entity
@Table(name = "person")
public class Person implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    protected Person() {
        // for JPA
    }

    public Person(String name) {
        this.name = Text.required(name, "technicianName", 100);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
