package com.servicenet.training.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.persistence.Moments;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import com.servicenet.training.entity.Certification;
import com.servicenet.training.entity.CertificationEvent;
import com.servicenet.training.entity.CertificationState;
import com.servicenet.training.entity.Course;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Native SQL: EclipseLink 4 mistranslates the entity joins with ON that this needs ("missing FROM-clause entry"). */
    private static final String ROWS = "SELECT c.id, c.number, c.code, c.person_id, p.name, t.id, t.code, o.id, o.code, o.legal_name, "
            + "c.course_id, c.issued_on, c.expires_on, c.status, c.revoke_reason, "
            + "(SELECT string_agg(k.category, ',' ORDER BY k.category) FROM certification_category k WHERE k.certification_id = c.id) "
            + "FROM certification c JOIN person p ON p.id = c.person_id "
            + "LEFT JOIN technician t ON t.person_id = c.person_id AND t.active "
            + "LEFT JOIN outlet o ON o.id = t.outlet_id ";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public static LocalDate today() {
        return Moments.now().atZone(RepairOrder.BUSINESS_ZONE).toLocalDate();
    }

    public List<CertificationRow> search(CertificationFilter filter) {
        LocalDate today = today();
        StringBuilder where = new StringBuilder("WHERE true ");
        List<Object> parameters = new ArrayList<>();
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip();
        if (text != null) {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            parameters.add("%" + escaped.toLowerCase(Locale.ROOT) + "%");
            parameters.add("%" + escaped.toUpperCase(Locale.ROOT) + "%");
            where.append("AND (lower(p.name) LIKE ?").append(parameters.size() - 1)
                    .append(" OR upper(c.number) LIKE ?").append(parameters.size()).append(") ");
        }
        if (filter.outletId() != null) {
            parameters.add(filter.outletId());
            where.append("AND o.id = ?").append(parameters.size()).append(' ');
        }
        if (filter.courseId() != null) {
            parameters.add(filter.courseId());
            where.append("AND c.course_id = ?").append(parameters.size()).append(' ');
        }
        if (filter.state() != null) {
            if (filter.state() == CertificationState.REVOKED) {
                where.append("AND c.status = 'REVOKED' ");
            } else {
                parameters.add(today);
                where.append("AND c.status <> 'REVOKED' AND c.expires_on ")
                        .append(filter.state() == CertificationState.VALID ? "> ?" : "<= ?").append(parameters.size()).append(' ');
            }
        }
        Query query = em.createNativeQuery(ROWS + where + "ORDER BY c.issued_on DESC, c.id DESC LIMIT " + MOST_LISTED);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return rows(query, today);
    }

    /** The certificates of the caller's outlet's active technicians. */
    public List<CertificationRow> ofOwnOutlet() {
        return rows(em.createNativeQuery(ROWS + "WHERE o.id = ?1 ORDER BY p.name, c.expires_on DESC")
                .setParameter(1, tenant.requireOutletId()), today());
    }

    /** A person's certificates, newest first; an outlet asks only about its own staff. */
    public List<CertificationRow> ofPerson(long personId) {
        return rows(em.createNativeQuery(ROWS + "WHERE c.person_id = ?1 ORDER BY c.issued_on DESC, c.id DESC")
                .setParameter(1, personId), today());
    }

    /** Valid certificates that expire within the days given, soonest first; HQ network-wide, an outlet its own. */
    public List<CertificationRow> expiringWithin(int days, Long outletId) {
        LocalDate today = today();
        String outlet = outletId == null ? "" : "AND o.id = ?3 ";
        Query query = em.createNativeQuery(ROWS + "WHERE c.status <> 'REVOKED' AND c.expires_on > ?1 AND c.expires_on <= ?2 "
                        + outlet + "ORDER BY c.expires_on, c.id LIMIT " + MOST_LISTED)
                .setParameter(1, today).setParameter(2, today.plusDays(days));
        if (outletId != null) {
            query.setParameter(3, outletId);
        }
        return rows(query, today);
    }

    public CertificationRow certification(long id) {
        List<CertificationRow> rows = rows(em.createNativeQuery(ROWS + "WHERE c.id = ?1").setParameter(1, id), today());
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

    private List<CertificationRow> rows(Query query, LocalDate day) {
        Map<Long, Course> courses = new HashMap<>();
        List<CertificationRow> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            LocalDate expiresOn = date(r[12]);
            Course course = courses.computeIfAbsent(((Number) r[10]).longValue(), id -> em.find(Course.class, id));
            rows.add(new CertificationRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                    (String) r[4], id(r[5]), (String) r[6], id(r[7]), (String) r[8], (String) r[9], course, categories((String) r[15]),
                    date(r[11]), expiresOn, Certification.stateOn(CertificationState.valueOf((String) r[13]), expiresOn, day),
                    (String) r[14]));
        }
        return rows;
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    static Set<ProductCategory> categories(String joined) {
        Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);
        if (joined != null && !joined.isBlank()) {
            for (String category : joined.split(",")) {
                categories.add(ProductCategory.valueOf(category));
            }
        }
        return categories;
    }
}
