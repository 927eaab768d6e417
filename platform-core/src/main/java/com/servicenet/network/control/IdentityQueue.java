package com.servicenet.network.control;

import com.servicenet.identity.entity.IdentityTask;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.TrackingEntry;
import com.servicenet.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;

/**
 * Puts identity tasks into the outbox inside the caller's transaction (ARCHITECTURE.md, decision 9): the
 * task, the outlet's pending status and the tracking entry commit together with the business change, and
 * the worker is woken after commit. Opens no transaction of its own.
 */
@ApplicationScoped
class IdentityQueue {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Event<IdentityTaskQueued> queued;

    void queue(IdentityTask task, Outlet outlet) {
        outlet.identityRequested();
        em.persist(task);
        em.flush();
        em.persist(TrackingEntry.identity(outlet, task.action().name() + (task.username() == null ? "" : " " + task.username()),
                tenant.callerName(), task.nextAttemptAt()));
        queued.fire(new IdentityTaskQueued(task.id()));
    }

    /** A one-time password for a new account; Keycloak makes its owner choose a new one at first login. */
    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
