package com.servicenet.audits.entity;

import com.servicenet.network.entity.Text;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.rules.Term;
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

import java.time.Instant;
import java.time.LocalDate;

/**
 * 整改: what HQ asks an outlet to put right after a finding, by a deadline. OPEN → RESPONDED (the outlet,
 * with text and evidence) → CLOSED (HQ verified), or back to OPEN (HQ reopened it).
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status { OPEN, RESPONDED, CLOSED }

    public enum Step { RAISED, RESPONDED, VERIFIED, REOPENED }

    @Id
    @SequenceGenerator(name = "corrective_action_seq", sequenceName = "corrective_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "corrective_action_seq")
    private Long id;

    @Column(name = "finding_id", nullable = false, updatable = false)
    private long findingId;

    @Column(name = "outlet_id", nullable = false, updatable = false)
    private long outletId;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.OPEN;

    @Column(length = 2000)
    private String response;

    @Column(name = "responded_by", length = 100)
    private String respondedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(nullable = false)
    private int reopened;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected CorrectiveAction() {
        // for JPA
    }

    public CorrectiveAction(Finding finding, Audit audit, String description, LocalDate dueOn, LocalDate today,
                            String by, Instant at) {
        if (audit.status() != AuditStatus.RELEASED) {
            // the outlet is asked to act only on a result it can see
            throw new RuleViolation("action.audit-unreleased", audit.id());
        }
        this.findingId = finding.id();
        this.outletId = finding.outletId();
        this.description = Text.required(description, "description", 1000);
        if (dueOn == null) {
            throw new InvalidField("dueOn", "field.required", Term.of("field.dueOn"));
        }
        if (dueOn.isBefore(today)) {
            throw new InvalidField("dueOn", "action.due-past");
        }
        this.dueOn = dueOn;
        this.createdBy = by;
        this.createdAt = at;
    }

    public void respond(String text, String by, Instant at) {
        if (status != Status.OPEN) {
            throw new RuleViolation("action.not-open", id, Term.of(status));
        }
        this.response = Text.required(text, "response", 2000);
        this.respondedBy = by;
        this.respondedAt = at;
        this.status = Status.RESPONDED;
    }

    public void verify(Instant at) {
        if (status != Status.RESPONDED) {
            throw new RuleViolation("action.not-responded", id);
        }
        this.status = Status.CLOSED;
        this.closedAt = at;
    }

    /** HQ is not satisfied: the outlet must respond again, by a new deadline if HQ gives one. */
    public void reopen(LocalDate newDue, LocalDate today) {
        if (status == Status.OPEN) {
            throw new RuleViolation("action.open-already", id);
        }
        if (newDue != null) {
            if (newDue.isBefore(today)) {
                throw new InvalidField("dueOn", "action.due-past");
            }
            this.dueOn = newDue;
        }
        this.status = Status.OPEN;
        this.closedAt = null;
        this.reopened++;
    }

    public boolean overdue(LocalDate today) {
        return status != Status.CLOSED && dueOn.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public long findingId() {
        return findingId;
    }

    public long outletId() {
        return outletId;
    }

    public String description() {
        return description;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public String response() {
        return response;
    }

    public String respondedBy() {
        return respondedBy;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public int reopened() {
        return reopened;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
