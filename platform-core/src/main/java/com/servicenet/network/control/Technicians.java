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

/**
 * An outlet's repair staff, as the outlet itself sees and keeps them, and as HQ sees them across the network.
 * HQ moves a technician to another outlet: the employment here ends, one there starts, and the person — with
 * their training history and certifications — stays the same.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Technicians {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public List<Technician> ofOwnOutlet() {
        return em.createQuery("SELECT t FROM Technician t WHERE t.outletId = :outlet AND t.active = true ORDER BY t.code", Technician.class)
                .setParameter("outlet", tenant.requireOutletId()).getResultList();
    }

    /** One of the caller's outlet's active technicians; anybody else's is unknown, wherever they work. */
    public Technician ownByCode(String code, String field) {
        return byCode(tenant.requireOutletId(), code)
                .filter(Technician::active)
                .orElseThrow(() -> new InvalidField(field, "repair.technician.unknown", code));
    }

    Optional<Technician> byCode(long outletId, String code) {
        // the person comes in the same statement: the certification gate needs it on every repair report
        return em.createQuery("SELECT t FROM Technician t JOIN FETCH t.person WHERE t.outletId = :outlet AND t.code = :code", Technician.class)
                .setParameter("outlet", outletId).setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** HQ: an outlet's active technicians (or, for an outlet, its own: row-level security). */
    public List<Technician> ofOutlet(long outletId) {
        return em.createQuery("SELECT t FROM Technician t WHERE t.outletId = :outlet AND t.active = true ORDER BY t.code", Technician.class)
                .setParameter("outlet", outletId).getResultList();
    }

    public Technician technician(long id) {
        Technician technician = em.find(Technician.class, id);
        if (technician == null) {
            throw new RuleViolation("technician.unknown", id);
        }
        return technician;
    }

    /**
     * HQ moves a person to another outlet under that outlet's staff number: the old employment ends (it stays,
     * inactive, on the old outlet's repairs), the new one keeps the person and so their certifications.
     */
    public Technician transfer(long technicianId, long toOutletId, String code) {
        Technician current = em.find(Technician.class, technicianId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (current == null || !current.active()) {
            throw new RuleViolation("technician.unknown", technicianId);
        }
        if (current.outletId() == toOutletId) {
            throw new RuleViolation("technician.same-outlet", current.code());
        }
        current.leave();
        em.flush();
        Technician moved = new Technician(toOutletId, code, current.person(), null);
        em.persist(moved);
        Constraints.flushNamed(em, constraint -> switch (constraint) {
            case "technician_code_unique" -> new RuleViolation("technician.taken", moved.code());
            case "technician_outlet_id_fkey" -> new RuleViolation("outlet.unknown", toOutletId);
            default -> null;
        });
        return moved;
    }

    public Technician add(String code, String name, String username) {
        Technician technician = new Technician(tenant.requireOutletId(), code, name, username);
        em.persist(technician);
        Constraints.flush(em, state -> Constraints.UNIQUE_VIOLATION.equals(state)
                ? new RuleViolation("technician.taken", technician.code()) : null);
        return technician;
    }
}
