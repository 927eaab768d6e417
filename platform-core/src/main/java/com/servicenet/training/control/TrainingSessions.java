package com.servicenet.training.control;

import com.servicenet.network.entity.Technician;
import com.servicenet.persistence.Constraints;
import com.servicenet.persistence.Moments;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import com.servicenet.training.entity.Certification;
import com.servicenet.training.entity.CertificationEvent;
import com.servicenet.training.entity.CertificateCode;
import com.servicenet.training.entity.Enrolment;
import com.servicenet.training.entity.EnrolmentStatus;
import com.servicenet.training.entity.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Training sessions (培训班) from planning to results: HQ plans and enrols, an outlet asks for seats for its
 * own technicians and HQ decides, HQ enters attendance and scores for the whole session at once, and every
 * attended pass is certified in the same transaction. The database counts seats and refuses to overbook.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TrainingSessions {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Courses courses;

    public List<TrainingSession> between(Instant from, Instant to) {
        return em.createQuery("SELECT s FROM TrainingSession s WHERE s.startsAt >= :from AND s.startsAt < :to "
                        + "ORDER BY s.startsAt, s.id", TrainingSession.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Planned sessions that have not started yet, soonest first: what an outlet may ask seats in. */
    public List<TrainingSession> open() {
        return em.createQuery("SELECT s FROM TrainingSession s WHERE s.status = com.servicenet.training.entity.SessionStatus.PLANNED "
                        + "AND s.startsAt > :now ORDER BY s.startsAt, s.id", TrainingSession.class)
                .setParameter("now", Moments.now()).getResultList();
    }

    public TrainingSession session(long id) {
        TrainingSession session = em.find(TrainingSession.class, id);
        if (session == null) {
            throw new RuleViolation("session.unknown", id);
        }
        return session;
    }

    public TrainingSession plan(SessionPlan plan) {
        TrainingSession session = new TrainingSession(courses.course(plan.courseId()), plan.startsAt(), plan.endsAt(),
                plan.place(), plan.onlineUrl(), plan.trainer(), plan.capacity(), tenant.callerName(), Moments.now());
        em.persist(session);
        em.flush();
        return session;
    }

    public TrainingSession reschedule(long id, SessionPlan plan) {
        TrainingSession session = em.find(TrainingSession.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new RuleViolation("session.unknown", id);
        }
        session.schedule(plan.startsAt(), plan.endsAt(), plan.place(), plan.onlineUrl(), plan.trainer(), plan.capacity());
        Constraints.flushNamed(em, constraint -> "training_session_full".equals(constraint)
                ? new InvalidField("capacity", "session.capacity-below-taken", session.seatsTaken()) : null);
        return session;
    }

    public TrainingSession cancel(long id) {
        TrainingSession session = session(id);
        session.cancel();
        return session;
    }

    /** Everyone enrolled or asking: HQ sees all of them, an outlet (row-level security) only its own. */
    public List<Enrolment> enrolments(long sessionId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.session.id = :session ORDER BY e.person.name, e.id", Enrolment.class)
                .setParameter("session", sessionId).getResultList();
    }

    /** Requests waiting for HQ's decision, oldest first. */
    public List<Enrolment> pendingRequests() {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.status = :requested ORDER BY e.requestedAt, e.id", Enrolment.class)
                .setParameter("requested", EnrolmentStatus.REQUESTED).getResultList();
    }

    /** The caller's outlet's requests and seats, newest session first. */
    public List<Enrolment> ownEnrolments() {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.outletId = :outlet ORDER BY e.session.startsAt DESC, e.id",
                        Enrolment.class)
                .setParameter("outlet", tenant.requireOutletId()).getResultList();
    }

    /** A person's training history, wherever they worked. */
    public List<Enrolment> historyOf(long personId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.person.id = :person ORDER BY e.session.startsAt DESC, e.id",
                        Enrolment.class)
                .setParameter("person", personId).getResultList();
    }

    /** HQ gives a technician of any outlet a seat. */
    public Enrolment enrol(long sessionId, long technicianId) {
        TrainingSession session = session(sessionId);
        Enrolment enrolment = Enrolment.enrol(session, technician(technicianId), tenant.callerName(), Moments.now());
        return saved(enrolment);
    }

    /** The outlet asks for a seat for one of its own active technicians; HQ decides. */
    public Enrolment request(long sessionId, long technicianId) {
        TrainingSession session = session(sessionId);
        Technician technician = technician(technicianId);
        if (technician.outletId() != tenant.requireOutletId()) {
            throw new RuleViolation("technician.unknown", technicianId);
        }
        if (!session.startsAt().isAfter(Moments.now())) {
            throw new RuleViolation("session.started", session.id());
        }
        return saved(Enrolment.request(session, technician, tenant.callerName(), Moments.now()));
    }

    public Enrolment approve(long enrolmentId) {
        Enrolment enrolment = enrolment(enrolmentId);
        enrolment.approve(tenant.callerName(), Moments.now());
        Constraints.flushNamed(em, constraint -> "training_session_full".equals(constraint)
                ? new RuleViolation("session.full", enrolment.session().capacity()) : null);
        em.refresh(enrolment.session());
        return enrolment;
    }

    public Enrolment decline(long enrolmentId) {
        Enrolment enrolment = enrolment(enrolmentId);
        enrolment.decline(tenant.callerName(), Moments.now());
        em.flush();
        em.refresh(enrolment.session());
        return enrolment;
    }

    /**
     * Attendance and scores of a whole session in one go, then a certificate for every attended pass that has
     * none yet (a later pass of the same course renews the person's earlier certificate). A result that
     * already earned its certificate stays as it was: a wrong certificate is revoked, with a reason.
     */
    public ResultsRecorded recordResults(long sessionId, List<SessionResult> results) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new RuleViolation("session.unknown", sessionId);
        }
        Instant now = Moments.now();
        if (session.startsAt().isAfter(now)) {
            throw new RuleViolation("session.not-held-yet", sessionId);
        }
        Map<Long, Enrolment> enrolments = new HashMap<>();
        for (Enrolment enrolment : enrolments(sessionId)) {
            enrolments.put(enrolment.id(), enrolment);
        }
        Map<Long, Certification> certified = new HashMap<>();
        for (Certification certification : em.createQuery("SELECT c FROM Certification c WHERE c.enrolmentId IN "
                + "(SELECT e.id FROM Enrolment e WHERE e.session.id = :session)", Certification.class)
                .setParameter("session", sessionId).getResultList()) {
            certified.put(certification.enrolmentId(), certification);
        }
        for (SessionResult result : results) {
            Enrolment enrolment = enrolments.get(result.enrolmentId());
            if (enrolment == null) {
                throw new RuleViolation("enrolment.unknown", result.enrolmentId());
            }
            if (certified.containsKey(enrolment.id())) {
                if (result.attended() != Boolean.TRUE.equals(enrolment.attended()) || !java.util.Objects.equals(result.score(), enrolment.score())) {
                    throw new RuleViolation("enrolment.certified", enrolment.person().name(), certified.get(enrolment.id()).number());
                }
                continue;
            }
            enrolment.record(result.attended(), result.score());
        }
        session.resultsRecorded(now);
        List<Certification> issued = new ArrayList<>();
        LocalDate today = now.atZone(RepairOrder.BUSINESS_ZONE).toLocalDate();
        for (Enrolment enrolment : enrolments.values()) {
            if (enrolment.passed() && !certified.containsKey(enrolment.id())) {
                issued.add(certify(enrolment, today, now));
            }
        }
        em.flush();
        return new ResultsRecorded(results.size(), issued);
    }

    private Certification certify(Enrolment enrolment, LocalDate today, Instant now) {
        Optional<Certification> renewed = em.createQuery("SELECT c FROM Certification c WHERE c.person = :person "
                        + "AND c.course = :course AND c.status <> com.servicenet.training.entity.CertificationState.REVOKED "
                        + "ORDER BY c.expiresOn DESC, c.id DESC", Certification.class)
                .setParameter("person", enrolment.person()).setParameter("course", enrolment.session().course())
                .setMaxResults(1).getResultStream().findFirst();
        long serial = ((Number) em.createNativeQuery("SELECT nextval('certification_number_seq')").getSingleResult()).longValue();
        String number = String.format("SN-%d-%06d", today.getYear(), serial);
        Certification certification = Certification.issue(enrolment, number, CertificateCode.next(), today,
                renewed.orElse(null), tenant.callerName(), now);
        em.persist(certification);
        em.persist(new CertificationEvent(certification, CertificationEvent.Kind.ISSUED, tenant.callerName(),
                enrolment.session().course().code(), now));
        renewed.ifPresent(earlier -> em.persist(new CertificationEvent(earlier, CertificationEvent.Kind.RENEWED,
                tenant.callerName(), number, now)));
        return certification;
    }

    private Enrolment saved(Enrolment enrolment) {
        em.persist(enrolment);
        Constraints.flushNamed(em, constraint -> switch (constraint) {
            case "enrolment_once" -> new RuleViolation("enrolment.taken", enrolment.person().name());
            case "training_session_full" -> new RuleViolation("session.full", enrolment.session().capacity());
            default -> null;
        });
        em.refresh(enrolment.session());
        return enrolment;
    }

    private Enrolment enrolment(long id) {
        Enrolment enrolment = em.find(Enrolment.class, id);
        if (enrolment == null) {
            throw new RuleViolation("enrolment.unknown", id);
        }
        return enrolment;
    }

    private Technician technician(long id) {
        Technician technician = em.find(Technician.class, id);
        if (technician == null) {
            throw new RuleViolation("technician.unknown", id);
        }
        return technician;
    }
}
