package com.servicenet.network.control;

import com.servicenet.network.entity.Appointment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Who holds what now: appointments whose period contains this moment (an appointment may end, or begin, in
 * the future). Used inside the network services' transactions; it opens none of its own.
 */
@ApplicationScoped
class Appointments {

    /** JPQL condition: appointment {@code a} holds at {@code :now}. */
    static final String NOW = "a.validFrom <= :now AND (a.validTo IS NULL OR a.validTo > :now)";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    Optional<Appointment> holding(long regionId) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.region.id = :region AND " + NOW, Appointment.class)
                .setParameter("region", regionId)
                .setParameter("now", java.time.Instant.now())
                .getResultStream().findFirst();
    }

    List<Appointment> heldBy(long outletId) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.outlet.id = :outlet AND " + NOW + " ORDER BY a.region.code",
                        Appointment.class)
                .setParameter("outlet", outletId)
                .setParameter("now", java.time.Instant.now())
                .getResultList();
    }

    List<Appointment> current() {
        return em.createQuery("SELECT a FROM Appointment a WHERE " + NOW, Appointment.class)
                .setParameter("now", java.time.Instant.now()).getResultList();
    }
}
