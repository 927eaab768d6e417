package com.servicenet.quality.control;

import com.servicenet.persistence.Columns;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The early warnings QualityRollup raises, newest period first; HQ's engineering acknowledges them. HQ only. */
@ApplicationScoped
@Transactional
@TenantBound
public class FaultWarnings {

    private static final String SELECT = "SELECT id, period_kind, period_start, category, model, fault_key, sample, repairs, baseline, "
            + "raised_at, acknowledged_by, acknowledged_at FROM fault_warning ";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public List<FaultWarning> list(boolean openOnly) {
        List<FaultWarning> warnings = new ArrayList<>();
        for (Object row : em.createNativeQuery(SELECT + (openOnly ? "WHERE acknowledged_at IS NULL " : "")
                + "ORDER BY period_start DESC, repairs DESC, id LIMIT " + Complaints.MOST_LISTED).getResultList()) {
            Object[] r = (Object[]) row;
            warnings.add(new FaultWarning(Columns.number(r[0]), (String) r[1], Columns.date(r[2]), (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (int) Columns.number(r[7]), (BigDecimal) r[8], Columns.instant(r[9]),
                    (String) r[10], r[11] == null ? null : Columns.instant(r[11])));
        }
        return warnings;
    }

    public void acknowledge(long id) {
        int changed = em.createNativeQuery("UPDATE fault_warning SET acknowledged_by = ?2, acknowledged_at = now() "
                        + "WHERE id = ?1 AND acknowledged_at IS NULL")
                .setParameter(1, id).setParameter(2, tenant.callerName()).executeUpdate();
        if (changed == 0) {
            boolean exists = !em.createNativeQuery("SELECT 1 FROM fault_warning WHERE id = ?1").setParameter(1, id).getResultList().isEmpty();
            throw exists ? new RuleViolation("warning.acknowledged-already", id) : new RuleViolation("warning.unknown", id);
        }
    }
}
