package com.servicenet.quality.entity;

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

/**
 * 回访: HQ calls the customer of a closed repair. Open until the customer is reached and answers (completed), or
 * has not been reached in as many attempts as HQ allows (unreachable). The sampling job queues them.
 */
@Entity
@Table(name = "callback")
public class Callback implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "callback_seq", sequenceName = "callback_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "callback_seq")
    private Long id;

    @Column(name = "outlet_id", nullable = false, updatable = false)
    private long outletId;

    @Column(name = "repair_id", nullable = false, updatable = false)
    private long repairId;

    @Column(nullable = false, updatable = false, length = 80)
    private String reasons;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CallbackStatus status = CallbackStatus.OPEN;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    private Short satisfaction;

    private Boolean fixed;

    @Column(name = "charged_as_receipt")
    private Boolean chargedAsReceipt;

    @Column(length = Complaint.TEXT_MAX)
    private String comment;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 100)
    private String completedBy;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Version
    private int version;

    protected Callback() {
        // for JPA
    }

    /** The customer did not answer; after {@code maxAttempts} such tries the callback is given up. */
    public void notReached(int maxAttempts, String note, Instant at) {
        requireOpen();
        attempts++;
        lastAttemptAt = at;
        comment = QualityText.optional(note, "comment", Complaint.TEXT_MAX);
        if (attempts >= maxAttempts) {
            status = CallbackStatus.UNREACHABLE;
        }
    }

    /** The customer answered. */
    public void complete(CallbackOutcome outcome, String by, Instant at) {
        requireOpen();
        attempts++;
        lastAttemptAt = at;
        satisfaction = (short) outcome.satisfaction();
        fixed = outcome.fixed();
        chargedAsReceipt = outcome.chargedAsReceipt();
        comment = outcome.comment();
        completedAt = at;
        completedBy = by;
        status = CallbackStatus.COMPLETED;
    }

    /** The complaint this callback raised. */
    public void raised(Complaint complaint) {
        this.complaintId = complaint.id();
    }

    private void requireOpen() {
        if (status != CallbackStatus.OPEN) {
            throw new RuleViolation("callback.not-open", id, Term.of(status));
        }
    }

    public Long id() { return id; }
    public long outletId() { return outletId; }
    public long repairId() { return repairId; }
    public String reasons() { return reasons; }
    public Instant queuedAt() { return queuedAt; }
    public CallbackStatus status() { return status; }
    public int attempts() { return attempts; }
    public Instant lastAttemptAt() { return lastAttemptAt; }
    public Integer satisfaction() { return satisfaction == null ? null : satisfaction.intValue(); }
    public Boolean fixed() { return fixed; }
    public Boolean chargedAsReceipt() { return chargedAsReceipt; }
    public String comment() { return comment; }
    public Instant completedAt() { return completedAt; }
    public String completedBy() { return completedBy; }
    public Long complaintId() { return complaintId; }
}
