package com.servicenet.tenancy;

import com.servicenet.network.entity.OutletStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Decides at the edge whether a resolved tenant may act at all: every request of an outlet's user or
 * software checks that the outlet is not terminated. One primary-key read per request; HQ and callers
 * without an outlet cost nothing (the check returns before any transaction starts).
 */
@ApplicationScoped
public class TenantAdmission {

    @Inject
    CurrentTenant tenant;

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    TenantAdmission self;

    /** @throws AccessRevokedException when the caller's outlet is terminated or no longer exists */
    public void admit() {
        if (tenant.outletId().isPresent()) {
            self.admitOutlet(tenant.outletId().getAsLong());
        }
    }

    /** Public, because Weld intercepts (transaction, tenant session) only what the client proxy may call. */
    @Transactional
    @TenantBound
    public void admitOutlet(long outletId) {
        List<?> status = em.createNativeQuery("SELECT status FROM outlet WHERE id = ?1").setParameter(1, outletId).getResultList();
        if (status.isEmpty() || OutletStatus.TERMINATED.name().equals(status.get(0))) {
            throw new AccessRevokedException(outletId);
        }
    }
}
