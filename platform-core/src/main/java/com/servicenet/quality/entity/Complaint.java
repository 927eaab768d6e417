package com.servicenet.quality.entity;

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

import java.time.Duration;
import java.time.Instant;

/**
 * 投诉: a customer's complaint about an outlet, handled by HQ's quality staff. RECEIVED → INVESTIGATING →
 * RESOLVED or REJECTED, by a deadline set by its severity. While investigating, HQ may ask the outlet to respond;
 * the outlet answers the question and can do nothing else to the complaint (the database's complaint_guard holds
 * that whatever Java does). The customer's contact lives apart ({@link ComplaintContact}), where only HQ reads it.
 */
@Entity
@Table(name = "complaint")
public class Complaint implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    private Long id;

    @Column(name = "tracking_code", nullable = false, updatable = false, length = 20)
    private String trackingCode;

    @Column(name = "outlet_id", nullable = false, updatable = false)
    private long outletId;

    @Column(name = "repair_id", updatable = false)
    private Long repairId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ComplaintSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ComplaintCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ComplaintStatus status = ComplaintStatus.RECEIVED;

    @Column(nullable = false, updatable = false, length = TEXT_MAX)
    private String description;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "outlet_asked_at")
    private Instant outletAskedAt;

    @Column(name = "outlet_question", length = TEXT_MAX)
    private String outletQuestion;

    @Column(name = "outlet_response", length = TEXT_MAX)
    private String outletResponse;

    @Column(name = "outlet_responded_at")
    private Instant outletRespondedAt;

    @Column(name = "outlet_responded_by", length = 100)
    private String outletRespondedBy;

    @Column(length = TEXT_MAX)
    private String resolution;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Version
    private int version;

    protected Complaint() {
        // for JPA
    }

    /**
     * A new complaint, received now; its deadline is {@code deadline} after receipt (the severity's, from HQ's
     * settings).
     */
    public Complaint(String trackingCode, long outletId, Long repairId, ComplaintSource source, ComplaintCategory category,
                     Severity severity, String description, Duration deadline, String by, Instant at) {
        if (category == null) {
            throw new InvalidField("category", "field.required", Term.of("field.category"));
        }
        if (severity == null) {
            throw new InvalidField("severity", "field.required", Term.of("field.severity"));
        }
        this.trackingCode = trackingCode;
        this.outletId = outletId;
        this.repairId = repairId;
        this.source = source;
        this.category = category;
        this.severity = severity;
        this.description = QualityText.required(description, "description");
        this.receivedAt = at;
        this.dueAt = at.plus(deadline);
        this.createdBy = by;
    }

    public void investigate() {
        requireStatus(ComplaintStatus.RECEIVED, "complaint.not-received");
        status = ComplaintStatus.INVESTIGATING;
    }

    /** HQ asks the outlet to respond; a new question replaces an answered one (both stay in the history). */
    public void askOutlet(String question, Instant at) {
        if (status == ComplaintStatus.RECEIVED) {
            status = ComplaintStatus.INVESTIGATING;
        }
        requireStatus(ComplaintStatus.INVESTIGATING, "complaint.not-investigating");
        this.outletQuestion = QualityText.required(question, "question");
        this.outletAskedAt = at;
        this.outletResponse = null;
        this.outletRespondedAt = null;
        this.outletRespondedBy = null;
    }

    /** The outlet answers the question HQ asked, once. */
    public void respond(String response, String by, Instant at) {
        if (status != ComplaintStatus.INVESTIGATING || outletAskedAt == null) {
            throw new RuleViolation("complaint.not-asked", id);
        }
        if (outletResponse != null) {
            throw new RuleViolation("complaint.answered-already", id);
        }
        this.outletResponse = QualityText.required(response, "response");
        this.outletRespondedAt = at;
        this.outletRespondedBy = by;
    }

    public void resolve(String resolution, String by, Instant at) {
        close(ComplaintStatus.RESOLVED, resolution, by, at);
    }

    public void reject(String reason, String by, Instant at) {
        close(ComplaintStatus.REJECTED, reason, by, at);
    }

    private void close(ComplaintStatus to, String text, String by, Instant at) {
        if (status.closed()) {
            throw new RuleViolation("complaint.closed-already", id, Term.of(status));
        }
        this.resolution = QualityText.required(text, "resolution");
        this.status = to;
        this.closedAt = at;
        this.closedBy = by;
    }

    private void requireStatus(ComplaintStatus expected, String key) {
        if (status != expected) {
            throw new RuleViolation(key, id, Term.of(status));
        }
    }

    public boolean overdue(Instant now) {
        return !status.closed() && dueAt.isBefore(now);
    }

    /** Whether the outlet has an unanswered question on it. */
    public boolean awaitingOutlet() {
        return status == ComplaintStatus.INVESTIGATING && outletAskedAt != null && outletResponse == null;
    }

    public Long id() { return id; }
    public String trackingCode() { return trackingCode; }
    public long outletId() { return outletId; }
    public Long repairId() { return repairId; }
    public ComplaintSource source() { return source; }
    public ComplaintCategory category() { return category; }
    public Severity severity() { return severity; }
    public ComplaintStatus status() { return status; }
    public String description() { return description; }
    public Instant receivedAt() { return receivedAt; }
    public Instant dueAt() { return dueAt; }
    public Instant outletAskedAt() { return outletAskedAt; }
    public String outletQuestion() { return outletQuestion; }
    public String outletResponse() { return outletResponse; }
    public Instant outletRespondedAt() { return outletRespondedAt; }
    public String outletRespondedBy() { return outletRespondedBy; }
    public String resolution() { return resolution; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public String createdBy() { return createdBy; }
}
