package com.servicenet.network.control;

import com.servicenet.network.entity.Technician;
import com.servicenet.persistence.Constraints;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An outlet's repair staff, as the outlet itself sees and keeps them. */
@ApplicationScoped
@Transactional
@TenantBound
public class Technicians {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public List<Technician> ofOwnOutlet() {
        return em.createQuery("SELECT t FROM Technician t WHERE t.outletId = :outlet AND t.active = TRUE ORDER BY t.code", Technician.class)
                .setParameter("outlet", tenant.requireOutletId()).getResultList();
    }

    /** One of the caller's outlet's active technicians; anybody else's is unknown, wherever they work. */
    public Technician ownByCode(String code, String field) {
        return byCode(tenant.requireOutletId(), code)
                .filter(Technician::active)
                .orElseThrow(() -> new InvalidField(field, "repair.technician.unknown", code));
    }

    Optional<Technician> byCode(long outletId, String code) {
        return em.createQuery("SELECT t FROM Technician t WHERE t.outletId = :outlet AND t.code = :code", Technician.class)
                .setParameter("outlet", outletId).setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public Technician add(String code, String name, String username) {
        Technician technician = new Technician(tenant.requireOutletId(), code, name, username);
        em.persist(technician);
        Constraints.flush(em, state -> Constraints.UNIQUE_VIOLATION.equals(state)
                ? new RuleViolation("technician.taken", technician.code()) : null);
        return technician;
    }
}
