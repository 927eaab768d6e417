package com.servicenet.training.entity;

import com.servicenet.network.entity.Text;
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

import java.net.URI;
import java.time.Instant;

/**
 * One sitting of a course: when, where (a place, an online link, or both), who teaches, how many seats.
 * The seats taken are counted by the database (a trigger on enrolment), which refuses to overbook.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_CAPACITY = 500;

    @Id
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 300)
    private String place;

    @Column(name = "online_url", length = 500)
    private String onlineUrl;

    @Column(nullable = false, length = 100)
    private String trainer;

    @Column(nullable = false)
    private int capacity;

    /** Kept by the database; read only here. */
    @Column(name = "seats_taken", insertable = false, updatable = false)
    private int seatsTaken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "results_at")
    private Instant resultsAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected TrainingSession() {
        // for JPA
    }

    public TrainingSession(Course course, Instant startsAt, Instant endsAt, String place, String onlineUrl, String trainer,
                           int capacity, String createdBy, Instant at) {
        if (!course.active()) {
            throw new RuleViolation("course.retired", course.code());
        }
        this.course = course;
        this.status = SessionStatus.PLANNED;
        this.createdBy = createdBy;
        this.createdAt = at;
        schedule(startsAt, endsAt, place, onlineUrl, trainer, capacity);
    }

    /** Moves or changes a planned session; fewer seats than are taken is refused (by the database too). */
    public void schedule(Instant startsAt, Instant endsAt, String place, String onlineUrl, String trainer, int capacity) {
        requirePlanned();
        if (startsAt == null) {
            throw new InvalidField("startsAt", "session.starts-required");
        }
        if (endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new InvalidField("endsAt", "session.ends-after-start");
        }
        String where = Text.optional(place, 300, "place");
        String link = Text.optional(onlineUrl, 500, "onlineUrl");
        if (where == null && link == null) {
            throw new InvalidField("place", "session.place-or-link");
        }
        if (link != null && !isWebLink(link)) {
            throw new InvalidField("onlineUrl", "session.link-format");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidField("capacity", "session.capacity-range", MAX_CAPACITY);
        }
        if (capacity < seatsTaken) {
            throw new InvalidField("capacity", "session.capacity-below-taken", seatsTaken);
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = where;
        this.onlineUrl = link;
        this.trainer = Text.required(trainer, "trainer", 100);
        this.capacity = capacity;
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException notALink) {
            return false;
        }
    }

    public void cancel() {
        requirePlanned();
        this.status = SessionStatus.CANCELLED;
    }

    /** Results were entered; they may be corrected later (a re-marked exam), never for a cancelled session. */
    public void resultsRecorded(Instant at) {
        if (status == SessionStatus.CANCELLED) {
            throw new RuleViolation("session.cancelled", id);
        }
        this.status = SessionStatus.COMPLETED;
        this.resultsAt = at;
    }

    /** Seats may be given while the session is planned. */
    public void requireOpenForEnrolment() {
        requirePlanned();
    }

    private void requirePlanned() {
        if (status != null && status != SessionStatus.PLANNED) {
            throw new RuleViolation("session.not-planned", id);
        }
    }

    public Long id() {
        return id;
    }

    public Course course() {
        return course;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public String trainer() {
        return trainer;
    }

    public int capacity() {
        return capacity;
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    public int seatsFree() {
        return Math.max(0, capacity - seatsTaken);
    }

    public SessionStatus status() {
        return status;
    }

    public Instant resultsAt() {
        return resultsAt;
    }
}
