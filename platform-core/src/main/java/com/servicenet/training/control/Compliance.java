package com.servicenet.training.control;


import com.servicenet.rules.InvalidField;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Training compliance per outlet (see {@link OutletCompliance}) and HQ's threshold. Computed from the stored
 * certificates on the day asked, in one query over serving outlets (terminated ones are left out).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Compliance {

    private static final String QUERY = "SELECT o.id, o.code, o.legal_name, o.status, count(t.id), "
            + "count(t.id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM outlet_product_category n WHERE n.outlet_id = o.id "
            + "  AND NOT EXISTS (SELECT 1 FROM certification c JOIN certification_category k ON k.certification_id = c.id "
            + "    WHERE c.person_id = t.person_id AND k.category = n.category AND c.status <> 'REVOKED' "
            + "      AND c.issued_on <= ?1 AND c.expires_on > ?1))) "
            + "FROM outlet o LEFT JOIN technician t ON t.outlet_id = o.id AND t.active "
            + "WHERE o.status <> 'TERMINATED' ";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public int threshold() {
        return ((Number) em.createNativeQuery("SELECT compliance_threshold FROM training_setting WHERE id = 1").getSingleResult()).intValue();
    }

    public int setThreshold(int percent) {
        if (percent < 0 || percent > 100) {
            throw new InvalidField("threshold", "compliance.threshold-range");
        }
        em.createNativeQuery("UPDATE training_setting SET compliance_threshold = ?1, updated_by = ?2, updated_at = now(), "
                        + "version = version + 1 WHERE id = 1")
                .setParameter(1, percent).setParameter(2, tenant.callerName()).executeUpdate();
        return percent;
    }

    /** Every serving outlet, lowest compliance first. */
    public List<OutletCompliance> network() {
        return rows(em.createNativeQuery(QUERY + "GROUP BY o.id ORDER BY o.code").setParameter(1, today()).getResultList());
    }

    public List<OutletCompliance> belowThreshold() {
        return network().stream().filter(OutletCompliance::below).toList();
    }

    /** The caller's own outlet. */
    public OutletCompliance own() {
        return outlet(tenant.requireOutletId());
    }

    public OutletCompliance outlet(long outletId) {
        List<OutletCompliance> rows = rows(em.createNativeQuery(QUERY + "AND o.id = ?2 GROUP BY o.id")
                .setParameter(1, today()).setParameter(2, outletId).getResultList());
        return rows.isEmpty() ? new OutletCompliance(outletId, "", "", "", 0, 0, threshold()) : rows.get(0);
    }

    private List<OutletCompliance> rows(List<?> result) {
        int threshold = threshold();
        return result.stream().map(row -> (Object[]) row)
                .map(r -> new OutletCompliance(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), threshold))
                .sorted(java.util.Comparator.comparing((OutletCompliance c) -> c.percent() == null ? -1 : c.percent())
                        .thenComparing(OutletCompliance::outletCode))
                .toList();
    }

    private static LocalDate today() {
        return Certifications.today();
    }

}
