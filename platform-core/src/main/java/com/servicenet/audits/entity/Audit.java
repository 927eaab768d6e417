package com.servicenet.audits.entity;

import com.servicenet.network.entity.Text;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.rules.Term;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One inspection of one outlet: planned by HQ within a due window, done by an auditor or a shopper, scored
 * on submission (once), and shown to the outlet only when HQ releases it.
 */
@Entity
@Table(name = "audit")
public class Audit implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    /** A window longer than this is not a plan. */
    public static final int MAX_WINDOW_DAYS = 366;

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(name = "outlet_id", nullable = false, updatable = false)
    private long outletId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AuditKind kind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "template_version_id", updatable = false)
    private TemplateVersion templateVersion;

    @Column(name = "window_from", nullable = false)
    private LocalDate windowFrom;

    @Column(name = "window_to", nullable = false)
    private LocalDate windowTo;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(nullable = false)
    private boolean announced;

    @Column(length = 2000)
    private String brief;

    @Column(length = 100)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditStatus status = AuditStatus.PLANNED;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(precision = 5, scale = 2)
    private BigDecimal score;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Band band;

    @Column(name = "critical_failed")
    private Boolean criticalFailed;

    @Column(name = "released_by", length = 100)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Audit() {
        // for JPA
    }

    public Audit(long outletId, TemplateVersion templateVersion, LocalDate windowFrom, LocalDate windowTo,
                 LocalDate plannedOn, boolean announced, String brief, String createdBy, Instant at) {
        if (!templateVersion.published()) {
            throw new InvalidField("templateId", "audit.template-unpublished", templateVersion.template().code());
        }
        if (!templateVersion.template().active()) {
            throw new InvalidField("templateId", "audit.template-retired", templateVersion.template().code());
        }
        this.outletId = outletId;
        this.kind = templateVersion.template().kind();
        this.templateVersion = templateVersion;
        if (announced && kind == AuditKind.MYSTERY_SHOP) {
            throw new InvalidField("announced", "audit.shop-announced");
        }
        this.announced = announced;
        // the template's scenario is the default brief a shopper gets
        String given = Text.optional(brief, 2000, "brief");
        this.brief = given != null ? given : templateVersion.brief();
        this.createdBy = createdBy;
        this.createdAt = at;
        reschedule(windowFrom, windowTo, plannedOn);
    }

    public void reschedule(LocalDate from, LocalDate to, LocalDate planned) {
        requireOpen();
        if (from == null) {
            throw new InvalidField("windowFrom", "field.required", Term.of("field.windowFrom"));
        }
        if (to == null) {
            throw new InvalidField("windowTo", "field.required", Term.of("field.windowTo"));
        }
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_WINDOW_DAYS))) {
            throw new InvalidField("windowTo", "audit.window-range", MAX_WINDOW_DAYS);
        }
        if (planned != null && (planned.isBefore(from) || planned.isAfter(to))) {
            throw new InvalidField("plannedOn", "audit.planned-outside-window");
        }
        this.windowFrom = from;
        this.windowTo = to;
        this.plannedOn = planned;
    }

    /** Who does it: an HQ auditor for a spot check, a registered shopper for a mystery shop (checked by the caller). */
    public void assignTo(String assignee) {
        if (status != AuditStatus.PLANNED) {
            throw new RuleViolation("audit.started", id);
        }
        this.assignee = Text.required(assignee, "assignee", 100);
    }

    public void cancel(String reason) {
        requireOpen();
        this.cancelReason = Text.required(reason, "reason", 500);
        this.status = AuditStatus.CANCELLED;
    }

    /** The first saved draft marks the visit as under way. */
    public void draftSaved() {
        requireOpen();
        requireAssigned();
        this.status = AuditStatus.IN_PROGRESS;
    }

    public void submit(LocalDate visitedOn, LocalDate today, Scoring.Result result, Bands bands, Instant at) {
        if (status == AuditStatus.SUBMITTED || status == AuditStatus.RELEASED) {
            throw new RuleViolation("audit.submitted-already", id);
        }
        requireOpen();
        requireAssigned();
        if (visitedOn == null) {
            throw new InvalidField("visitedOn", "field.required", Term.of("field.visitedOn"));
        }
        if (visitedOn.isAfter(today) || visitedOn.isBefore(windowFrom)) {
            throw new InvalidField("visitedOn", "audit.visited-range", windowFrom.toString(), today.toString());
        }
        this.visitedOn = visitedOn;
        this.submittedAt = at;
        this.score = result.overall();
        this.band = bands.of(result.overall());
        this.criticalFailed = result.criticalFailed();
        this.status = AuditStatus.SUBMITTED;
    }

    public void release(String by, Instant at) {
        if (status != AuditStatus.SUBMITTED) {
            throw new RuleViolation("audit.not-submitted", id);
        }
        this.status = AuditStatus.RELEASED;
        this.releasedBy = by;
        this.releasedAt = at;
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new RuleViolation("audit.closed", id, Term.of(status));
        }
    }

    private void requireAssigned() {
        if (assignee == null) {
            throw new RuleViolation("audit.unassigned", id);
        }
    }

    public Long id() {
        return id;
    }

    public long outletId() {
        return outletId;
    }

    public AuditKind kind() {
        return kind;
    }

    public TemplateVersion templateVersion() {
        return templateVersion;
    }

    public LocalDate windowFrom() {
        return windowFrom;
    }

    public LocalDate windowTo() {
        return windowTo;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public boolean announced() {
        return announced;
    }

    public String brief() {
        return brief;
    }

    public String assignee() {
        return assignee;
    }

    public AuditStatus status() {
        return status;
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public BigDecimal score() {
        return score;
    }

    public Band band() {
        return band;
    }

    public boolean criticalFailed() {
        return Boolean.TRUE.equals(criticalFailed);
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
