package com.servicenet.audits.control;

import com.servicenet.audits.entity.AuditRules;
import com.servicenet.audits.entity.Bands;
import com.servicenet.persistence.Moments;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;

/** HQ's bands, probation rule and visit gap. */
@ApplicationScoped
@Transactional
@TenantBound
public class AuditSettings {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public AuditRules rules() {
        return em.find(AuditRules.class, (short) 1);
    }

    public AuditRules change(BigDecimal goodFrom, BigDecimal failingBelow, int failures, int months, int gapDays) {
        AuditRules rules = rules();
        rules.change(new Bands(goodFrom, failingBelow), failures, months, gapDays, tenant.callerName(), Moments.now());
        em.flush();
        return rules;
    }
}
