package com.servicenet.audits.control;

import com.servicenet.audits.entity.Audit;
import com.servicenet.audits.entity.AuditRules;
import com.servicenet.audits.entity.Band;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.OutletStatus;
import com.servicenet.network.entity.ReplacementCandidate;
import com.servicenet.network.entity.TrackingEntry;
import com.servicenet.persistence.Moments;
import com.servicenet.rules.RuleTexts;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * HQ's rule on released results: {@code probationFailures} failing audits visited within
 * {@code probationMonths} put an active outlet back on probation (a status entry in its tracking record) and
 * the outlet onto the replacement-candidate list. It fires on release, when the outlet can see why.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Consequences {

    /** The tracking record is HQ's working language. */
    private static final Locale RECORD = Locale.SIMPLIFIED_CHINESE;

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public void afterRelease(Audit audit) {
        if (audit.band() != Band.FAILING) {
            return;
        }
        AuditRules rules = em.find(AuditRules.class, (short) 1);
        @SuppressWarnings("unchecked")
        List<Object> failing = em.createNativeQuery("SELECT id FROM audit WHERE outlet_id = ?1 AND status = 'RELEASED' "
                        + "AND band = 'FAILING' AND visited_on > ?2 AND visited_on <= ?3 ORDER BY visited_on")
                .setParameter(1, audit.outletId())
                .setParameter(2, audit.visitedOn().minusMonths(rules.probationMonths()))
                .setParameter(3, audit.visitedOn()).getResultList();
        if (failing.size() < rules.probationFailures()) {
            return;
        }
        Long listed = em.createQuery("SELECT count(c) FROM ReplacementCandidate c WHERE c.outletId = :o AND c.resolvedAt IS NULL", Long.class)
                .setParameter("o", audit.outletId()).getSingleResult();
        if (listed > 0) {
            return;
        }
        Outlet outlet = em.find(Outlet.class, audit.outletId());
        String ids = failing.stream().map(id -> "#" + id).collect(Collectors.joining(", "));
        String reason = RuleTexts.format("consequence.audits", RECORD, failing.size(), rules.probationMonths(), ids);
        Instant now = Moments.now();
        em.persist(new ReplacementCandidate(outlet.id(), ReplacementCandidate.Source.AUDITS, reason, tenant.callerName(), now));
        if (outlet.status() == OutletStatus.ACTIVE) {
            outlet.moveTo(OutletStatus.PROBATION, reason, now);
            em.persist(TrackingEntry.statusChanged(outlet, OutletStatus.ACTIVE, tenant.callerName(), now));
        } else {
            em.persist(TrackingEntry.note(outlet, reason, tenant.callerName(), now));
        }
        em.flush();
    }
}
