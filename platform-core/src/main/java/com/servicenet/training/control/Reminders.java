package com.servicenet.training.control;

import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.util.List;

/** The expiry job's reminders, as the outlet manager reads them: the last 90 days, newest first. */
@ApplicationScoped
@Transactional
@TenantBound
public class Reminders {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public List<Reminder> ofOwnOutlet() {
        List<?> rows = em.createNativeQuery("SELECT r.kind, r.created_at, c.id, c.number, p.name, co.code, c.expires_on "
                        + "FROM training_reminder r JOIN certification c ON c.id = r.certification_id "
                        + "JOIN person p ON p.id = c.person_id JOIN course co ON co.id = c.course_id "
                        + "WHERE r.outlet_id = ?1 AND r.created_at > now() - interval '90 days' "
                        + "ORDER BY r.created_at DESC, r.id DESC LIMIT 200")
                .setParameter(1, tenant.requireOutletId()).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new Reminder((String) r[0], ((Timestamp) r[1]).toInstant(), ((Number) r[2]).longValue(), (String) r[3],
                        (String) r[4], (String) r[5], Certifications.date(r[6])))
                .toList();
    }
}
