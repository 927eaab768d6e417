package com.servicenet.audits.control;

import com.servicenet.network.entity.ReplacementCandidate;
import com.servicenet.persistence.Moments;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** HQ's replacement-candidate list: outlets a rule flagged, until HQ resolves the entry (replaced or kept). */
@ApplicationScoped
@Transactional
@TenantBound
public class ReplacementCandidates {

    public record Row(long id, long outletId, String outletCode, String outletName, String outletStatus,
                      ReplacementCandidate.Source source, String reason, Instant raisedAt) {
    }

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public List<Row> open() {
        List<Row> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT c.id, c.outlet_id, o.code, o.legal_name, o.status, c.source, c.reason, c.raised_at "
                + "FROM replacement_candidate c JOIN outlet o ON o.id = c.outlet_id WHERE c.resolved_at IS NULL "
                + "ORDER BY c.raised_at DESC, c.id DESC").getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4],
                    ReplacementCandidate.Source.valueOf((String) r[5]), (String) r[6], instant(r[7])));
        }
        return rows;
    }

    public ReplacementCandidate resolve(long id, String resolution) {
        ReplacementCandidate candidate = em.find(ReplacementCandidate.class, id);
        if (candidate == null) {
            throw new RuleViolation("candidate.unknown", id);
        }
        candidate.resolve(resolution, tenant.callerName(), Moments.now());
        em.flush();
        return candidate;
    }

    static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
