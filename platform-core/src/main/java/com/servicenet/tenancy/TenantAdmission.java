package com.servicenet.tenancy;

import com.servicenet.network.entity.OutletStatus;
import com.servicenet.network.control.OutletReplaced;
import com.servicenet.persistence.Recent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.List;

/**
 * Decides at the edge whether a resolved tenant may act at all: every request of an outlet's user or
 * software checks that the outlet is not terminated. An admitted outlet is remembered for
 * {@value #ADMITTED_SECONDS} second, so that an outlet's busy shop software does not pay a transaction per
 * request for it; a replacement made in this application is seen at once, one made elsewhere within that
 * second (and Keycloak disables the accounts anyway). HQ and callers without an outlet cost nothing.
 */
@ApplicationScoped
public class TenantAdmission {

    @Inject
    CurrentTenant tenant;

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    TenantAdmission self;

    static final int ADMITTED_SECONDS = 1;

    private final Recent<Long, Boolean> admitted = new Recent<>(Duration.ofSeconds(ADMITTED_SECONDS));

    /** @throws AccessRevokedException when the caller's outlet is terminated or no longer exists */
    public void admit() {
        if (tenant.outletId().isPresent()) {
            long outletId = tenant.outletId().getAsLong();
            admitted.get(outletId, id -> {
                self.admitOutlet(id);
                return Boolean.TRUE;
            });
        }
    }

    /** A replacement ends the outgoing outlet's admission at once. */
    void replaced(@Observes OutletReplaced replaced) {
        admitted.forget(replaced.outgoingId());
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
