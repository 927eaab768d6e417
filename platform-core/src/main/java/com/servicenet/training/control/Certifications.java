package com.servicenet.training.control;

import com.servicenet.persistence.Moments;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import com.servicenet.training.entity.Certification;
import com.servicenet.training.entity.CertificationEvent;
import com.servicenet.training.entity.CertificationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Certificates (上岗资格证) as HQ and outlets read them, and HQ's revocation. An outlet sees the certificates of
 * the people it employs now, wherever they earned them (row-level security); another outlet's are unknown.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Certifications {

    /** Lists stop here: a search narrower than that is what a person reads. */
    public static final int MOST_LISTED = 500;

    private static final String ROWS = "SELECT c, t.id, t.code, o.id, o.code, o.legalName FROM Certification c "
            + "LEFT JOIN Technician t ON t.person = c.person AND t.active = TRUE "
            + "LEFT JOIN Outlet o ON o.id = t.outletId ";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public static LocalDate today() {
        return Moments.now().atZone(RepairOrder.BUSINESS_ZONE).toLocalDate();
    }

    public List<CertificationRow> search(CertificationFilter filter) {
        LocalDate today = today();
        StringBuilder where = new StringBuilder("WHERE 1 = 1 ");
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip();
        if (text != null) {
            where.append("AND (LOWER(c.person.name) LIKE :text ESCAPE '\\' OR UPPER(c.number) LIKE :number ESCAPE '\\') ");
        }
        if (filter.outletId() != null) {
            where.append("AND o.id = :outlet ");
        }
        if (filter.courseId() != null) {
            where.append("AND c.course.id = :course ");
        }
        if (filter.state() != null) {
            where.append(switch (filter.state()) {
                case REVOKED -> "AND c.status = :revoked ";
                case VALID -> "AND c.status <> :revoked AND c.expiresOn > :today ";
                case EXPIRED -> "AND c.status <> :revoked AND c.expiresOn <= :today ";
            });
        }
        TypedQuery<Object[]> query = em.createQuery(ROWS + where + "ORDER BY c.issuedOn DESC, c.id DESC", Object[].class);
        if (text != null) {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("text", "%" + escaped.toLowerCase(Locale.ROOT) + "%");
            query.setParameter("number", "%" + escaped.toUpperCase(Locale.ROOT) + "%");
        }
        if (filter.outletId() != null) {
            query.setParameter("outlet", filter.outletId());
        }
        if (filter.courseId() != null) {
            query.setParameter("course", filter.courseId());
        }
        if (filter.state() != null) {
            query.setParameter("revoked", CertificationState.REVOKED);
            if (filter.state() != CertificationState.REVOKED) {
                query.setParameter("today", today);
            }
        }
        return rows(query.setMaxResults(MOST_LISTED), today);
    }

    /** The certificates of the caller's outlet's active technicians. */
    public List<CertificationRow> ofOwnOutlet() {
        return rows(em.createQuery(ROWS + "WHERE o.id = :outlet ORDER BY c.person.name, c.expiresOn DESC", Object[].class)
                .setParameter("outlet", tenant.requireOutletId()), today());
    }

    /** A person's certificates, newest first; an outlet asks only about its own staff. */
    public List<CertificationRow> ofPerson(long personId) {
        return rows(em.createQuery(ROWS + "WHERE c.person.id = :person ORDER BY c.issuedOn DESC, c.id DESC", Object[].class)
                .setParameter("person", personId), today());
    }

    /** Valid certificates that expire within the days given, soonest first; HQ network-wide, an outlet its own. */
    public List<CertificationRow> expiringWithin(int days, Long outletId) {
        LocalDate today = today();
        String outlet = outletId == null ? "" : "AND o.id = :outlet ";
        TypedQuery<Object[]> query = em.createQuery(ROWS + "WHERE c.status <> :revoked AND c.expiresOn > :today "
                        + "AND c.expiresOn <= :until " + outlet + "ORDER BY c.expiresOn, c.id", Object[].class)
                .setParameter("revoked", CertificationState.REVOKED).setParameter("today", today)
                .setParameter("until", today.plusDays(days));
        if (outletId != null) {
            query.setParameter("outlet", outletId);
        }
        return rows(query.setMaxResults(MOST_LISTED), today);
    }

    public CertificationRow certification(long id) {
        List<CertificationRow> rows = rows(em.createQuery(ROWS + "WHERE c.id = :id", Object[].class).setParameter("id", id), today());
        if (rows.isEmpty() || !visible(rows.get(0))) {
            throw new RuleViolation("certification.unknown", id);
        }
        return rows.get(0);
    }

    public List<CertificationEvent> history(long id) {
        certification(id);
        return em.createQuery("SELECT e FROM CertificationEvent e WHERE e.certificationId = :id ORDER BY e.id", CertificationEvent.class)
                .setParameter("id", id).getResultList();
    }

    public CertificationRow revoke(long id, String reason) {
        Certification certification = em.find(Certification.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (certification == null) {
            throw new RuleViolation("certification.unknown", id);
        }
        Instant now = Moments.now();
        certification.revoke(reason, tenant.callerName(), now);
        em.persist(new CertificationEvent(certification, CertificationEvent.Kind.REVOKED, tenant.callerName(),
                certification.revokeReason(), now));
        em.flush();
        return certification(id);
    }

    /** Row-level security hides other outlets' staff; the check says so in Java as well. */
    private boolean visible(CertificationRow row) {
        return tenant.isHeadquarters() || (tenant.outletId().isPresent() && row.outletId() != null
                && row.outletId() == tenant.outletId().getAsLong());
    }

    private static List<CertificationRow> rows(TypedQuery<Object[]> query, LocalDate day) {
        return query.getResultList().stream()
                .map(r -> CertificationRow.of((Certification) r[0], (Long) r[1], (String) r[2], (Long) r[3], (String) r[4],
                        (String) r[5], day))
                .toList();
    }

}
