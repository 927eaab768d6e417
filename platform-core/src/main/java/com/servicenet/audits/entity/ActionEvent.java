package com.servicenet.audits.entity;

import com.servicenet.network.entity.Text;
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

/** One step in a corrective action's history. */
@Entity
@Table(name = "action_event")
public class ActionEvent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "action_event_seq", sequenceName = "action_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_event_seq")
    private Long id;

    @Column(name = "action_id", nullable = false, updatable = false)
    private long actionId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private CorrectiveAction.Step step;

    @Column(length = 2000, updatable = false)
    private String note;

    protected ActionEvent() {
        // for JPA
    }

    public ActionEvent(CorrectiveAction action, CorrectiveAction.Step step, String actor, String note, Instant at) {
        this.actionId = action.id();
        this.step = step;
        this.actor = actor;
        this.note = Text.optional(note, 2000, "note");
        this.at = at;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public CorrectiveAction.Step step() {
        return step;
    }

    public String note() {
        return note;
    }
}
