package com.servicenet.training.entity;

import com.servicenet.network.entity.Person;
import com.servicenet.network.entity.Technician;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A person's seat in a training session, asked for by their outlet or given by HQ, and later the result:
 * attendance and the exam score out of 100.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "technician_id", nullable = false, updatable = false)
    private Long technicianId;

    @Column(name = "outlet_id", nullable = false, updatable = false)
    private long outletId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private Boolean attended;

    private Integer score;

    @Version
    private int version;

    protected Enrolment() {
        // for JPA
    }

    private Enrolment(TrainingSession session, Technician technician, EnrolmentStatus status, String by, Instant at) {
        if (!technician.active()) {
            throw new InvalidField("technician", "enrolment.technician-inactive", technician.code());
        }
        session.requireOpenForEnrolment();
        this.session = session;
        this.person = technician.person();
        this.technicianId = technician.id();
        this.outletId = technician.outletId();
        this.status = status;
        this.requestedBy = by;
        this.requestedAt = at;
        if (status == EnrolmentStatus.ENROLLED) {
            this.decidedBy = by;
            this.decidedAt = at;
        }
    }

    /** The outlet asks HQ for a seat for one of its technicians. */
    public static Enrolment request(TrainingSession session, Technician technician, String by, Instant at) {
        return new Enrolment(session, technician, EnrolmentStatus.REQUESTED, by, at);
    }

    /** HQ gives the technician a seat. */
    public static Enrolment enrol(TrainingSession session, Technician technician, String by, Instant at) {
        return new Enrolment(session, technician, EnrolmentStatus.ENROLLED, by, at);
    }

    public void approve(String by, Instant at) {
        decide(EnrolmentStatus.ENROLLED, by, at);
    }

    /** Declines a request, or takes a seat back before the results are in. */
    public void decline(String by, Instant at) {
        if (attended != null) {
            throw new RuleViolation("enrolment.has-result", person.name());
        }
        decide(EnrolmentStatus.DECLINED, by, at);
    }

    private void decide(EnrolmentStatus to, String by, Instant at) {
        session.requireOpenForEnrolment();
        boolean allowed = status == EnrolmentStatus.REQUESTED || (status == EnrolmentStatus.ENROLLED && to == EnrolmentStatus.DECLINED);
        if (!allowed) {
            throw new RuleViolation("enrolment.decided", person.name());
        }
        this.status = to;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** Attendance and score; a score needs attendance, and only a seat actually taken gets either. */
    public void record(boolean attended, Integer score) {
        if (status != EnrolmentStatus.ENROLLED) {
            throw new RuleViolation("enrolment.not-enrolled", person.name());
        }
        if (score != null && (score < 0 || score > 100)) {
            throw new InvalidField("score", "enrolment.score-range", person.name());
        }
        if (score != null && !attended) {
            throw new InvalidField("score", "enrolment.score-without-attendance", person.name());
        }
        this.attended = attended;
        this.score = score;
    }

    /** Attended, and scored at least the course's pass mark: the only way to a certificate. */
    public boolean passed() {
        return status == EnrolmentStatus.ENROLLED && Boolean.TRUE.equals(attended) && score != null
                && session.course().passes(score);
    }

    public Long id() {
        return id;
    }

    public TrainingSession session() {
        return session;
    }

    public Person person() {
        return person;
    }

    public Long technicianId() {
        return technicianId;
    }

    public long outletId() {
        return outletId;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Boolean attended() {
        return attended;
    }

    public Integer score() {
        return score;
    }
}
