package com.servicenet.network.control;

import com.servicenet.network.entity.Appointment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Who holds what now. Used inside the network services' transactions; it opens none of its own. */
@ApplicationScoped
class Appointments {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    Optional<Appointment> holding(long regionId) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.region.id = :region AND a.validTo IS NULL", Appointment.class)
                .setParameter("region", regionId)
                .getResultStream().findFirst();
    }

    List<Appointment> heldBy(long outletId) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.outlet.id = :outlet AND a.validTo IS NULL ORDER BY a.region.code",
                        Appointment.class)
                .setParameter("outlet", outletId)
                .getResultList();
    }

    List<Appointment> current() {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.validTo IS NULL", Appointment.class).getResultList();
    }
}
