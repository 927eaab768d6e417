package com.servicenet.training.control;

import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/**
 * The daily expiry job: marks certificates whose validity has ended as expired (with an entry in their
 * history) and leaves the outlet manager a reminder for each one that expired and each one that expires
 * within {@value #WARN_DAYS} days, once per certificate, kind and outlet.
 * <p>
 * Every node schedules it; {@link #runDaily} first inserts the day's row into {@code job_run}, and only the
 * node whose insert wins does the work, in the same transaction: once per cluster and day, and a node that
 * dies mid-run rolls its claim back with its work, so another node's next attempt runs it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class CertificationExpiry {

    public static final String JOB = "certification-expiry";
    public static final int WARN_DAYS = 30;

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public ExpiryRun runDaily(LocalDate today, String node) {
        int claimed = em.createNativeQuery("INSERT INTO job_run (job, run_on, node) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, JOB).setParameter(2, today).setParameter(3, node).executeUpdate();
        if (claimed == 0) {
            return ExpiryRun.skipped();
        }
        ExpiryRun run = expire(today);
        em.createNativeQuery("UPDATE job_run SET outcome = ?3 WHERE job = ?1 AND run_on = ?2")
                .setParameter(1, JOB).setParameter(2, today).setParameter(3, run.toString()).executeUpdate();
        return run;
    }

    /** The job's work, idempotent: a second run on the same day changes nothing. */
    public ExpiryRun expire(LocalDate today) {
        String actor = tenant.callerName();
        em.createNativeQuery("INSERT INTO certification_event (certification_id, kind, occurred_at, actor) "
                        + "SELECT id, 'EXPIRED', now(), ?2 FROM certification WHERE status = 'VALID' AND expires_on <= ?1")
                .setParameter(1, today).setParameter(2, actor).executeUpdate();
        int expiredReminders = em.createNativeQuery("INSERT INTO training_reminder (outlet_id, certification_id, kind, created_at) "
                        + "SELECT t.outlet_id, c.id, 'EXPIRED', now() FROM certification c "
                        + "JOIN technician t ON t.person_id = c.person_id AND t.active "
                        + "WHERE c.status = 'VALID' AND c.expires_on <= ?1 ON CONFLICT DO NOTHING")
                .setParameter(1, today).executeUpdate();
        int expired = em.createNativeQuery("UPDATE certification SET status = 'EXPIRED', version = version + 1 "
                        + "WHERE status = 'VALID' AND expires_on <= ?1")
                .setParameter(1, today).executeUpdate();
        int expiring = em.createNativeQuery("INSERT INTO training_reminder (outlet_id, certification_id, kind, created_at) "
                        + "SELECT t.outlet_id, c.id, 'EXPIRING', now() FROM certification c "
                        + "JOIN technician t ON t.person_id = c.person_id AND t.active "
                        + "WHERE c.status = 'VALID' AND c.expires_on > ?1 AND c.expires_on <= ?2 ON CONFLICT DO NOTHING")
                .setParameter(1, today).setParameter(2, today.plusDays(WARN_DAYS)).executeUpdate();
        return new ExpiryRun(true, expired, expiring, expiredReminders);
    }
}
