package com.servicenet.network.control;

import com.servicenet.persistence.Moments;
import com.servicenet.network.entity.Appointment;
import com.servicenet.network.entity.Contact;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.TrackingEntry;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * An outlet looking after its own profile: it reads everything HQ keeps about its business, and changes only
 * its contact details. The outlet is always the caller's own; no outlet id is ever taken from the client.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class OutletSelfService {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Appointments appointments;

    public Outlet profile() {
        return em.find(Outlet.class, tenant.requireOutletId());
    }

    /** The regions the outlet is responsible for now (服务范围). */
    public List<Appointment> regions() {
        return appointments.heldBy(tenant.requireOutletId());
    }

    public Outlet updateContact(Contact contact) {
        Outlet outlet = em.find(Outlet.class, tenant.requireOutletId(), LockModeType.PESSIMISTIC_WRITE);
        outlet.updateContact(contact);
        em.persist(TrackingEntry.profileChanged(outlet, tenant.callerName(), Moments.now()));
        return outlet;
    }
}
