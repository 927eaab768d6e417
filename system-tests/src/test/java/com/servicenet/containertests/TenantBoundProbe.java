package com.servicenet.containertests;

import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service the way the platform writes them ({@code @Transactional @TenantBound}), whose queries name no tenant
 * at all: whatever they return, row-level security decided.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantBoundProbe {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    private final AtomicInteger unprotectedRuns = new AtomicInteger();

    public List<Long> outletIdsByJpql() {
        return em.createQuery("SELECT o.id FROM Outlet o ORDER BY o.id", Long.class).getResultList();
    }

    public List<Long> outletIdsByNativeSql() {
        return Sql.longs(em.createNativeQuery("SELECT id FROM outlet ORDER BY id").getResultList());
    }

    /** The outlet of every appointment row, current or past. */
    public List<Long> appointmentHoldersByNativeSql() {
        return Sql.longs(em.createNativeQuery("SELECT outlet_id FROM region_assignment").getResultList());
    }

    public Sql.Session session() {
        return Sql.session(em);
    }

    /** Tenant-bound, but with no transaction to bind to: the interceptor must refuse before this body runs. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Long> outletIdsWithoutTransaction() {
        unprotectedRuns.incrementAndGet();
        return Sql.longs(em.createNativeQuery("SELECT id FROM outlet").getResultList());
    }

    public int unprotectedRuns() {
        return unprotectedRuns.get();
    }
}
