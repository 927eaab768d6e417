package com.servicenet.network.control;

import com.servicenet.persistence.Moments;
import com.servicenet.identity.entity.IdentityTask;
import com.servicenet.network.entity.IdentityStatus;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.OutletStatus;
import com.servicenet.network.entity.TrackingEntry;
import com.servicenet.rules.RuleViolation;
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
import java.util.Optional;

/**
 * HQ adds a technician to an outlet that already has its accounts, or disables one of its users. Like
 * {@link NetworkAdministration#provisionIdentity}, each call only queues an identity task in the same transaction
 * (ARCHITECTURE.md, decision 9); the identity outbox applies it to Keycloak after commit.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class OutletAccounts {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    IdentityQueue identityQueue;

    /** @return the technician's one-time password, to hand over once */
    public String addTechnician(long outletId, String username, String email) {
        Outlet outlet = provisionedOutlet(outletId);
        String password = IdentityQueue.temporaryPassword();
        identityQueue.queue(IdentityTask.addUser(outletId, IdentityNames.username(username), IdentityNames.email(email), password,
                tenant.callerName(), Moments.now()), outlet);
        return password;
    }

    public void disableUser(long outletId, String username) {
        Outlet outlet = provisionedOutlet(outletId);
        identityQueue.queue(IdentityTask.disableUser(outletId, IdentityNames.username(username), tenant.callerName(), Moments.now()), outlet);
    }

    /** Identity tasks of the outlet that Keycloak has not got yet, oldest first: what HQ is waiting for. */
    public List<IdentityTask> openTasks(long outletId) {
        return em.createQuery("SELECT t FROM IdentityTask t WHERE t.outletId = :outlet AND t.doneAt IS NULL ORDER BY t.id",
                        IdentityTask.class)
                .setParameter("outlet", outletId)
                .setMaxResults(50)
                .getResultList();
    }

    private Outlet provisionedOutlet(long outletId) {
        Outlet outlet = Optional.ofNullable(em.find(Outlet.class, outletId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new RuleViolation("outlet.unknown", outletId));
        if (outlet.status() == OutletStatus.TERMINATED) {
            throw new RuleViolation("outlet.terminated", outlet.code());
        }
        if (outlet.identityStatus() == IdentityStatus.NONE || outlet.identityStatus() == IdentityStatus.DISABLED) {
            throw new RuleViolation("identity.not-provisioned", outlet.code());
        }
        return outlet;
    }
}
